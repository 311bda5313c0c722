/** "İzmir" → "izmir": letters without accents, digits and single hyphens. */
function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/g, "");
}

/**
 * The one slug rule for places, used by the importer and the demo seed: ("Paris", "FR") → "paris-fr".
 * A second place of the same name in the same country gets its GeoNames id: "paris-us-4717560".
 * A name with no Latin letters falls back to "place-jp" (and its id when that is taken).
 */
export function placeSlug(name: string, country: string, geonamesId?: number | null): string {
  const base = `${slugify(name) || "place"}-${country.toLowerCase()}`;
  return geonamesId ? `${base}-${geonamesId}` : base;
}
