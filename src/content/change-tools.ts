// What a read of changes needs beyond a first read: where the changes are, and where the blocks
// read again go; and what a first read of a page of more than a few thousand elements needs
// (page-size.ts): the glance, and the parts of a page read as it is shown. Not in the content
// script every page compiles: it comes as a bundle of its own, on a page's first change or
// before the first read of such a page (see page-change-tools.ts), from the extension's files.

import type { BlockMatcher } from "../core/page-reading";
import type { ChangedRegion } from "./changed-regions";
import type { GlanceResult, RunSteps } from "./glance";
import type { Piece } from "./glance-pieces";
import { registeredBy } from "./registered-bundle";
import type { UnreadParts } from "./shown-parts";

export interface ChangeTools {
  /** The regions to read again (see changed-regions.ts); null: read the whole page. */
  changedRegions(changed: Iterable<Node>, page: Node): ChangedRegion[] | null;
  /** A test of whether nodes lie under one of `roots`. */
  insideTest(roots: ReadonlySet<Node>): (node: Node) => boolean;
  /** Steps that put regions' items in reading order among `items` (see region-order.ts). */
  insertInReadingOrder<T>(
    items: T[],
    regions: T[][],
    anchorOf: (item: T) => Node,
  ): Generator<void, T[], void>;
  /** A large page's parts, read as they come near the viewport (see shown-parts.ts). */
  unreadParts(root: Node, pieces: readonly Piece[], read: (nodes: Node[]) => void): UnreadParts;
  /** The pieces a large page is glanced at or read in (see glance-pieces.ts); null: read it all. */
  piecesOf(root: Element): Piece[] | null;
  /** Whether the page may name anyone, from a copy of its text (see glance.ts). */
  glanceAt(root: Element, matcher: BlockMatcher, run: RunSteps): Promise<GlanceResult>;
}

export const CHANGE_TOOLS_KEY = Symbol.for("backstory.change-tools");

export type ChangeToolsScope = { [CHANGE_TOOLS_KEY]?: ChangeTools };

/** The change tools of this frame, loaded once (by `load`); a failed load is tried again later. */
export function changeTools(load: () => Promise<void>): Promise<ChangeTools> {
  return registeredBy<ChangeTools>(CHANGE_TOOLS_KEY, load);
}
