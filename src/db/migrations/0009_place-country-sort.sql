CREATE INDEX "places_country_sort_en_idx" ON "places" USING btree ("country","sort_en","id");--> statement-breakpoint
CREATE INDEX "places_country_sort_fr_idx" ON "places" USING btree ("country","sort_fr","id");--> statement-breakpoint
CREATE INDEX "places_country_sort_es_idx" ON "places" USING btree ("country","sort_es","id");