// A large page read as it is shown: the parts near the viewport first, the others as the reader
// scrolls to them. Reading all of a 1 MB page costs several times a walk of its text (every
// text node touched from the content script's world, thousands of ranges made and painted)
// for names nobody may ever scroll to; a reader sees a screen or two of it at a time.
//
// The parts are the glance's pieces (glance-pieces.ts: subtrees and runs of siblings at the top
// of the page), runs cut shorter here. Each part read is handed on as nodes to read, the way the
// mutation watcher hands on changes (see changed-regions.ts): the blocks around them are read
// and put in reading order among those read before.

import { insideTest } from "./changed-regions";
import { isInline } from "./element-kinds";
import type { Piece } from "./glance-pieces";

/** Children of one parent in a part at most: about a screen of an article's paragraphs. */
const PART_CHILDREN = 32;
/** How far from the viewport a part is read, in viewport heights, above and below. */
const MARGIN_VIEWPORTS = 1;
/** While the reader scrolls, the viewport is looked at this often at most. */
const LOOK_EVERY_MS = 100;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A run of sibling nodes (or one node), read together once near the viewport. */
type Part = Node[];

/** The parts of a large page not yet read (see above). */
export class UnreadParts {
  #parts: Part[] = [];
  /**
   * Inline content right under the page's root (a skip link in <body>, say): its block is the
   * page's own, which only a read of the whole page reads. Left for `takeAll`.
   */
  #pageLevel: Part[] = [];
  /** Every node of the unread parts, for `leaveOut`; made again after parts are taken. */
  #unreadNodes: Set<Node> | null = null;
  readonly #range: Range;
  readonly #view: Window | null;
  readonly #follow = new AbortController();
  #timer = 0;

  /**
   * `pieces` are the glance's pieces of `root` (see glance-pieces.ts); `read` gets the nodes of
   * parts that come near the viewport as the reader scrolls.
   */
  constructor(
    root: Node,
    pieces: readonly Piece[],
    readonly read: (nodes: Node[]) => void,
  ) {
    for (const part of partsOf(pieces, root)) {
      (inPageBlock(part[0] as Node, root) ? this.#pageLevel : this.#parts).push(part);
    }
    const doc = root.ownerDocument ?? document;
    this.#range = doc.createRange();
    const view = doc.defaultView;
    this.#view = view;
    if (!view) return;
    const look = () => {
      if (this.#timer) return;
      this.#timer = view.setTimeout(() => {
        this.#timer = 0;
        const nodes = this.takeShown();
        if (nodes.length > 0) this.read(nodes);
      }, LOOK_EVERY_MS);
    };
    // Capturing: a scroll inside a scrolling element (which does not bubble) comes by too.
    const options = { capture: true, passive: true, signal: this.#follow.signal };
    view.addEventListener("scroll", look, options);
    view.addEventListener("resize", look, options);
  }

  /** Whether any part is still unread. */
  get left(): boolean {
    return this.#parts.length > 0 || this.#pageLevel.length > 0;
  }

  /** The nodes of the unread parts near the viewport, from now on taken as read. */
  takeShown(): Node[] {
    const height = this.#view?.innerHeight ?? 0;
    const margin = height * MARGIN_VIEWPORTS;
    return this.#take(
      (part) =>
        this.#rectOf(part[part.length - 1] as Node).bottom >= -margin &&
        this.#rectOf(part[0] as Node).top <= height + margin,
    );
  }

  /** The nodes of every unread part, from now on taken as read; and stops following. */
  takeAll(): Node[] {
    this.stop();
    this.#parts.push(...this.#pageLevel);
    this.#pageLevel = [];
    this.#unreadNodes = null;
    return this.#take(() => true);
  }

  /**
   * Takes out of `changes` (nodes where the page changed) those inside parts not read yet: they
   * are read as they are when shown. (A feed that rewrites every post's time each second would
   * otherwise have posts nobody scrolled to read again and again.)
   */
  leaveOut(changes: Set<Node>): void {
    if (!this.left) return;
    // Page-level parts too: read now, a change there would be a read of the whole page.
    // (Kept between calls: a feed's changes come every half second, its parts rarely go.)
    this.#unreadNodes ??= new Set([...this.#parts.flat(), ...this.#pageLevel.flat()]);
    const unread = this.#unreadNodes;
    const underUnread = insideTest(unread);
    for (const node of changes) {
      if (unread.has(node) || underUnread(node)) changes.delete(node);
    }
  }

  /** Stops following the viewport (the page is read in full, or not at all). */
  stop(): void {
    this.#follow.abort();
    clearTimeout(this.#timer);
  }

  #take(taken: (part: Part) => boolean): Node[] {
    const nodes: Node[] = [];
    const left: Part[] = [];
    for (const part of this.#parts) {
      // Nodes taken out of the page are left out (their removal was read as a change), when the
      // part is taken: checking every part at each look took 62 ms of scrolling through a quarter
      // of the 1 MB bench page. (A part whose end left the page has an empty box at the top of
      // the viewport, and is taken at the next look.)
      if (!taken(part)) left.push(part);
      else for (const node of part) if (node.isConnected) nodes.push(node);
    }
    if (left.length < this.#parts.length) this.#unreadNodes = null;
    this.#parts = left;
    if (left.length === 0) this.stop();
    return nodes;
  }

  /**
   * Where a node is on the screen. A part spans from its first node's top to its last node's
   * bottom: a range over the whole part measured every box in it (86 ms for the parts of the
   * 1 MB bench page), the ends' boxes are two calls.
   */
  #rectOf(node: Node): DOMRect {
    if (node.nodeType !== TEXT_NODE) return (node as Element).getBoundingClientRect();
    this.#range.selectNodeContents(node);
    return this.#range.getBoundingClientRect();
  }
}

/**
 * Whether `node`'s text would be in a block of the page's root itself: it is the root, or text
 * or inline elements with no block element between it and the root.
 */
function inPageBlock(node: Node, root: Node): boolean {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nodeType === ELEMENT_NODE && !isInline((at as Element).localName)) return false;
  }
  return true;
}

/**
 * The pieces as parts: runs of children cut to PART_CHILDREN, blank text left out, a run cut
 * where inline content under the root starts or ends (see `inPageBlock`).
 */
function partsOf(pieces: readonly Piece[], root: Node): Part[] {
  const parts: Part[] = [];
  for (const piece of pieces) {
    if (!("parent" in piece)) {
      if (!isBlank(piece)) parts.push([piece]);
      continue;
    }
    // Blank text between blocks is left out: read, it would be read with its parent's blocks.
    // (Sibling by sibling: indexing the parent's child list was slower, 5-14 ms on the 1 MB page.)
    let part: Part = [];
    let pageLevel = false;
    let child = piece.parent.childNodes[piece.start] ?? null;
    for (let at = piece.start; child && at < piece.end; at += 1, child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE && isBlank(child)) continue;
      const childPageLevel = inPageBlock(child, root);
      if (part.length === PART_CHILDREN || childPageLevel !== pageLevel) part = [];
      pageLevel = childPageLevel;
      if (part.length === 0) parts.push(part);
      part.push(child);
    }
  }
  return parts;
}

function isBlank(node: Node): boolean {
  return node.nodeType === TEXT_NODE && (node as Text).data.trim() === "";
}
