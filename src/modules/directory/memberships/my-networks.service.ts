import type { Db } from "../../../db/client.js";
import { type NetworkView, presentNetwork } from "../networks/networks.presenters.js";
import { type PlaceView, placeNames } from "../places/places.presenters.js";
import * as repo from "./my-networks.repo.js";

/** How many members without a focal point a network's editor sees by name. */
const SAMPLE = 5;

/** A network as its editor or member sees it at home, with what needs an editor's attention. */
export interface MyNetwork {
  network: NetworkView;
  role: "editor" | "member";
  /** Filled for an editor only. */
  attention?: {
    pendingInvitations: number;
    withoutFocalPoint: number;
    /** The first few of those members, to invite a focal point from their page. */
    firstWithoutFocalPoint: { membershipId: number; place: Pick<PlaceView, "names" | "originalLang"> }[];
  };
}

/** The networks a person holds a role in; for those they edit, what needs attention. Three statements. */
export async function listMyNetworks({ db, userId }: { db: Db; userId: number }): Promise<MyNetwork[]> {
  const mine = await repo.selectNetworksOf(db, userId);
  const edited = mine.filter((m) => m.role === "editor").map((m) => m.network.id);
  const [pending, without] = await Promise.all([
    repo.countPendingInvitations(db, edited),
    repo.selectMembersWithoutFocalPoint(db, edited, SAMPLE),
  ]);
  return mine.map(({ network, role }) => {
    if (role !== "editor") return { network: presentNetwork(network), role };
    const rows = without.filter((w) => w.networkId === network.id);
    return {
      network: presentNetwork(network),
      role,
      attention: {
        pendingInvitations: Number(pending.find((p) => p.networkId === network.id)?.n ?? 0),
        withoutFocalPoint: Number(rows[0]?.total ?? 0),
        firstWithoutFocalPoint: rows.map((r) => ({
          membershipId: Number(r.membershipId),
          place: placeNames({ name: r.place, names: r.names }),
        })),
      },
    };
  });
}
