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

/** Past this many regions a batch is read as one change of the whole page. */
const MAX_REGIONS = 500;

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
  for (const root of roots) {
    if (!insideAny(root, roots)) regions.push({ root, context: walkContextOf(root) });
  }
  return regions;
}

/** Whether `node` lies under one of `roots` (crossing shadow boundaries up to their hosts). */
export function insideAny(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let at = composedParent(node); at; at = composedParent(at)) {
    if (roots.has(at)) return true;
  }
  return false;
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
 */
function walkContextOf(root: Element | ShadowRoot): WalkContext | null {
  // Ancestors in root's own tree, innermost first: boilerplate does not cross a shadow boundary
  // (a shadow tree is walked as a page of its own), but hiding does.
  const ownTree: Element[] = [];
  let inOwnTree = true;
  for (let at: Node | null = root; at; at = composedParent(at)) {
    if (at.nodeType === DOCUMENT_FRAGMENT_NODE) inOwnTree = false;
    if (at.nodeType !== ELEMENT_NODE) continue;
    const element = at as Element;
    if (isSkippedElement(element)) return null;
    if (inOwnTree) ownTree.push(element);
  }
  const context: WalkContext = { boilerplate: false, content: false };
  for (let i = ownTree.length - 1; i >= 0; i -= 1) {
    const element = ownTree[i] as Element;
    const name = element.localName;
    if (isBoilerplate(element, name, context.content)) context.boilerplate = true;
    if (isContent(name)) context.content = true;
  }
  return context;
}

/**
 * Reading order across shadow boundaries: a node inside a web component's shadow tree sits where
 * its host is (before the host's own children, as the walk reads them). Negative when `a` comes
 * first.
 */
export function compareReadingOrder(a: Node, b: Node): number {
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  // From the document down, skip the hosts both sit in; then both nodes are in one tree.
  while (i > 0 && j > 0 && chainA[i] === chainB[j]) {
    i -= 1;
    j -= 1;
  }
  const x = chainA[i] as Node;
  const y = chainB[j] as Node;
  if (x === y) return i - j;
  const position = x.compareDocumentPosition(y);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** `node`, then the host of each shadow tree it is in, outward: the last is in the document. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === DOCUMENT_FRAGMENT_NODE; ) {
    const host = (root as ShadowRoot).host;
    if (!host) break;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}
