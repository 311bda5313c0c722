CREATE TABLE "search_documents" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"network_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"lang" text DEFAULT 'en' NOT NULL,
	"url" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"names" text DEFAULT '' NOT NULL,
	"name_key" text GENERATED ALWAYS AS (cx_unaccent(lower("names"))) STORED,
	"tsv_en" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, cx_unaccent(coalesce("title" ->> 'en', "title" ->> "lang", ''))), 'A') || setweight(to_tsvector('english'::regconfig, cx_unaccent(coalesce("summary" ->> 'en', "summary" ->> "lang", ''))), 'B')) STORED,
	"tsv_fr" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french'::regconfig, cx_unaccent(coalesce("title" ->> 'fr', "title" ->> "lang", ''))), 'A') || setweight(to_tsvector('french'::regconfig, cx_unaccent(coalesce("summary" ->> 'fr', "summary" ->> "lang", ''))), 'B')) STORED,
	"tsv_es" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('spanish'::regconfig, cx_unaccent(coalesce("title" ->> 'es', "title" ->> "lang", ''))), 'A') || setweight(to_tsvector('spanish'::regconfig, cx_unaccent(coalesce("summary" ->> 'es', "summary" ->> "lang", ''))), 'B')) STORED,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_kind_key_pk" PRIMARY KEY("kind","key"),
	CONSTRAINT "search_documents_visibility" CHECK ("search_documents"."visibility" in ('public', 'private'))
);
--> statement-breakpoint
CREATE INDEX "search_documents_name_trgm_idx" ON "search_documents" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_tsv_en_idx" ON "search_documents" USING gin ("tsv_en");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_fr_idx" ON "search_documents" USING gin ("tsv_fr");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_es_idx" ON "search_documents" USING gin ("tsv_es");--> statement-breakpoint
CREATE INDEX "search_documents_networks_idx" ON "search_documents" USING gin ("network_ids");