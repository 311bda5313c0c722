import { fixedPages, type SitemapSource } from "../../lib/sitemap.js";
import { countListed, type ListedKind, selectListed } from "./directory.sitemap.repo.js";

/** Every network, place and organisation has a public page; so do the three lists. */
function detailPages(kind: ListedKind): SitemapSource {
  return {
    name: kind,
    count: ({ database }) => countListed(database.db, kind),
    async list({ database }, range) {
      const rows = await selectListed(database.db, kind, range);
      return rows.map((row) => ({ path: `/${kind}/${row.slug}`, lastmod: row.updatedAt }));
    },
  };
}

export const directorySitemap: SitemapSource[] = [
  fixedPages("directory", ["/directory", "/networks", "/organisations"]),
  detailPages("networks"),
  detailPages("places"),
  detailPages("organisations"),
];
