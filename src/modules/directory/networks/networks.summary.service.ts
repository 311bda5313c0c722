import type { Db } from "../../../db/client.js";
import { gatherPoints, MAP_POINT_LIMIT } from "../../../views/WorldMap.js";
import { type PlaceView, placeNames } from "../places/places.presenters.js";
import type { Keeper } from "../places/places.service.js";
import { selectMemberCells } from "./networks.repo.js";
import type { SectionKind } from "./networks.schema.js";

export interface NetworkFigures {
  members: number;
  countries: number;
  sections: number;
  /** What the sections are, for the wording: "creative fields", "regional sections"... */
  sectionKind: SectionKind;
}

/** A point of a network's map: one member, or nearby members of one country gathered. */
export interface MemberPoint {
  latitude: number;
  longitude: number;
  count: number;
  country: string;
  /** The member itself when the point is one, else the name of its largest part's first place. */
  place: { slug: string; name: string; names: PlaceView["names"]; originalLang: string };
}

/** What a network's members come to, drawn from aggregated cells and kept until they change. */
export interface MemberSummary {
  figures: Omit<NetworkFigures, "sectionKind">;
  /** Active members of each section, by section id. */
  sectionCounts: Record<number, number>;
  /** Members without a section. */
  unsectioned: number;
  points: MemberPoint[];
}

/** The tables a network's kept summary is drawn from. */
const summaryTables = ["memberships", "places", "network_sections"];

/**
 * A network's figures, section counts and map points: one statement of aggregated cells (no row
 * per member) when they are not kept, none when they are, until its tables change.
 */
export async function summariseMembers({
  db,
  networkId,
  keeper,
}: {
  db: Db;
  networkId: number;
  keeper: Keeper;
}): Promise<MemberSummary> {
  return keeper.kept(`directory.network.members ${networkId}`, summaryTables, async () => {
    const rows = await selectMemberCells(db, networkId);
    const cells = rows.filter((r) => !r.bySection);
    const sections = rows.filter((r) => r.bySection);
    const countries = new Set(cells.map((c) => c.country));
    const sectionCounts = Object.fromEntries(
      sections.flatMap((r) => (r.sectionId === null ? [] : [[r.sectionId, r.n]])),
    );
    const located = cells.flatMap((c): MemberPoint[] =>
      c.latitude === null || c.longitude === null || c.country === null
        ? []
        : [
            {
              latitude: c.latitude,
              longitude: c.longitude,
              count: c.n,
              country: c.country,
              place: { slug: c.slug, name: c.name, ...placeNames(c) },
            },
          ],
    );
    const points = gatherPoints(
      located.map((p) => ({ ...p, group: p.country })),
      MAP_POINT_LIMIT,
      (parts) => parts[0],
    ).map(({ group: _group, ...p }) => p);
    return {
      figures: {
        members: cells.reduce((sum, c) => sum + c.n, 0),
        countries: countries.size,
        sections: Object.keys(sectionCounts).length,
      },
      sectionCounts,
      unsectioned: sections.find((r) => r.sectionId === null)?.n ?? 0,
      points,
    };
  });
}
