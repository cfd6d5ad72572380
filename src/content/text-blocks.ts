import { isBoilerplate, isContent, isInline, isSkippedElement } from "./element-kinds";

/**
 * The page's visible text, assembled per block of inline content, so a name split by inline
 * markup (`<b>Sequoia</b> Capital`, `Elon <a>Musk</a>`) reads as one string, with a map back to
 * the text nodes.
 */
export interface TextBlock {
  /** The block's text nodes' data, concatenated as they are (whitespace included). */
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` where nodes[i] begins. */
  starts: number[];
  /** Inside navigation, a page header, a footer or an aside: not the article itself. */
  boilerplate: boolean;
  /**
   * Nodes the walk visited for this block, since the block before it ended (elements and text,
   * skipped subtrees not counted): its share of the page's size.
   */
  walkedNodes: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

// What leaving an open element undoes.
const ENDS_BLOCK = 1;
const BOILERPLATE = 2;
const CONTENT = 4;

/** Nodes visited between two pauses of a walk: well under a millisecond of work. */
const NODES_PER_STEP = 256;

/** Where a walk starts: inside boilerplate (nav, footer…), inside the article (see `isContent`). */
export interface WalkContext {
  boilerplate: boolean;
  content: boolean;
}

const PAGE_TOP: WalkContext = { boilerplate: false, content: false };

/** What a walk finds: the text blocks, and the open shadow roots it went into. */
export interface WalkOutput {
  blocks: TextBlock[];
  shadowRoots: ShadowRoot[];
  /** Nodes visited (elements and text, skipped subtrees not counted): the page's size. */
  visited?: number;
  /** The deepest nesting of elements met. */
  depth?: number;
}

/**
 * The visible text under `root`, one block per run of inline content, in document order,
 * appended to `out.blocks`. One walk over the nodes, reading tag names and a few attributes: no
 * layout, no computed style. Blocks of whitespace only are left out. Open shadow roots met on
 * the way are walked too, and listed in `out.shadowRoots` for whoever watches them.
 *
 * A generator that pauses every few hundred nodes, so a caller can spread a large page over
 * several slices (see slices.ts). The page may change between two steps: the walk then sees a
 * mix of before and after, and the changes it missed come back as mutation records.
 */
export function* walkTextBlocks(
  root: Node,
  out: WalkOutput,
  context: WalkContext = PAGE_TOP,
): Generator<void, void, void> {
  let current: TextBlock | null = null;
  let boilerplateDepth = context.boilerplate ? 1 : 0;
  let contentDepth = context.content ? 1 : 0;
  const endBlock = () => {
    if (current && current.text.trim().length > 0) {
      current.walkedNodes = visited - visitedAtLastBlock;
      visitedAtLastBlock = visited;
      out.blocks.push(current);
    }
    current = null;
  };
  // The open elements, innermost last, and what to undo when leaving each (flag bits): two
  // flat stacks rather than an object per element, which a 200,000-element page would give
  // the garbage collector to sweep in the middle of a slice.
  const openNodes: Node[] = [];
  const openFlags: number[] = [];

  // Each property read is a call into the DOM (and a wrapper made for every node it returns):
  // read once each, on a 200,000-element page they are most of the walk's time.
  let visited = 0;
  /** `visited` when the last block ended: what the walk visits after it is the next one's share. */
  let visitedAtLastBlock = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited % NODES_PER_STEP === 0) {
      out.visited = (out.visited ?? 0) + NODES_PER_STEP;
      yield;
    }
    let firstChild: Node | null = null;
    const nodeType = node.nodeType;
    if (nodeType === TEXT_NODE || nodeType === CDATA_SECTION_NODE) {
      const text = node as Text;
      const data = text.data;
      if (data.length > 0) {
        current ??= {
          text: "",
          nodes: [],
          starts: [],
          boilerplate: boilerplateDepth > 0,
          walkedNodes: 0,
        };
        current.nodes.push(text);
        current.starts.push(current.text.length);
        current.text += data;
      }
    } else if (nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const name = element.localName;
      const hasAttributes = element.hasAttributes();
      if (name === "br") {
        endBlock();
      } else if (!isSkippedElement(element, name, hasAttributes)) {
        const block = !isInline(name);
        if (block) endBlock();
        // A web component's open shadow tree is what the reader sees of it: its text comes as
        // blocks of its own. (Closed shadow roots are #to their page, by design.)
        const shadow = element.shadowRoot;
        if (shadow) {
          endBlock();
          out.shadowRoots.push(shadow);
          yield* walkTextBlocks(shadow, out);
        }
        const boilerplate = isBoilerplate(element, name, contentDepth > 0, hasAttributes);
        const content = isContent(name);
        if (boilerplate) boilerplateDepth += 1;
        if (content) contentDepth += 1;
        firstChild = element.firstChild;
        if (firstChild) {
          openNodes.push(node);
          openFlags.push(
            (block ? ENDS_BLOCK : 0) | (boilerplate ? BOILERPLATE : 0) | (content ? CONTENT : 0),
          );
          if (openNodes.length > (out.depth ?? 0)) out.depth = openNodes.length;
        } else {
          if (boilerplate) boilerplateDepth -= 1;
          if (content) contentDepth -= 1;
          if (block) endBlock();
        }
      }
    }
    if (firstChild) {
      node = firstChild;
      continue;
    }
    // Climb until a next sibling, closing the elements left on the way.
    let next: Node | null = node.nextSibling;
    while (!next) {
      const left = openNodes.pop();
      const flags = openFlags.pop() ?? 0;
      if (!left) break;
      if (flags & BOILERPLATE) boilerplateDepth -= 1;
      if (flags & CONTENT) contentDepth -= 1;
      if (flags & ENDS_BLOCK) endBlock();
      next = left.nextSibling;
    }
    node = next;
  }
  out.visited = (out.visited ?? 0) + (visited % NODES_PER_STEP);
  endBlock();
}

/** The whole walk at once (`walkTextBlocks` without pauses), for tools and tests. */
export function collectTextBlocks(root: Node, shadowRoots: ShadowRoot[] = []): TextBlock[] {
  const out: WalkOutput = { blocks: [], shadowRoots };
  for (const _ of walkTextBlocks(root, out));
  return out.blocks;
}

/** The text node and offset that a block offset falls in. */
export function locateOffset(
  block: TextBlock,
  offset: number,
  preferEnd: boolean,
): { node: Text; offset: number } {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.starts[mid] ?? 0;
    // At a node seam, an end offset belongs to the earlier node and a start to the later.
    if (start < offset || (!preferEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  const node = block.nodes[low] as Text;
  return { node, offset: offset - (block.starts[low] ?? 0) };
}

/** The span's StaticRange: not live, so the page never pays for it (see span-geometry.ts). */
export function rangeForSpan(block: TextBlock, start: number, end: number): StaticRange {
  const from = locateOffset(block, start, false);
  const to = locateOffset(block, end, true);
  return new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}
