-- Which version of each kind's documents the search index holds. Empty after this migration: at
-- the next start the platform finds the index behind and rebuilds it in a background job.
CREATE TABLE "search_index_versions" (
	"kind" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);

