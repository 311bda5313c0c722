ALTER TABLE "networks" ADD COLUMN "acronyms" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "articles" jsonb DEFAULT '{}'::jsonb NOT NULL;