import type { Module } from "../../lib/module.js";
import { fixedPages } from "../../lib/sitemap.js";
import { registerSearchApi } from "./search.api.js";
import { searchApiTexts } from "./search.api.messages.js";
import { messages } from "./search.messages.js";
import { registerSearchPages } from "./search.pages.js";

export type { SearchDocument, SearchSource } from "../../lib/search.js";
export { reindexBehind, reindexSearch, startSearchIndexing } from "./search.indexing.service.js";
/** For a module's repo: its rows a search finds, to narrow its own lists (`id in matchingIds(...)`). */
export { matchingIds } from "./search.repo.js";
export type { SearchGroup, SearchHit, SearchResults } from "./search.service.js";
export { indexDocuments, removeDocuments, searchPlatform } from "./search.service.js";

/**
 * The platform's search: the documents other modules write (through `indexDocuments` and
 * `removeDocuments`, in the transaction of their own writes), the search page and the search API.
 */
export const searchModule: Module = {
  name: "search",
  api: { tags: ["search"], texts: searchApiTexts },
  messages,
  // Search pages are drawn from the documents alone; every module writes them with its own data.
  pageTables: ["search_documents"],
  // Which version of each kind the index holds: no page shows it.
  privateTables: ["search_index_versions"],
  // The search page itself; its results are the pages the other modules list.
  sitemap: [fixedPages("search", ["/search"])],
  routes(app, deps) {
    registerSearchPages(app, deps);
    registerSearchApi(app, deps);
  },
};
