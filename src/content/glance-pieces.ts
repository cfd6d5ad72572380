// The page cut into pieces whose text the browser copies in one native call each, for the
// glance (glance.ts). Measured in a content script's world in Chromium, where touching a node
// from script costs far more than in the page's own (each world keeps its own wrapper per node,
// found through a table): a TreeWalker over the 1 MB `empty` bench page took 61 ms cold, over the
// 200,000-element hostile page 205-231 ms; `textContent` copies either page's text in 9-11 ms.
// So script touches only the top of the tree, and the browser copies the rest.

import { isSkippedName } from "./element-kinds";

/** Children of one element, from `start` up to (not including) `end`. */
export interface ChildRange {
  parent: Element;
  start: number;
  end: number;
}

/** A part of the page whose text is copied in one call: a text node, a subtree, or a range. */
export type Piece = Text | Element | ChildRange;

/** Script descends this deep at most, and into this many elements at most: the top of a page. */
const DESCEND_DEPTH = 5;
const DESCEND_ELEMENTS = 512;
/**
 * An element with more children than this (a list, a feed, an article's paragraphs) is copied
 * in ranges of GROUP_CHILDREN children, each one call: the 200,000-element hostile page (20,000
 * items of one list) in ranges of about 0.2 ms, where script visiting each item took 111 ms. A
 * range is kept short (about 27,000 characters of the `empty` bench page's paragraphs) so that
 * the glance stops soon after a name.
 */
const MANY_CHILDREN = 64;
const GROUP_CHILDREN = 256;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The pieces of `root`'s text in document order; null if an element script looks at hosts an
 * open shadow root (its text is not in `textContent`: see `hostsShadowRoot` for those below).
 */
export function piecesOf(root: Element): Piece[] | null {
  const pieces: Piece[] = [];
  let descended = 0;
  const descend = (element: Element, depth: number): boolean => {
    descended += 1;
    if (element.shadowRoot !== null) return false;
    const count = element.childNodes.length;
    if (count > MANY_CHILDREN) {
      for (let start = 0; start < count; start += GROUP_CHILDREN) {
        pieces.push({ parent: element, start, end: Math.min(count, start + GROUP_CHILDREN) });
      }
      return true;
    }
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        pieces.push(child as Text);
      } else if (child.nodeType === ELEMENT_NODE) {
        // Left out where script looks, as the full read leaves them out: a page's inline data (a
        // framework's state as JSON, often hundreds of kilobytes at the end of <body>) is neither
        // copied nor sent, and cannot make the glance say yes for a name no reader sees.
        if (isSkippedName((child as Element).localName)) continue;
        if (depth + 1 < DESCEND_DEPTH && descended < DESCEND_ELEMENTS) {
          if (!descend(child as Element, depth + 1)) return false;
        } else {
          pieces.push(child as Element);
        }
      }
    }
    return true;
  };
  return descend(root, 0) ? pieces : null;
}

/** The text of a piece (`range` is reused between calls). */
export function pieceText(piece: Piece, range: Range): string {
  if ("parent" in piece) {
    range.setStart(piece.parent, piece.start);
    range.setEnd(piece.parent, piece.end);
    return range.toString();
  }
  return piece.nodeType === TEXT_NODE ? (piece as Text).data : (piece.textContent ?? "");
}

/**
 * Whether a custom element in `piece` hosts an open shadow root, found by one native XPath
 * search (3 ms on the `empty` bench page; a custom element's name has a hyphen). Built-in
 * elements can host shadow roots too (a `div`, a `section`): those below the top of the page
 * are not looked for, since only a walk over every element finds them, and that walk is what
 * the glance spares. False where XPath is missing (test DOMs).
 */
export function hostsShadowRoot(piece: Piece, doc: Document): boolean {
  if (typeof doc.evaluate !== "function") return false;
  let context: Node = piece as Node;
  let path = CUSTOM_ELEMENTS;
  if ("parent" in piece) {
    // Children start..end-1 are at XPath positions start+1..end (numbers, never page text).
    context = piece.parent;
    path = `node()[position() > ${piece.start} and position() <= ${piece.end}]/${path}`;
  } else if (piece.nodeType === TEXT_NODE) {
    return false;
  }
  const found = doc.evaluate(path, context, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  for (let index = 0; index < found.snapshotLength; index += 1) {
    if ((found.snapshotItem(index) as Element).shadowRoot !== null) return true;
  }
  return false;
}

const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";
