// Where a page's text changed, as the smallest subtrees to read again: the block elements (or
// shadow roots) around the nodes that mutation records name. A feed that appends one story, or a
// ticker that rewrites one line, costs a walk of that story or that line, not of the page.

import { composedParent } from "./composed-tree";
import { isBoilerplate, isContent, isInline, isSkippedElement } from "./element-kinds";
import type { WalkContext } from "./text-blocks";

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/** A subtree to read again, and how a walk of it starts (null: hidden or skipped, no text). */
export interface ChangedRegion {
  root: Element | ShadowRoot;
  context: WalkContext | null;
}

/**
 * Past this many regions a batch is read as one change of the whole page. Finding them is one
 * step (a few DOM calls each, their ancestors' judgements shared): a feed that rewrites 1,400
 * timestamps at once stays under it.
 */
const MAX_REGIONS = 2000;

/**
 * The regions to read again after changes under `changed` (the targets of mutation records):
 * one per block container, the outermost where they nest. Null when the change reaches the
 * page itself (`<body>` or above) or is too scattered to be worth telling apart: read it all.
 */
export function changedRegions(changed: Iterable<Node>, page: Node): ChangedRegion[] | null {
  const roots = new Set<Element | ShadowRoot>();
  for (const node of changed) {
    // A node taken out of the page: its removal is also recorded on a parent still in it.
    if (!node.isConnected) continue;
    const root = blockContainerOf(node);
    if (!root || root === page || root.contains(page)) return null;
    roots.add(root);
    if (roots.size > MAX_REGIONS) return null;
  }
  const regions: ChangedRegion[] = [];
  // Regions share ancestors (1,400 posts of one feed): each is judged once.
  const contexts = new Map<Node, WalkContext | null>();
  const insideAnother = insideTest(roots);
  for (const root of roots) {
    if (!insideAnother(root)) regions.push({ root, context: walkContextOf(root, contexts) });
  }
  return regions;
}

/**
 * Whether nodes lie under one of `roots` (crossing shadow boundaries up to their hosts): a test
 * for many nodes of one page, which looks at each ancestor once (5,000 blocks of a feed share a
 * few hundred; climbing from each to the top took most of a read of 1,400 changed posts).
 */
export function insideTest(roots: ReadonlySet<Node>): (node: Node) => boolean {
  // For each ancestor met: whether it is a root or lies under one.
  const known = new Map<Node, boolean>();
  return (node) => {
    const climbed: Node[] = [];
    let inside = false;
    for (let at = composedParent(node); at; at = composedParent(at)) {
      const answer = known.get(at);
      if (answer !== undefined) {
        inside = answer;
        break;
      }
      climbed.push(at);
      if (roots.has(at)) {
        inside = true;
        break;
      }
    }
    for (const at of climbed) known.set(at, inside);
    return inside;
  };
}

/**
 * The element whose text blocks hold `node`: the closest ancestor (or itself) that is not inline,
 * or the shadow root it sits in. Blocks never cross such an element's edge (see text-blocks).
 */
function blockContainerOf(node: Node): Element | ShadowRoot | null {
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === DOCUMENT_FRAGMENT_NODE && "host" in at) return at as ShadowRoot;
    if (at.nodeType === ELEMENT_NODE && !isInline((at as Element).localName)) {
      return at as Element;
    }
  }
  return null;
}

/**
 * How a walk of `root` starts, as if the whole page were walked down to it: inside boilerplate
 * or the article? Null when `root` or an ancestor is skipped (hidden, editable, a script…).
 * Boilerplate does not cross a shadow boundary (a shadow tree is walked as a page of its own),
 * but hiding does. `known` holds the answers for nodes already judged, and gets root's.
 */
function walkContextOf(
  root: Element | ShadowRoot,
  known: Map<Node, WalkContext | null>,
): WalkContext | null {
  // Up to the first node already judged (or the top), then down again, outermost first.
  const chain: Node[] = [];
  let at: Node | null = root;
  while (at && !known.has(at)) {
    chain.push(at);
    at = composedParent(at);
  }
  let context = at ? (known.get(at) ?? null) : PAGE_TOP;
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const node = chain[i] as Node;
    if (context !== null) context = contextInside(node, context);
    known.set(node, context);
  }
  return context;
}

const PAGE_TOP: WalkContext = { boilerplate: false, content: false };

/** The context inside `node`, given the one it sits in (not null). */
function contextInside(node: Node, outside: WalkContext): WalkContext | null {
  if (node.nodeType === DOCUMENT_FRAGMENT_NODE) return PAGE_TOP;
  if (node.nodeType !== ELEMENT_NODE) return outside;
  const element = node as Element;
  if (isSkippedElement(element)) return null;
  const name = element.localName;
  return {
    boilerplate: outside.boilerplate || isBoilerplate(element, name, outside.content),
    content: outside.content || isContent(name),
  };
}
