import { ENTITY_TYPES, type EntityType } from "../core/dataset";

// Names are prefixed so they cannot collide with the page's own highlights.
const PREFIX = "backstory-";
const ACTIVE_HIGHLIGHT = `${PREFIX}active`;

/** Underline tints per entity type, chosen for contrast on light and on dark pages. */
const TINTS: Record<EntityType, { light: string; dark: string }> = {
  company: { light: "37 99 235", dark: "125 170 255" },
  investor: { light: "15 100 50", dark: "104 211 145" },
  person: { light: "124 58 237", dark: "192 160 255" },
  product: { light: "194 65 12", dark: "255 160 110" },
  hardware: { light: "15 118 110", dark: "94 214 200" },
  institution: { light: "71 85 105", dark: "180 192 210" },
};

export function highlightName(type: EntityType): string {
  return `${PREFIX}${type}`;
}

function highlightCss(theme: "light" | "dark"): string {
  const rules = ENTITY_TYPES.map(
    (type) => `::highlight(${highlightName(type)}) {
  text-decoration: underline 2px rgb(${TINTS[type][theme]} / 0.7);
  text-underline-offset: 3px;
}`,
  );
  const active = theme === "dark" ? "255 255 255 / 0.16" : "37 99 235 / 0.14";
  rules.push(`::highlight(${ACTIVE_HIGHLIGHT}) {
  background-color: rgb(${active});
  text-decoration: underline 3px currentColor;
  text-underline-offset: 3px;
}`);
  return rules.join("\n");
}

/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM and text stay untouched,
 * so selection, copy, find-in-page and the page's own scripts see exactly what they would
 * without us. The ::highlight() rules go in a stylesheet adopted into the document.
 */
export class Highlighter {
  private readonly sheet = new CSSStyleSheet();
  private readonly byType = new Map<EntityType, Highlight>();
  private readonly active = new Highlight();
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly doc: Document,
    theme: "light" | "dark",
  ) {
    this.sheet.replaceSync(highlightCss(theme));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    for (const type of ENTITY_TYPES) {
      const highlight = new Highlight();
      this.byType.set(type, highlight);
      CSS.highlights.set(highlightName(type), highlight);
    }
    // Drawn above the type tints.
    this.active.priority = 1;
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  /** A document's stylesheets do not reach into shadow trees: adopt ours there as well. */
  adoptInto(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  add(type: EntityType, range: AbstractRange): void {
    this.byType.get(type)?.add(range);
  }

  /** Removes every mention's highlight (the stylesheet and registrations stay). */
  clear(): void {
    for (const highlight of this.byType.values()) highlight.clear();
    this.active.clear();
  }

  setActive(range: AbstractRange | null): void {
    this.active.clear();
    if (range) this.active.add(range);
  }

  destroy(): void {
    for (const type of ENTITY_TYPES) CSS.highlights.delete(highlightName(type));
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter(
      (sheet) => sheet !== this.sheet,
    );
  }
}
