-- Repairs a database that ran 0001_place-sort-keys as it first landed (commit 070a78f): its sort
-- keys folded lower-case accents only and sorted by the server's collation. They are made again
-- as the landed file makes them now (capitals folded too, COLLATE "C"), with their indexes.
ALTER TABLE "places" DROP COLUMN "sort_en", DROP COLUMN "sort_fr", DROP COLUMN "sort_es";--> statement-breakpoint
-- COLLATE "C" is written by hand: Drizzle does not model a column's collation. The keys are
-- already lower-cased and accent-folded, so byte order is the order wanted, on every server.
ALTER TABLE "places" ADD COLUMN "sort_en" text COLLATE "C" GENERATED ALWAYS AS (translate(lower(coalesce("names" ->> 'en', "name")), 'àáâãäåāăąçćĉčďèéêëēěęğģìíîïīıķĺļľłñńņňòóôõöøōőŕřśŝşšţťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆĈČĎÈÉÊËĒĚĘĞĢÌÍÎÏĪİĶĹĻĽŁÑŃŅŇÒÓÔÕÖØŌŐŔŘŚŜŞŠŢŤÙÚÛÜŪŮŰŲÝŸŹŻŽ', 'aaaaaaaaaccccdeeeeeeeggiiiiiikllllnnnnoooooooorrssssttuuuuuuuuyyzzzaaaaaaaaaccccdeeeeeeeggiiiiiikllllnnnnoooooooorrssssttuuuuuuuuyyzzz')) STORED;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "sort_fr" text COLLATE "C" GENERATED ALWAYS AS (translate(lower(coalesce("names" ->> 'fr', "name")), 'àáâãäåāăąçćĉčďèéêëēěęğģìíîïīıķĺļľłñńņňòóôõöøōőŕřśŝşšţťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆĈČĎÈÉÊËĒĚĘĞĢÌÍÎÏĪİĶĹĻĽŁÑŃŅŇÒÓÔÕÖØŌŐŔŘŚŜŞŠŢŤÙÚÛÜŪŮŰŲÝŸŹŻŽ', 'aaaaaaaaaccccdeeeeeeeggiiiiiikllllnnnnoooooooorrssssttuuuuuuuuyyzzzaaaaaaaaaccccdeeeeeeeggiiiiiikllllnnnnoooooooorrssssttuuuuuuuuyyzzz')) STORED;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "sort_es" text COLLATE "C" GENERATED ALWAYS AS (translate(lower(coalesce("names" ->> 'es', "name")), 'àáâãäåāăąçćĉčďèéêëēěęğģìíîïīıķĺļľłñńņňòóôõöøōőŕřśŝşšţťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆĈČĎÈÉÊËĒĚĘĞĢÌÍÎÏĪİĶĹĻĽŁÑŃŅŇÒÓÔÕÖØŌŐŔŘŚŜŞŠŢŤÙÚÛÜŪŮŰŲÝŸŹŻŽ', 'aaaaaaaaaccccdeeeeeeeggiiiiiikllllnnnnoooooooorrssssttuuuuuuuuyyzzzaaaaaaaaaccccdeeeeeeeggiiiiiikllllnnnnoooooooorrssssttuuuuuuuuyyzzz')) STORED;--> statement-breakpoint
CREATE INDEX "places_sort_en_idx" ON "places" USING btree ("sort_en","id");--> statement-breakpoint
CREATE INDEX "places_sort_fr_idx" ON "places" USING btree ("sort_fr","id");--> statement-breakpoint
CREATE INDEX "places_sort_es_idx" ON "places" USING btree ("sort_es","id");