CREATE TABLE "affiliations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "affiliations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"place_id" integer,
	"organisation_id" integer,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "affiliations_one_target" CHECK (num_nonnulls("affiliations"."place_id", "affiliations"."organisation_id") = 1),
	CONSTRAINT "affiliations_role" CHECK ("affiliations"."role" in ('officer', 'elected', 'expert', 'staff'))
);
--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "affiliations_place_key" ON "affiliations" USING btree ("user_id","place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "affiliations_organisation_key" ON "affiliations" USING btree ("user_id","organisation_id");--> statement-breakpoint
CREATE INDEX "affiliations_place_idx" ON "affiliations" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "affiliations_organisation_idx" ON "affiliations" USING btree ("organisation_id");