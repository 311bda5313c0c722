import type { Module } from "../../lib/http.js";
import { landAsset } from "../../views/map/land.js";
import { mapMessages } from "../../views/map/map.messages.js";
import { addImportCommand } from "./places-import.cli.js";

export { placeSlug } from "./slug.js";

/**
 * World geography: `cityexchange import places` fills the directory's places table from GeoNames,
 * and this module serves the world map's land image and texts that every map page shares.
 */
export const placesImportModule: Module = {
  name: "placesImport",
  messages: mapMessages,
  cli: addImportCommand,
  routes(app) {
    const land = landAsset();
    app.get(land.url, { schema: { hide: true } }, (_req, reply) =>
      reply.type(land.type).header("cache-control", "public, max-age=31536000, immutable").send(land.body),
    );
  },
};
