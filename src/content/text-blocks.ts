/**
 * The page's visible text, assembled per block of inline content, so a name split by inline
 * markup (`<b>Sequoia</b> Capital`) reads as one string, with a map back to the text nodes.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` where nodes[i] begins. */
  starts: number[];
}

// Text inside these is never prose a reader sees as part of the article.
const SKIPPED_ELEMENTS = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "NOSCRIPT",
  "TEXTAREA",
  "SELECT",
  "INPUT",
  "OPTION",
  "CODE",
  "PRE",
  "KBD",
  "SAMP",
  "SVG",
  "MATH",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "VIDEO",
  "AUDIO",
]);

// Tag names that do not start a new block: their text flows with their neighbours'.
const INLINE_ELEMENTS = new Set([
  "A",
  "ABBR",
  "B",
  "BDI",
  "BDO",
  "CITE",
  "DATA",
  "DFN",
  "EM",
  "FONT",
  "I",
  "INS",
  "DEL",
  "LABEL",
  "MARK",
  "Q",
  "S",
  "SMALL",
  "SPAN",
  "STRONG",
  "SUB",
  "SUP",
  "TIME",
  "U",
  "VAR",
  "WBR",
]);

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_ELEMENTS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute("hidden")) return true;
  if (element.getAttribute("aria-hidden") === "true") return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return false;
}

export function collectTextBlocks(root: Node): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let currentContainer: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const container = blockContainerOf(text);
    if (!current || container !== currentContainer) {
      current = { text: "", nodes: [], starts: [] };
      currentContainer = container;
      blocks.push(current);
    }
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += data;
  }
  return blocks.filter((block) => block.text.trim().length > 0);
}

function blockContainerOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && INLINE_ELEMENTS.has(element.tagName.toUpperCase())) {
    element = element.parentElement;
  }
  return element;
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

export function rangeForSpan(block: TextBlock, start: number, end: number): Range {
  const from = locateOffset(block, start, false);
  const to = locateOffset(block, end, true);
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
