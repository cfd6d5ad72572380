// Walking up the tree the reader sees: a shadow root's parent is its host. Node type numbers,
// not the Node global, so this runs under any window (and in tests without one).

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/** The parent in the tree the reader sees: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  if (node.nodeType === DOCUMENT_FRAGMENT_NODE) return (node as ShadowRoot).host ?? null;
  return node.parentNode;
}

/** The element a node is rendered in: its parent element, or its shadow tree's host. */
export function composedParentElement(node: Node): Element | null {
  let parent: Node | null = node.parentNode;
  if (parent?.nodeType === DOCUMENT_FRAGMENT_NODE) parent = composedParent(parent);
  return parent?.nodeType === ELEMENT_NODE ? (parent as Element) : null;
}
