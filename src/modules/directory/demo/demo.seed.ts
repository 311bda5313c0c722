import { regionOf } from "../../../lib/countries.js";
import type { AppDeps } from "../../../lib/http.js";
import { indexNetworks, indexPlaces } from "../directory.search.js";
import { insertMemberships, insertNetwork, type SectionRow } from "../networks/networks.repo.js";
import { networkInputSchema } from "../networks/networks.schema.js";
import { createOrganisation } from "../organisations/organisations.service.js";
import { insertPlaces } from "../places/places.repo.js";
import { demoCreativeCities, demoMetropolisMembers, demoNetworks, demoUclgMembers } from "./demo-networks.js";
import { demoOrganisations } from "./demo-organisations.js";
import { demoPlaces } from "./demo-places.js";

/** The demo networks, cities, memberships and organisations, in one transaction and a few statements. */
export async function seedDirectoryDemo({ database }: AppDeps): Promise<void> {
  await database.db.transaction(async (db) => {
    const networks = new Map<string, { id: number; sections: Map<string, SectionRow> }>();
    for (const input of demoNetworks) {
      const { sections, ...data } = networkInputSchema.parse(input);
      const created = await insertNetwork(
        db,
        {
          ...data,
          website: data.website ?? null,
          logoPath: data.logoPath ?? null,
          foundedYear: data.foundedYear ?? null,
        },
        sections,
      );
      networks.set(data.slug, {
        id: created.network.id,
        sections: new Map(created.sections.map((s) => [s.slug, s])),
      });
    }
    const places = await insertPlaces(
      db,
      demoPlaces.map((place) => ({
        ...place,
        kind: "city" as const,
        region: regionOf(place.country) ?? "antarctica",
      })),
    );
    const placeId = new Map(places.map((p) => [p.slug, p.id]));
    const member = (network: string, place: string, section: string | null, sinceYear: number | null) => {
      const n = networks.get(network);
      const id = placeId.get(place);
      if (!n || id === undefined)
        throw new Error(`Demo data names an unknown network or place: ${network}/${place}`);
      const sectionId = section === null ? null : (n.sections.get(section)?.id ?? null);
      return { networkId: n.id, placeId: id, sectionId, sinceYear, status: "active" as const };
    };
    await insertMemberships(db, [
      ...demoCreativeCities.map(([place, field, year]) => member("uccn", place, field, year)),
      ...demoUclgMembers.map(([place, section]) => member("uclg", place, section, null)),
      ...demoMetropolisMembers.map((place) => member("metropolis", place, null, null)),
    ]);
    for (const input of demoOrganisations) await createOrganisation({ db, input });
    await indexNetworks({ db, ids: [...networks.values()].map((n) => n.id) });
    await indexPlaces({ db, ids: places.map((p) => p.id) });
  });
}
