import type { VNode } from "preact";
import type { Translations } from "../db/columns.js";
import type { AppDeps } from "../lib/http.js";
import type { PageContext } from "./context.js";

/**
 * The pages modules contribute blocks to: the platform's home page, each network's page, and the
 * signed-in person's account page (`page.user` is set there; its blocks are theirs alone).
 */
export type BlockPage = "home" | "network" | "account";

/** The network whose page is being assembled. */
export interface BlockNetwork {
  slug: string;
  acronym: string;
  name: Translations;
  originalLang: string;
}

export interface BlockContext {
  deps: AppDeps;
  page: PageContext;
  /** Set on a network's page. */
  network?: BlockNetwork;
  /**
   * Keeps what `compute` returns until one of the block's tables changes (its figures, say), so
   * that pages rendered afresh for signed-in people do not count again. `key` names it within the block.
   */
  kept<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** Where values are kept until their tables change: the page cache (see lib/page-cache.ts). */
export interface ValueKeeper {
  kept<T>(key: string, tables: readonly string[], compute: () => Promise<T>): Promise<T>;
}

/** A part of a shared page that a module draws: its events on the home page, its figures... */
export interface Block {
  /** "module.what", for the markup and the tests. */
  name: string;
  on: BlockPage[];
  /** Position on the page, smallest first. */
  order: number;
  /** The tables it is drawn from: the page is kept until one of them changes. */
  tables: string[];
  /** The block, or `null` when it has nothing to show. A statement or two: pages have a budget. */
  render(ctx: BlockContext): Promise<VNode | null>;
}

let blocks: Block[] = [];
let keeper: ValueKeeper = { kept: (_key, _tables, compute) => compute() };

/** Set once at boot by the server, from every module's manifest. */
export function configureBlocks(all: Block[], values?: ValueKeeper): void {
  blocks = [...all].sort((a, b) => a.order - b.order);
  if (values) keeper = values;
}

/** Every table the blocks of a page are drawn from, for the page's cache. */
export function blockTables(page: BlockPage): string[] {
  return [...new Set(blocks.filter((b) => b.on.includes(page)).flatMap((b) => b.tables))];
}

/** Draws a page's blocks, in order, each in a section of its own; empty ones are left out. */
export async function renderBlocks(page: BlockPage, ctx: Omit<BlockContext, "kept">): Promise<VNode[]> {
  const mine = blocks.filter((b) => b.on.includes(page));
  const drawn = await Promise.all(
    mine.map((b) =>
      b.render({ ...ctx, kept: (key, compute) => keeper.kept(`${b.name} ${key}`, b.tables, compute) }),
    ),
  );
  return mine.flatMap((b, i) => {
    const node = drawn[i];
    return node
      ? [
          <div class="block" data-block={b.name} key={b.name}>
            {node}
          </div>,
        ]
      : [];
  });
}
