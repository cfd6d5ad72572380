// What an element is to the text walk: skipped, inline, boilerplate or the article itself.
// Read from tag names and a few attributes only: no layout, no computed style. Names are
// `localName`s (lower case for HTML, read without making a new string as `tagName` needs; an
// SVG's mixed-case children are inside the skipped <svg>).

// Text inside these is never prose a reader sees as part of the article: scripts and styles,
// form fields (the reader's own text), code, embedded media.
const SKIPPED_ELEMENTS = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "textarea",
  "select",
  "input",
  "option",
  "button",
  "code",
  "pre",
  "kbd",
  "samp",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "head",
  "title",
]);

// Elements whose text flows with their neighbours' (CSS `display: inline` by default).
const INLINE_ELEMENTS = new Set([
  "a",
  "abbr",
  "acronym",
  "b",
  "bdi",
  "bdo",
  "big",
  "cite",
  "data",
  "del",
  "dfn",
  "em",
  "font",
  "i",
  "img",
  "ins",
  "label",
  "mark",
  "nobr",
  "output",
  "picture",
  "q",
  "ruby",
  "s",
  "small",
  "span",
  "strike",
  "strong",
  "sub",
  "sup",
  "time",
  "tt",
  "u",
  "var",
  "wbr",
]);

// Parts of a page around the article. A <header> counts only outside <article> and <main>,
// where it is the site's banner rather than the article's title block.
const BOILERPLATE_ELEMENTS = new Set(["nav", "footer", "aside", "menu"]);
const BOILERPLATE_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "menu"]);
const CONTENT_ELEMENTS = new Set(["article", "main"]);

/** The article itself: a <header> inside it is the article's, not the site's. */
export function isContent(name: string): boolean {
  return CONTENT_ELEMENTS.has(name);
}

// Inline `style` attributes that hide an element; read as text, no style computed.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether elements of this name are left out whatever their attributes (see SKIPPED_ELEMENTS). */
export function isSkippedName(name: string): boolean {
  return SKIPPED_ELEMENTS.has(name);
}

/**
 * Whether an element's subtree is left out: not visible prose (see SKIPPED_ELEMENTS), hidden
 * (`hidden`, `aria-hidden="true"`, an inline `display: none`) or editable by the reader.
 */
export function isSkippedElement(
  element: Element,
  name = element.localName,
  hasAttributes = element.hasAttributes(),
): boolean {
  if (isSkippedName(name)) return true;
  // Most elements of a large page carry no attribute at all: nothing more to read.
  if (!hasAttributes) return false;
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
export function isInline(name: string): boolean {
  return INLINE_ELEMENTS.has(name) || name.includes("-");
}

export function isBoilerplate(
  element: Element,
  name: string,
  inContent: boolean,
  hasAttributes = true,
): boolean {
  if (BOILERPLATE_ELEMENTS.has(name)) return true;
  if (name === "header" && !inContent) return true;
  if (!hasAttributes) return false;
  const role = element.getAttribute("role");
  return role !== null && BOILERPLATE_ROLES.has(role);
}
