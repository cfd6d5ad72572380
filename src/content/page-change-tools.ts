// The change tools (see change-tools.ts) as one object: registered by their bundle's entry
// (change-tools-bundle.ts), and handed to reads of changes directly in tests.

import type { ChangeTools } from "./change-tools";
import { changedRegions, insideTest } from "./changed-regions";
import { glanceAt } from "./glance";
import { piecesOf } from "./glance-pieces";
import { insertInReadingOrder } from "./region-order";
import { UnreadParts } from "./shown-parts";

export const pageChangeTools: ChangeTools = {
  changedRegions,
  insideTest,
  insertInReadingOrder,
  unreadParts: (root, pieces, read) => new UnreadParts(root, pieces, read),
  piecesOf,
  glanceAt,
};
