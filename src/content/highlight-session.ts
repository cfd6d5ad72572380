import type { Lang } from "../core/dataset";
import { selectMentions } from "../core/mention-policy";
import type { PageEntity } from "../core/messages";
import type { PageDate } from "../core/page-date";
import type { PageSettings } from "../core/page-settings";
import { importCardUi } from "../platform/import-bundle";
import { cardUi, LazyCards } from "./card-loader";
import type { CardUi, RevealTarget } from "./card-ui-global";
import { DrawnUnderlines } from "./drawn-underline";
import { Highlighter } from "./highlighter";
import { MentionHitTester } from "./hit-test";
import { type PageMention, summariseMentions } from "./page-mention";
import type { PageSize } from "./page-text";
import { pageIsDark } from "./page-theme";
import { SLICE_BUDGET_MS, whenIdle } from "./slices";
import { viewportFirst } from "./viewport-order";

/**
 * Past this many nodes, with a block of text this long or elements nested this deep, a page gets
 * tints rather than underlines (see HighlightLook). Measured in Chromium: while a decorated
 * highlight is registered, every frame that changes anything pre-paints the whole page, about
 * 0.2 ms per 1,000 nodes (feed, 59,600 nodes: 6.0 → 18.6 ms a frame; 134 ms in a 10 MB text
 * node); 25,000 nodes keeps that near 5 ms, so a frame that opens a card stays within one frame.
 * The first frame with highlights 5,000 levels deep takes 45–49 ms underlined, 37–39 ms tinted.
 */
const LARGE_PAGE = { nodes: 25_000, longestText: 200_000, depth: 1_000 };

function isLarge(size: PageSize): boolean {
  return (
    size.nodes > LARGE_PAGE.nodes ||
    size.longestText > LARGE_PAGE.longestText ||
    size.depth > LARGE_PAGE.depth
  );
}

/** About how many highlights one slice adds (each a Range, and a hit-test entry). */
const ONE_SLICE_OF_HIGHLIGHTS = 200;

interface SessionUi {
  highlighter: Highlighter;
  hitTester: MentionHitTester;
  cards: LazyCards;
  underlines: DrawnUnderlines;
}

/**
 * Everything Backstory shows on a page while highlights are on: the highlights, the card and its
 * listeners, for one set of settings. `update()` follows a page whose text changed without
 * closing an open card; `destroy()` removes all of it.
 *
 * Highlights are added near the viewport first, one slice at once and the rest in idle time, so
 * a page with thousands of mentions never waits on them; a mention still on the page after a
 * rescan keeps its highlight untouched.
 */
export class HighlightSession {
  entities: PageEntity[] = [];
  #highlighted: PageMention[] = [];
  /** Highlighted now; `waiting[waitingAt…]` are to be highlighted next. */
  readonly #shown = new Set<PageMention>();
  #waiting: PageMention[] = [];
  #waitingAt = 0;
  #idle: AbortController | null = null;
  readonly #controller = new AbortController();
  #ui: SessionUi | null = null;
  #foundDate: { value: PageDate | null } | null = null;

  readonly #doc: Document;
  readonly #settings: PageSettings;
  readonly #lang: Lang;
  #pageSize: PageSize;

  constructor(
    doc: Document,
    mentions: readonly PageMention[],
    settings: PageSettings,
    lang: Lang,
    pageSize: PageSize = { nodes: 0, longestText: 0, depth: 0 },
  ) {
    this.#doc = doc;
    this.#settings = settings;
    this.#lang = lang;
    this.#pageSize = pageSize;
    this.update(mentions, pageSize);
  }

  /** Shows the mentions of a fresh read (of a page of `pageSize`) in place of the last ones. */
  update(mentions: readonly PageMention[], pageSize = this.#pageSize): void {
    this.#pageSize = pageSize;
    const { counted, highlighted } = selectMentions(mentions, this.#settings);
    this.entities = summariseMentions(counted);
    this.#highlighted = highlighted;
    // A page with nothing to show gets no element, style or listener of ours.
    if (highlighted.length === 0 && !this.#ui) return;
    const ui = this.#ui ?? this.#createUi();
    // A page that grew very large after load (a feed read on and on) changes look once.
    if (!ui.highlighter.tinted && isLarge(pageSize)) ui.highlighter.useTint();
    const keep = new Set(highlighted);
    for (const mention of this.#shown) {
      if (!keep.has(mention)) this.#unshow(mention, ui);
    }
    const waiting = highlighted.filter((mention) => !this.#shown.has(mention));
    // Ordering reads rectangles, which lays out a page that just changed: only worth it when
    // the highlights will not all fit in this slice.
    this.#waiting = waiting.length > ONE_SLICE_OF_HIGHLIGHTS ? viewportFirst(waiting) : waiting;
    this.#waitingAt = 0;
    ui.cards.pageChanged(this.entities.map((entity) => entity.id));
    this.#showWaiting(SLICE_BUDGET_MS);
    this.#showRestWhenIdle();
  }

  /**
   * When the page was published: read on first use (a card, the popup), with the card UI, so a
   * page that names no one pays nothing for it.
   */
  async pageDate(): Promise<PageDate | null> {
    return this.#pageDateWith(await cardUi(importCardUi));
  }

  #pageDateWith(ui: CardUi): PageDate | null {
    this.#foundDate ??= { value: ui.findPageDate(this.#doc, this.#lang) };
    return this.#foundDate.value;
  }

  /**
   * Scrolls to a highlighted mention and opens its card with focus: an entity's first (from the
   * popup), or the next or previous one in reading order (the keyboard commands; see
   * CardController.reveal, which comes with the card UI).
   */
  reveal(target: RevealTarget): void {
    const ui = this.#ui ?? this.#createUi();
    ui.cards.reveal(this.#highlighted, target, (mention) => this.#show(mention, ui));
  }

  /**
   * A text node's text was edited in place: its mentions' highlights go at once, before the page
   * paints again. Their spans are static and would cover other characters now; the read of the
   * change brings back what still holds.
   */
  textEdited(node: Node): void {
    const ui = this.#ui;
    const mentions = ui?.hitTester.mentionsIn(node);
    if (!ui || !mentions?.length) return;
    const edited = new Set(mentions);
    for (const mention of edited) this.#unshow(mention, ui);
    // Nor are they shown again (by the next-mention command, say) before the read.
    this.#highlighted = this.#highlighted.filter((mention) => !edited.has(mention));
  }

  /** Highlights inside web components' shadow trees need our styles there too. */
  coverShadowRoots(roots: Iterable<ShadowRoot>): void {
    for (const root of roots) this.#ui?.highlighter.adoptInto(root);
  }

  destroy(): void {
    this.#controller.abort();
    this.#idle?.abort();
    this.#ui?.highlighter.destroy();
    this.#ui = null;
  }

  #createUi(): SessionUi {
    const theme = pageIsDark(this.#doc) ? "dark" : "light";
    const highlighter = new Highlighter({ theme, tint: isLarge(this.#pageSize) });
    const hitTester = new MentionHitTester();
    // The card UI is loaded on the first card the page needs (see card-loader.ts).
    const cards = new LazyCards(
      {
        doc: this.#doc,
        theme,
        hitTester,
        highlighter,
        lang: this.#lang,
        openOn: this.#settings.openOn,
        hoverDelayMs: this.#settings.hoverDelayMs,
        pageEntityIds: [],
        pageDate: (ui) => this.#pageDateWith(ui),
        presentFirst: this.#settings.presentFirst,
        signal: this.#controller.signal,
      },
      importCardUi,
    );
    this.#ui = { highlighter, hitTester, cards, underlines: new DrawnUnderlines() };
    return this.#ui;
  }

  #show(mention: PageMention, ui: SessionUi): void {
    if (this.#shown.has(mention)) return;
    this.#shown.add(mention);
    // Tints have no underline to double: the page's styles are read only for underlines.
    const plain = !ui.highlighter.tinted && ui.underlines.underRange(mention.range);
    ui.highlighter.add(mention.entity.type, mention.range, plain);
    ui.hitTester.add(mention);
  }

  #unshow(mention: PageMention, ui: SessionUi): void {
    this.#shown.delete(mention);
    ui.highlighter.remove(mention.entity.type, mention.range);
    ui.hitTester.remove(mention);
  }

  /** Highlights waiting mentions for up to `budgetMs`; returns whether any are left. */
  #showWaiting(budgetMs: number): boolean {
    const ui = this.#ui;
    if (!ui) return false;
    const until = performance.now() + budgetMs;
    while (this.#waitingAt < this.#waiting.length) {
      this.#show(this.#waiting[this.#waitingAt] as PageMention, ui);
      this.#waitingAt += 1;
      if (this.#waitingAt % 32 === 0 && performance.now() >= until) break;
    }
    return this.#waitingAt < this.#waiting.length;
  }

  #showRestWhenIdle(): void {
    if (this.#idle || this.#waitingAt >= this.#waiting.length) return;
    const idle = new AbortController();
    this.#idle = idle;
    const next = (timeRemaining: number) => {
      if (this.#showWaiting(Math.min(timeRemaining, SLICE_BUDGET_MS))) whenIdle(next, idle.signal);
      else if (this.#idle === idle) this.#idle = null;
    };
    whenIdle(next, idle.signal);
  }
}
