import type { Module } from "../../lib/http.js";
import { addImportCommand } from "./places-import.cli.js";

export { placeSlug } from "./slug.js";

/** `cityexchange import places` fills the directory's places table from GeoNames or a CSV file. */
export const placesImportModule: Module = {
  name: "placesImport",
  cli: addImportCommand,
};
