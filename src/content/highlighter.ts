import highlightCss from "../styles/highlight.css?inline";

// Names are prefixed so they cannot collide with the page's own highlights.
const MENTION_HIGHLIGHT = "backstory-mention";
const ACTIVE_HIGHLIGHT = "backstory-active";

/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM and text stay untouched,
 * so selection, copy, find-in-page and the page's own scripts see exactly what they would
 * without us.
 */
export class Highlighter {
  private readonly sheet = new CSSStyleSheet();
  private readonly mentions = new Highlight();
  private readonly active = new Highlight();

  constructor(private readonly doc: Document) {
    this.sheet.replaceSync(highlightCss);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    CSS.highlights.set(MENTION_HIGHLIGHT, this.mentions);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  add(ranges: Iterable<AbstractRange>): void {
    for (const range of ranges) this.mentions.add(range);
  }

  setActive(range: AbstractRange | null): void {
    this.active.clear();
    if (range) this.active.add(range);
  }

  destroy(): void {
    CSS.highlights.delete(MENTION_HIGHLIGHT);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
