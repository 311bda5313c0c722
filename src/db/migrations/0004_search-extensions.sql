-- Search folds accents (unaccent) and forgives typos in names (pg_trgm). Both extensions are
-- trusted: the database's owner may create them without being a superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so it cannot compute a stored column
-- or an index. With the dictionary named, the result depends on the text alone: declared IMMUTABLE.
CREATE OR REPLACE FUNCTION cx_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
