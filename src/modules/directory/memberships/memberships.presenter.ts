import type { Translations } from "../../../db/columns.js";
import {
  type NetworkView,
  presentNetwork,
  presentSection,
  type SectionView,
} from "../networks/networks.presenters.js";
import type { NetworkRow } from "../networks/networks.repo.js";
import { type PlaceView, presentPlace } from "../places/places.presenters.js";
import type { PlaceRow } from "../places/places.repo.js";
import type { selectMembershipDetail } from "./memberships.repo.js";
import type { MembershipStatus } from "./memberships.schema.js";

/** A membership as editors see it on their pages. */
export interface ManagedMembership {
  id: number;
  place: PlaceView;
  section: SectionView | null;
  sinceYear: number | null;
  status: MembershipStatus;
  endedAt: Date | null;
}

type DetailRow = NonNullable<Awaited<ReturnType<typeof selectMembershipDetail>>>;

export function presentManagedMembership(row: Pick<DetailRow, "membership" | "place" | "section">) {
  return {
    id: row.membership.id,
    place: presentPlace(row.place),
    section: row.section ? presentSection(row.section) : null,
    sinceYear: row.membership.sinceYear,
    status: row.membership.status,
    endedAt: row.membership.endedAt,
  } satisfies ManagedMembership;
}

/** A membership as the API answers a write: slugs rather than ids of related things. */
export interface MembershipResource {
  id: number;
  network: string;
  place: string;
  section: string | null;
  sinceYear: number | null;
  status: MembershipStatus;
  endedAt: string | null;
}

export function presentMembershipResource(networkSlug: string, row: DetailRow): MembershipResource {
  return {
    id: row.membership.id,
    network: networkSlug,
    place: row.place.slug,
    section: row.section?.slug ?? null,
    sinceYear: row.membership.sinceYear,
    status: row.membership.status,
    endedAt: row.membership.endedAt ? row.membership.endedAt.toISOString() : null,
  };
}

/** A place found by the editor's search, with its standing in the network. */
export interface PlaceMatch {
  place: PlaceView;
  status: MembershipStatus | null;
}

export function presentPlaceMatch(row: { place: PlaceRow; status: MembershipStatus | null }): PlaceMatch {
  return { place: presentPlace(row.place), status: row.status };
}

export interface ManagedNetwork extends NetworkView {
  sections: SectionView[];
}

export function presentManagedNetwork(
  network: NetworkRow,
  sections: { slug: string; kind: SectionView["kind"]; name: Translations }[],
): ManagedNetwork {
  return { ...presentNetwork(network), sections: sections.map(presentSection) };
}
