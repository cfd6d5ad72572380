// What an element is to the text walk: skipped, inline, boilerplate or the article itself.
// Read from tag names and a few attributes only: no layout, no computed style.

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

/** The article itself: a <header> inside it is the article's, not the site's. */
export function isContent(tagName: string): boolean {
  return CONTENT_ELEMENTS.has(tagName);
}

// Inline `style` attributes that hide an element; read as text, no style computed.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Whether an element's subtree is left out: not visible prose (see SKIPPED_ELEMENTS), hidden
 * (`hidden`, `aria-hidden="true"`, an inline `display: none`) or editable by the reader.
 */
export function isSkippedElement(
  element: Element,
  tagName = element.tagName.toUpperCase(),
): boolean {
  if (SKIPPED_ELEMENTS.has(tagName)) return true;
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
export function isInline(tagName: string): boolean {
  return INLINE_ELEMENTS.has(tagName) || tagName.includes("-");
}

export function isBoilerplate(element: Element, tagName: string, inContent: boolean): boolean {
  if (BOILERPLATE_ELEMENTS.has(tagName)) return true;
  if (tagName === "HEADER" && !inContent) return true;
  const role = element.getAttribute("role");
  return role !== null && BOILERPLATE_ROLES.has(role);
}
