// Reading order across shadow boundaries: a node inside a web component's shadow tree sits where
// its host is, before the host's own children (as the walk reads them).
//
// Not `compareDocumentPosition`: to order two children of one parent, Chromium steps through the
// siblings between them, and a feed re-read in 1,400 regions placed each by binary search among
// its blocks spent 389 ms (CPU profile, 5 s of the `feed` bench page) among the 1,400 posts of one
// list. Here each parent's children are counted once, and each node's path from the top is kept.
// Counting them costs too, though: a large page read as it is shown places a run or two at a
// time under a parent of 10,000 children, and counting them at each read took 172 ms of
// scrolling through a quarter of the 1 MB bench page. A parent is counted only once it has been
// compared under many times; until then the browser compares its children (and regions that
// come after everything read, as they do while the reader scrolls down, take one comparison
// each: see region-order.ts).

import { composedParent } from "./composed-tree";

const DOCUMENT_FRAGMENT_NODE = 11;
/** A shadow root's place under its host: before the host's children (see above). */
const SHADOW_PLACE = -1;
/** Comparisons under one parent before its children are counted (see above). */
const COMPARED_BEFORE_COUNTING = 128;
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * Orders nodes of one page (see above). What it learns (paths, places among siblings) is kept:
 * use one for a batch of comparisons on a page that does not change meanwhile (a page that
 * changed during a read in slices is read again, which puts right any order it got wrong).
 */
export class ReadingOrder {
  readonly #paths = new Map<Node, Node[]>();
  readonly #places = new Map<Node, Map<Node, number>>();
  /** How many times two children of a parent not yet counted were compared. */
  readonly #compared = new Map<Node, number>();

  /** Negative when `a` comes first, positive when `b` does, zero for one node (or two pages). */
  compare(a: Node, b: Node): number {
    if (a === b) return 0;
    const pathA = this.#pathOf(a);
    const pathB = this.#pathOf(b);
    if (pathA[0] !== pathB[0]) return 0;
    let depth = 1;
    while (depth < pathA.length && depth < pathB.length && pathA[depth] === pathB[depth]) {
      depth += 1;
    }
    // One holds the other: the one above comes first.
    if (depth === pathA.length || depth === pathB.length) return pathA.length - pathB.length;
    return this.#compareSiblings(
      pathA[depth - 1] as Node,
      pathA[depth] as Node,
      pathB[depth] as Node,
    );
  }

  /** Orders two children of `parent` (see above). */
  #compareSiblings(parent: Node, a: Node, b: Node): number {
    const shadowRoot =
      a.nodeType === DOCUMENT_FRAGMENT_NODE || b.nodeType === DOCUMENT_FRAGMENT_NODE;
    if (!shadowRoot && !this.#places.has(parent)) {
      const compared = (this.#compared.get(parent) ?? 0) + 1;
      this.#compared.set(parent, compared);
      if (compared <= COMPARED_BEFORE_COUNTING) {
        return a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
    }
    return this.#placeOf(parent, a) - this.#placeOf(parent, b);
  }

  /** The nodes from the top of the page (a document, or a detached subtree's root) down to `node`. */
  #pathOf(node: Node): Node[] {
    let path = this.#paths.get(node);
    if (!path) {
      path = [];
      for (let at: Node | null = node; at; at = composedParent(at)) path.push(at);
      path.reverse();
      this.#paths.set(node, path);
    }
    return path;
  }

  #placeOf(parent: Node, child: Node): number {
    if (child.nodeType === DOCUMENT_FRAGMENT_NODE) return SHADOW_PLACE;
    let places = this.#places.get(parent);
    if (!places) {
      places = new Map();
      let index = 0;
      for (let at = parent.firstChild; at; at = at.nextSibling) places.set(at, index++);
      this.#places.set(parent, places);
    }
    return places.get(child) ?? 0;
  }
}
