import { ENTITY_TYPES, type EntityType } from "../core/dataset";
import { importShadowRules } from "../platform/import-bundle";
import { shadowRules } from "./shadow-rules";

// Names are prefixed so they cannot collide with the page's own highlights; the dark palette's
// names end in -dark, the tints' in -tint (src/styles/highlights.css holds the rules for all).
// Text the page already underlines (links, underlined headings) is registered under -plain
// names, which look like the tints: no text decoration, so no second underline beside the
// page's own (see drawn-underline.ts); never in the tinted look, whose names already draw no
// underline. Each highlight is registered only once it is first given a range: every
// registered highlight is one more style Chromium works out for the page, and an article names
// a few of the six types.
const PREFIX = "backstory-";

/** How highlights look: underlined (the default), or tinted, for very large pages. */
export interface HighlightLook {
  theme: "light" | "dark";
  /**
   * A background tint instead of an underline. While any highlight with a text decoration is
   * registered, Chromium redoes its pre-paint over the whole page on every frame (measured on
   * 200,000 elements: 33 ms a frame, 0.1 ms with a tint), so on the largest pages an underline
   * would turn every frame of the page into a long task.
   */
  tint: boolean;
}

function highlightName(kind: EntityType | "active", look: HighlightLook): string {
  return `${PREFIX}${kind}${look.tint ? "-tint" : ""}${look.theme === "dark" ? "-dark" : ""}`;
}

/** The name of a highlight on text the page underlines itself: the same in either look. */
function plainHighlightName(kind: EntityType | "active", look: HighlightLook): string {
  return `${PREFIX}${kind}-plain${look.theme === "dark" ? "-dark" : ""}`;
}

/**
 * Firefox gives a shadow tree's text only the highlight styles of the shadow tree's own rules:
 * there, shadow roots get a copy of ours (shadow-rules.ts). Chromium's build has them on the
 * document's root, from where they reach every text, shadow trees included (see
 * root-scoped-highlights.ts).
 */
const SHADOW_ROOTS_NEED_RULES = import.meta.env.MODE !== "chrome";

/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM and text stay untouched,
 * so selection, copy, find-in-page and the page's own scripts see exactly what they would
 * without us. The ::highlight() rules come with the content script (manifest `css`), so nothing
 * is added to the page's own stylesheets; only in Firefox do web components' shadow roots,
 * which those rules cannot reach there, get an adopted copy.
 */
export class Highlighter {
  readonly #byType = new Map<EntityType, Highlight>();
  readonly #active = new Highlight();
  readonly #plainByType = new Map<EntityType, Highlight>();
  readonly #activePlain = new Highlight();
  /** The highlights given a range so far: those registered (see above). */
  readonly #used = new Set<Highlight>();
  #shadowSheet: Promise<CSSStyleSheet> | null = null;
  readonly #shadowRoots = new Set<ShadowRoot>();

  #look: HighlightLook;

  constructor(look: HighlightLook) {
    this.#look = look;
    for (const type of ENTITY_TYPES) {
      this.#byType.set(type, new Highlight());
      this.#plainByType.set(type, new Highlight());
    }
    // Drawn above the type tints.
    this.#active.priority = 1;
    this.#activePlain.priority = 1;
  }

  get tinted(): boolean {
    return this.#look.tint;
  }

  /**
   * Tints from now on (a page that grew very large after load): the same highlights, with
   * every range in them, are registered again under the tint names.
   */
  useTint(): void {
    if (this.#look.tint) return;
    this.#unregisterAll();
    this.#look = { ...this.#look, tint: true };
    // The plain ranges join their type's tint: the same look, one name fewer each.
    for (const [type, plain] of this.#plainByType) {
      const tinted = this.#byType.get(type);
      for (const range of plain) tinted?.add(range);
      if (tinted && plain.size > 0) this.#used.add(tinted);
      plain.clear();
      this.#used.delete(plain);
    }
    for (const range of this.#activePlain) this.#active.add(range);
    if (this.#activePlain.size > 0) this.#used.add(this.#active);
    this.#activePlain.clear();
    this.#used.delete(this.#activePlain);
    this.#registerAll();
  }

  /**
   * Where a document's highlight rules do not reach into shadow trees (Firefox), adopts ours,
   * once their text is loaded (until then, a frame or two, the shadow tree's mentions are
   * highlighted but not drawn).
   */
  adoptInto(root: ShadowRoot): void {
    if (!SHADOW_ROOTS_NEED_RULES || this.#shadowRoots.has(root)) return;
    this.#shadowRoots.add(root);
    this.#shadowSheet ??= shadowRules(importShadowRules).then((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
    const loading = this.#shadowSheet;
    loading.then(
      (sheet) => {
        // Not into a root let go meanwhile (the highlights were turned off).
        if (this.#shadowRoots.has(root)) {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        }
      },
      (error: unknown) => {
        // Tried again for this root after the next read (see coverShadowRoots), logged once.
        this.#shadowRoots.delete(root);
        if (this.#shadowSheet !== loading) return;
        this.#shadowSheet = null;
        console.warn("[Backstory] no highlight styles in shadow trees for now:", error);
      },
    );
  }

  /** `plain`: the page underlines this text itself (see drawn-underline.ts). */
  add(type: EntityType, range: AbstractRange, plain = false): void {
    const highlight = (plain && !this.#look.tint ? this.#plainByType : this.#byType).get(type);
    if (!highlight) return;
    highlight.add(range);
    this.#use(highlight);
  }

  remove(type: EntityType, range: AbstractRange): void {
    this.#byType.get(type)?.delete(range);
    this.#plainByType.get(type)?.delete(range);
  }

  setActive(range: AbstractRange | null): void {
    this.#active.clear();
    this.#activePlain.clear();
    if (!range) return;
    const plain = [...this.#plainByType.values()].some((highlight) => highlight.has(range));
    const active = plain ? this.#activePlain : this.#active;
    active.add(range);
    this.#use(active);
  }

  destroy(): void {
    this.#unregisterAll();
    if (!SHADOW_ROOTS_NEED_RULES) return;
    const roots = [...this.#shadowRoots];
    this.#shadowRoots.clear();
    void this.#shadowSheet?.then(
      (sheet) => {
        for (const root of roots) {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
        }
      },
      () => undefined,
    );
  }

  /** Every highlight with its name for the current look: the types', the active one, the plain ones. */
  private *named(): Generator<[string, Highlight]> {
    for (const [type, highlight] of this.#byType)
      yield [highlightName(type, this.#look), highlight];
    yield [highlightName("active", this.#look), this.#active];
    for (const [type, highlight] of this.#plainByType) {
      yield [plainHighlightName(type, this.#look), highlight];
    }
    yield [plainHighlightName("active", this.#look), this.#activePlain];
  }

  /** Registers a highlight on its first range (see above). */
  #use(highlight: Highlight): void {
    if (this.#used.has(highlight)) return;
    this.#used.add(highlight);
    for (const [name, candidate] of this.named()) {
      if (candidate === highlight) CSS.highlights.set(name, highlight);
    }
  }

  #registerAll(): void {
    for (const [name, highlight] of this.named()) {
      if (this.#used.has(highlight)) CSS.highlights.set(name, highlight);
    }
  }

  #unregisterAll(): void {
    for (const [name, highlight] of this.named()) {
      if (this.#used.has(highlight)) CSS.highlights.delete(name);
    }
  }
}
