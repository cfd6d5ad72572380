import type { PageMention } from "./page-mention";
import { liveRangeOver } from "./span-geometry";

/**
 * Finds the mention under a point from the caret position there, so no listener is attached
 * to any mention and the page's DOM is never wrapped.
 */
export class MentionHitTester {
  readonly #byNode = new Map<Node, PageMention[]>();
  /** The nodes each mention was filed under: its range may have moved since the page changed. */
  readonly #filedUnder = new Map<PageMention, Node[]>();

  add(mention: PageMention): void {
    const nodes = nodesOf(mention.range);
    this.#filedUnder.set(mention, nodes);
    for (const node of nodes) {
      const list = this.#byNode.get(node);
      if (list) list.push(mention);
      else this.#byNode.set(node, [mention]);
    }
  }

  remove(mention: PageMention): void {
    const nodes = this.#filedUnder.get(mention) ?? [];
    this.#filedUnder.delete(mention);
    for (const node of nodes) {
      const list = this.#byNode.get(node)?.filter((candidate) => candidate !== mention);
      if (list && list.length > 0) this.#byNode.set(node, list);
      else this.#byNode.delete(node);
    }
  }

  /** The mentions filed under a text node. */
  mentionsIn(node: Node): readonly PageMention[] {
    return this.#byNode.get(node) ?? [];
  }

  /**
   * The first highlighted mention in the text of `element` (a focused link, say): looked for
   * in its first few hundred text nodes only, as a link or a button holds a few words.
   */
  mentionIn(element: Element): PageMention | null {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let count = 0; count < 200; count += 1) {
      const node = walker.nextNode();
      if (!node) break;
      const mention = this.#byNode.get(node)?.[0];
      if (mention) return mention;
    }
    return null;
  }

  mentionAt(doc: Document, x: number, y: number): PageMention | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const candidates = this.#byNode.get(caret.node);
    if (!candidates) return null;
    for (const mention of candidates) {
      // The caret snaps to the nearest text even from a margin: check the point is on a glyph box.
      const range = liveRangeOver(mention.range);
      const onIt = range?.comparePoint(caret.node, caret.offset) === 0;
      if (range && onIt && containsPoint(range, x, y)) return mention;
    }
    return null;
  }
}

function nodesOf(range: AbstractRange): Node[] {
  if (range.startContainer === range.endContainer) return [range.startContainer];
  const nodes: Node[] = [];
  const doc = range.startContainer.ownerDocument as Document;
  // Rooted at the tree the mention is in (the document, or a web component's shadow root).
  const walker = doc.createTreeWalker(range.startContainer.getRootNode(), NodeFilter.SHOW_TEXT);
  walker.currentNode = range.startContainer;
  for (let node: Node | null = range.startContainer; node; node = walker.nextNode()) {
    nodes.push(node);
    if (node === range.endContainer) break;
  }
  return nodes;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === "function") {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
