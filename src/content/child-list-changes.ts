// Which nodes a childList record changed, as the mutation watcher queues them for a read of
// changes (see changed-regions.ts): run in the observer's callback, so a few DOM calls a record.

import { isInline, isSkippedName } from "./element-kinds";

/** Siblings looked at on each side of a change before it is taken to touch inline content. */
const NEIGHBOURS_LOOKED_AT = 8;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * The nodes a childList record changed, as `changedRegions` takes them: usually its target, whose
 * block is then read again. But when the target is a block container and the record only added
 * or removed block elements, with no run of inline content on both sides of them, the runs of its
 * other children are as they were (adding or removing a block between two runs of inline content
 * would split or join them): then only the added elements are read (a feed that replaces one of
 * 1,400 posts reads that post, not the feed). The removed ones are named too, so that a read of
 * changes happens; it drops their blocks, whose nodes are out of the page.
 */
export function changedByChildList(record: MutationRecord): Node[] {
  const { target } = record;
  const container =
    target.nodeType === DOCUMENT_FRAGMENT_NODE ||
    (target.nodeType === ELEMENT_NODE && !isInline((target as Element).localName));
  const narrow =
    container &&
    onlyBlocks(record.addedNodes) &&
    onlyBlocks(record.removedNodes) &&
    !(inlineBeside(record.previousSibling, "before") && inlineBeside(record.nextSibling, "after"));
  return narrow ? [...record.addedNodes, ...record.removedNodes] : [target];
}

/** Comments and whitespace: no text of their own, and no edge between blocks either. */
function isBlank(node: Node): boolean {
  if (node.nodeType === COMMENT_NODE) return true;
  return node.nodeType === TEXT_NODE && (node as Text).data.trim() === "";
}

function isBlockElement(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && !isInline((node as Element).localName);
}

function onlyBlocks(nodes: NodeList): boolean {
  for (const node of nodes) {
    if (!isBlank(node) && !isBlockElement(node)) return false;
  }
  return true;
}

/**
 * Whether inline content lies next to a change, on one side of it, from `node` outwards: blanks
 * and skipped elements (a script, a button: the walk reads past them) are looked through. Past
 * a few siblings, it is taken to (reading the block container again is always right).
 */
function inlineBeside(node: Node | null, side: "before" | "after"): boolean {
  let at = node;
  for (let looked = 0; at && looked < NEIGHBOURS_LOOKED_AT; looked += 1) {
    const skipped = at.nodeType === ELEMENT_NODE && isSkippedName((at as Element).localName);
    if (!skipped && !isBlank(at)) return !isBlockElement(at);
    at = side === "before" ? at.previousSibling : at.nextSibling;
  }
  return at !== null;
}
