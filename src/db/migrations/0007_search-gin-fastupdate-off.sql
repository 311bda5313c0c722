-- Search's GIN indexes built again with fastupdate off: entries go into the index at once instead of
-- a pending list. After a reindex every document waited in that list, which each search read in
-- full, so the planner scanned the whole table and computed word similarity on every row (98 ms
-- against 0.4 ms for a typo on 20,550 documents). PGlite runs no autovacuum to flush the list.
DROP INDEX "search_documents_name_trgm_idx";--> statement-breakpoint
DROP INDEX "search_documents_tsv_en_idx";--> statement-breakpoint
DROP INDEX "search_documents_tsv_fr_idx";--> statement-breakpoint
DROP INDEX "search_documents_tsv_es_idx";--> statement-breakpoint
DROP INDEX "search_documents_networks_idx";--> statement-breakpoint
CREATE INDEX "search_documents_name_trgm_idx" ON "search_documents" USING gin ("name_key" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "search_documents_tsv_en_idx" ON "search_documents" USING gin ("tsv_en") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "search_documents_tsv_fr_idx" ON "search_documents" USING gin ("tsv_fr") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "search_documents_tsv_es_idx" ON "search_documents" USING gin ("tsv_es") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "search_documents_networks_idx" ON "search_documents" USING gin ("network_ids") WITH (fastupdate=false);