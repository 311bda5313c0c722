-- Short queries (one or two letters) match the beginning of a public document's first name, in
-- order, through this index, and stop after a few hundred: no trigram index narrows "a".
CREATE INDEX "search_documents_name_prefix_idx" ON "search_documents" USING btree ("kind",left("name_key", 64) collate "C") WHERE "search_documents"."visibility" = 'public';
