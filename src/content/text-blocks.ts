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
}

// Text inside these is never prose a reader sees as part of the article: scripts and styles,
// form fields (the reader's own text), code, embedded media.
const SKIPPED_ELEMENTS = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "NOSCRIPT",
  "TEXTAREA",
  "SELECT",
  "INPUT",
  "OPTION",
  "BUTTON",
  "CODE",
  "PRE",
  "KBD",
  "SAMP",
  "SVG",
  "MATH",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "HEAD",
  "TITLE",
]);

// Elements whose text flows with their neighbours' (CSS `display: inline` by default).
const INLINE_ELEMENTS = new Set([
  "A",
  "ABBR",
  "ACRONYM",
  "B",
  "BDI",
  "BDO",
  "BIG",
  "CITE",
  "DATA",
  "DEL",
  "DFN",
  "EM",
  "FONT",
  "I",
  "IMG",
  "INS",
  "LABEL",
  "MARK",
  "NOBR",
  "OUTPUT",
  "PICTURE",
  "Q",
  "RUBY",
  "S",
  "SMALL",
  "SPAN",
  "STRIKE",
  "STRONG",
  "SUB",
  "SUP",
  "TIME",
  "TT",
  "U",
  "VAR",
  "WBR",
]);

// Parts of a page around the article. A <header> counts only outside <article> and <main>,
// where it is the site's banner rather than the article's title block.
const BOILERPLATE_ELEMENTS = new Set(["NAV", "FOOTER", "ASIDE", "MENU"]);
const BOILERPLATE_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "menu"]);
const CONTENT_ELEMENTS = new Set(["ARTICLE", "MAIN"]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

// Inline `style` attributes that hide an element; read as text, no style computed.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Whether an element's subtree is left out: not visible prose (see SKIPPED_ELEMENTS), hidden
 * (`hidden`, `aria-hidden="true"`, an inline `display: none`) or editable by the reader.
 */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_ELEMENTS.has(element.tagName.toUpperCase())) return true;
  // Most elements of a large page carry no attribute at all: nothing more to read.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute("hidden")) return true;
  if (element.getAttribute("aria-hidden") === "true") return true;
  const editable = element.getAttribute("contenteditable");
  if (editable !== null && editable.toLowerCase() !== "false") return true;
  const style = element.getAttribute("style");
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Whether an element's text flows with its neighbours': the inline elements of HTML, and custom
 * elements (`<my-link>`), which are inline until a style says otherwise. Any other element
 * starts a block of its own; <br> ends the line it is in.
 */
function isInline(tagName: string): boolean {
  return INLINE_ELEMENTS.has(tagName) || tagName.includes("-");
}

function isBoilerplate(element: Element, tagName: string, inContent: boolean): boolean {
  if (BOILERPLATE_ELEMENTS.has(tagName)) return true;
  if (tagName === "HEADER" && !inContent) return true;
  const role = element.getAttribute("role");
  return role !== null && BOILERPLATE_ROLES.has(role);
}

/**
 * The visible text under `root`, one block per run of inline content, in document order.
 * One walk over the nodes, reading tag names and a few attributes: no layout, no computed
 * style. Blocks of whitespace only are left out. Open shadow roots met on the way are walked
 * too, and pushed to `shadowRoots` for whoever watches them.
 */
export function collectTextBlocks(root: Node, shadowRoots?: ShadowRoot[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let boilerplateDepth = 0;
  let contentDepth = 0;
  const endBlock = () => {
    if (current && current.text.trim().length > 0) blocks.push(current);
    current = null;
  };
  // What to undo when leaving each open element, innermost last.
  const open: Array<{ node: Node; block: boolean; boilerplate: boolean; content: boolean }> = [];

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const text = node as Text;
      if (text.data.length > 0) {
        current ??= { text: "", nodes: [], starts: [], boilerplate: boilerplateDepth > 0 };
        current.nodes.push(text);
        current.starts.push(current.text.length);
        current.text += text.data;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const tagName = element.tagName.toUpperCase();
      if (tagName === "BR") {
        endBlock();
      } else if (!isSkippedElement(element)) {
        const block = !isInline(tagName);
        if (block) endBlock();
        // A web component's open shadow tree is what the reader sees of it: its text comes as
        // blocks of its own. (Closed shadow roots are private to their page, by design.)
        const shadow = element.shadowRoot;
        if (shadow) {
          endBlock();
          shadowRoots?.push(shadow);
          for (const inner of collectTextBlocks(shadow, shadowRoots)) blocks.push(inner);
        }
        const boilerplate = isBoilerplate(element, tagName, contentDepth > 0);
        const content = CONTENT_ELEMENTS.has(tagName);
        if (boilerplate) boilerplateDepth += 1;
        if (content) contentDepth += 1;
        if (element.firstChild) {
          open.push({ node, block, boilerplate, content });
          descend = true;
        } else {
          if (boilerplate) boilerplateDepth -= 1;
          if (content) contentDepth -= 1;
          if (block) endBlock();
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling, closing the elements left on the way.
    while (node && !node.nextSibling) {
      const left = open.pop();
      if (!left) {
        node = null;
        break;
      }
      if (left.boilerplate) boilerplateDepth -= 1;
      if (left.content) contentDepth -= 1;
      if (left.block) endBlock();
      node = left.node;
    }
    node = node ? node.nextSibling : null;
  }
  endBlock();
  return blocks;
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
