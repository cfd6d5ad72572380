import type { Lang } from "../core/dataset";
import { type EntityCard, parseEntityCard } from "../core/messages";
import type { OwnEntity } from "../core/own-entities";
import { ownEntityCard } from "../core/own-entity-card";
import { isDatedPage, type PageDate, todayIso } from "../core/page-date";
import type { OpenOn } from "../core/settings";
import { requestEntitiesNamed, requestEntityCard } from "../platform/messaging";
import type { CardProps } from "../ui/Card";
import { CARD_TEXT } from "../ui/card-text";
import type { ActedOn, ToastOptions } from "./card-actions";
import type { CardHost } from "./card-host";
import type { RevealTarget } from "./card-ui-global";
import type { Highlighter } from "./highlighter";
import type { MentionHitTester } from "./hit-test";
import type { PageMention } from "./page-mention";
import type { PrefetchedCards } from "./prefetched-cards";
import { spanRect } from "./span-geometry";

// WCAG 1.4.13: the card stays while the pointer travels from the mention onto it.
const CLOSE_DELAY_MS = 300;
/** A card whose facts take longer than this shows itself as loading meanwhile. */
const LOADING_DELAY_MS = 150;

/** What the card controller needs of a card host: CardHost's public face. */
export type CardSurface = Pick<CardHost, keyof CardHost>;

export interface CardControllerOptions {
  doc: Document;
  /** Knows the highlighted mentions, as they come and go. */
  hitTester: MentionHitTester;
  cardHost: CardSurface;
  highlighter: Highlighter;
  lang: Lang;
  openOn: OpenOn;
  hoverDelayMs: number;
  /** Entities on the page: the card lists its relations to them first. */
  pageEntityIds: string[];
  /** When the page was published, if it says: its cards show the entity as it was then. */
  pageDate(): PageDate | null;
  /** The cards of the page's names as of today, fetched ahead in idle time after the read. */
  prefetched: Pick<PrefetchedCards, "cardOf">;
  /** The user chose today's facts first on this site ("Facts as of: today"). */
  presentFirst: boolean;
  site: string;
  /** The user's own entities: their cards are made here, from what the user wrote. */
  ownEntities(): Promise<readonly OwnEntity[]>;
  onHide(entity: ActedOn, scope: "site" | "everywhere", toast: ToastOptions): void;
  /** `actually`: what the text really names (another entity's id, or "other"). */
  onWrongEntity(entity: ActedOn, text: string, actually: string, toast: ToastOptions): void;
  signal: AbortSignal;
}

/**
 * Opens a mention's card after the pointer dwells on it (or on click), keeps it open while the
 * pointer is on the mention or the card, closes it shortly after it leaves, at once on Escape.
 * One listener on the document: nothing is attached to the mentions themselves.
 *
 * The keyboard works like Wikipedia's Page Previews: focusing a link (or any element) whose text
 * is a highlighted mention, from the keyboard, opens its card after the same delay; focus
 * leaving it closes the card shortly after, unless it went into the card; Escape or × returns
 * focus to where it was.
 */
export class CardController {
  private hovered: PageMention | null = null;
  private open: PageMention | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private pendingFrame = 0;
  private pointer = { x: 0, y: 0, target: null as EventTarget | null };
  /** Where keyboard focus was before it moved into the card: Escape brings it back. */
  private focusBefore: Element | null = null;
  /** The focused element whose mention's card is open or about to open. */
  private focusedMention: { element: Element; mention: PageMention } | null = null;
  /** Set while `close()` gives focus back (see onFocusIn). */
  private returningFocus = false;
  /** The mention the next/previous commands went to last; -1 before the first. */
  private commandAt = -1;
  /** The facts of the entity under the pointer, asked for as the hover delay starts. */
  private early: { entityId: string; card: Promise<EntityCard | null> } | null = null;
  /** The card laid out unseen during the hover delay: for which mention, with which facts. */
  private prepared: { mention: PageMention; card: EntityCard | null } | null = null;

  constructor(private readonly options: CardControllerOptions) {
    const { doc, signal, openOn } = options;
    const listen = { passive: true, signal } as const;
    doc.addEventListener("pointermove", (event) => this.onPointerMove(event), listen);
    if (openOn === "click") doc.addEventListener("click", (event) => this.onClick(event), listen);
    doc.addEventListener("keydown", (event) => this.onKeyDown(event), { signal });
    doc.addEventListener("focusin", (event) => this.onFocusIn(event), listen);
    doc.addEventListener("focusout", (event) => this.onFocusOut(event), listen);
    doc.addEventListener("scroll", () => this.onScroll(), { passive: true, capture: true, signal });
    signal.addEventListener("abort", () => {
      clearTimeout(this.openTimer);
      clearTimeout(this.closeTimer);
      cancelAnimationFrame(this.pendingFrame);
      this.close();
      options.cardHost.destroy();
    });
  }

  /**
   * Replays what made the page load the cards (see LazyCards): the pointer came onto a mention
   * at `since`; the hover delay counts from then, not from now.
   */
  pointerMoved(x: number, y: number, target: EventTarget | null, since: number): void {
    this.pointer = { x, y, target };
    this.onPointerFrame(since);
  }

  /** Replays keyboard focus on a mention's element (see LazyCards). */
  focusMoved(event: FocusEvent): void {
    this.onFocusIn(event);
  }

  /** Replays a click on a mention, for cards that open on click (see LazyCards). */
  clicked(event: MouseEvent): void {
    this.onClick(event);
  }

  /**
   * Moves to a highlighted mention (`mentions`, in reading order) from the popup or a keyboard
   * command: has `show` highlight it, scrolls to it and opens its card with focus. A command on
   * a page with no names says so to screen readers ("No names on this page"): the keys gave the
   * reader nothing else to notice.
   */
  reveal(
    mentions: readonly PageMention[],
    target: RevealTarget,
    show: (mention: PageMention) => void,
  ): void {
    let mention: PageMention | undefined;
    if (typeof target === "string") {
      mention = mentions.find((candidate) => candidate.entity.id === target);
    } else if (mentions.length === 0) {
      this.options.cardHost.announce(CARD_TEXT[this.options.lang].noNames);
    } else {
      // From the first mention, "previous" wraps to the last.
      const count = mentions.length;
      const from = this.commandAt < 0 && target < 0 ? count : this.commandAt;
      this.commandAt = (((from + target) % count) + count) % count;
      mention = mentions[this.commandAt];
    }
    if (!mention) return;
    show(mention);
    mention.range.startContainer.parentElement?.scrollIntoView({
      block: "center",
      behavior: "instant",
    });
    void this.showAndFocus(mention);
  }

  /** Opens the card of `mention` now (from the popup or the keyboard). */
  async show(mention: PageMention): Promise<void> {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
    const { signal } = this.options;
    this.open = mention;
    const early = this.early?.entityId === mention.entity.id ? this.early.card : null;
    this.early = null;
    const request = early ?? this.factsOf(mention);
    // The facts usually arrive within a frame or two: the card is drawn once, with them. Every
    // frame that changes something costs a very large page a whole repaint.
    const loading = window.setTimeout(() => {
      if (this.open !== mention || signal.aborted) return;
      this.render(mention, null, true);
      this.activateAfterThisFrame(mention);
    }, LOADING_DELAY_MS);
    const card = await request;
    clearTimeout(loading);
    if (this.open === mention && !signal.aborted) {
      // The card prepared for this mention with these facts is shown as it is: rendering it again
      // would find nothing to change (about a millisecond at the delay's end on the 1 MB page).
      const prepared = this.prepared;
      this.prepared = null;
      const shown =
        prepared?.mention === mention &&
        prepared.card === card &&
        this.options.cardHost.reveal(spanRect(mention.range));
      if (!shown) this.render(mention, card, false);
      this.activateAfterThisFrame(mention);
      performance.mark("backstory:card-rendered");
    }
  }

  /**
   * The mention's stronger style comes in the frame after the card's: on a very large page any
   * frame that changes something repaints a lot (measured on 200,000 elements: 25–31 ms for the
   * card alone, as much for the style alone, over 50 ms for both in one frame).
   */
  private activateAfterThisFrame(mention: PageMention): void {
    const { highlighter, signal } = this.options;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.open === mention && !signal.aborted) highlighter.setActive(mention.range);
      }, 0),
    );
  }

  private render(mention: PageMention, card: EntityCard | null, loading: boolean): void {
    this.options.cardHost.show(spanRect(mention.range), this.cardProps(mention, card, loading));
  }

  private cardProps(mention: PageMention, card: EntityCard | null, loading: boolean): CardProps {
    const { lang, site, onHide, onWrongEntity, presentFirst } = this.options;
    return {
      card,
      loading,
      fallbackName: mention.entity.name,
      lang,
      site,
      presentFirst,
      onClose: () => this.close(),
      mentionText: mention.text,
      // What else the text can name: the dataset's other entities of that alias.
      alternatives: async () =>
        Object.entries(await requestEntitiesNamed(mention.text))
          .filter(([id]) => id !== mention.entity.id)
          .map(([id, name]) => ({ id, name })),
      // The undo toast takes focus when the card had it, so a keyboard reader can undo.
      onHide: (scope) => onHide(mention.entity, scope, this.toastOptions()),
      onWrongEntity: (actually) =>
        onWrongEntity(mention.entity, mention.text, actually, this.toastOptions()),
    };
  }

  private toastOptions(): ToastOptions {
    return { lang: this.options.lang, focus: this.options.cardHost.hasFocus() };
  }

  /** The page's mentions changed: an open card stays while its text does. */
  pageChanged(pageEntityIds: string[]): void {
    this.options.pageEntityIds = pageEntityIds;
    // Asked for with the page's entities as they were: the card lists its relations by them.
    this.early = null;
    this.prepared = null;
    if (this.open && !this.open.range.startContainer.isConnected) this.close();
    else if (this.open) this.options.highlighter.setActive(this.open.range);
  }

  /** Opens a card from the keyboard and puts focus in it, remembering where focus was. */
  async showAndFocus(mention: PageMention): Promise<void> {
    this.focusBefore = this.options.doc.activeElement;
    await this.show(mention);
    if (this.open === mention) this.options.cardHost.focus();
  }

  close(): void {
    const restoreFocus = this.options.cardHost.hasFocus();
    this.open = null;
    this.prepared = null;
    this.options.highlighter.setActive(null);
    this.options.cardHost.hide();
    const returnTo = this.focusBefore;
    this.focusBefore = null;
    if (restoreFocus && returnTo instanceof HTMLElement) {
      // Focus coming back to a mention's link must not open the card just closed.
      this.returningFocus = true;
      returnTo.focus();
      this.returningFocus = false;
    }
  }

  private onPointerMove(event: PointerEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY, target: event.target };
    // Hit-test at most once a frame, however fast the pointer moves.
    if (!this.pendingFrame) this.pendingFrame = requestAnimationFrame(() => this.onPointerFrame());
  }

  private onPointerFrame(since = performance.now()): void {
    this.pendingFrame = 0;
    const { doc, hitTester, cardHost, openOn, hoverDelayMs } = this.options;
    const overCard = cardHost.contains(this.pointer.target);
    const mention = overCard ? this.open : hitTester.mentionAt(doc, this.pointer.x, this.pointer.y);
    if (mention !== this.hovered) {
      this.hovered = mention;
      clearTimeout(this.openTimer);
      if (!this.open) cardHost.dismissPrepared();
      if (mention && mention !== this.open && openOn === "hover") {
        this.askEarly(mention);
        const delay = Math.max(0, hoverDelayMs - (performance.now() - since));
        this.openTimer = window.setTimeout(() => void this.show(mention), delay);
      }
    }
    // A card the keyboard opened stays while focus is on its mention, wherever the pointer is.
    const heldByFocus = this.open !== null && this.focusedMention?.mention === this.open;
    if (this.open && !mention && !heldByFocus) {
      if (!this.closeTimer) {
        this.closeTimer = window.setTimeout(() => {
          this.closeTimer = 0;
          this.close();
        }, CLOSE_DELAY_MS);
      }
    } else {
      clearTimeout(this.closeTimer);
      this.closeTimer = 0;
    }
  }

  /**
   * A mention's card facts: made here for the user's own entities, else the card fetched ahead
   * (today's, right unless the page is old enough for "then and now"), else from the background.
   */
  private factsOf(mention: PageMention): Promise<EntityCard | null> {
    const { lang, pageEntityIds, ownEntities, pageDate, prefetched } = this.options;
    const { id } = mention.entity;
    const date = pageDate()?.date;
    const ahead = date && isDatedPage(date, todayIso()) ? undefined : prefetched.cardOf(id);
    return ownEntities()
      .then(async (entities) => {
        const own = entities.find((entity) => entity.id === id);
        if (own) return ownEntityCard(own, lang);
        const card = ahead && parseEntityCard(await ahead);
        return card ?? requestEntityCard(id, lang, pageEntityIds, date);
      })
      .catch(() => null);
  }

  /**
   * Asks for a mention's facts as the hover delay starts, so they are there when it ends and the
   * card is drawn at once (a service worker that slept first loads the facts). One message per
   * mention the pointer comes onto, at most one a frame: cheap even for one it only crosses.
   */
  private askEarly(mention: PageMention): void {
    const entityId = mention.entity.id;
    if (this.early?.entityId === entityId) return;
    const card = this.factsOf(mention);
    this.early = { entityId, card };
    // With its facts in, the card is laid out unseen while the delay runs, if no card is open.
    void card.then((facts) => {
      if (this.hovered === mention && this.open === null && !this.options.signal.aborted) {
        const anchor = spanRect(mention.range);
        this.options.cardHost.prepare(anchor, this.cardProps(mention, facts, false));
        this.prepared = { mention, card: facts };
      }
    });
  }

  private onClick(event: MouseEvent): void {
    const mention = this.options.hitTester.mentionAt(
      this.options.doc,
      event.clientX,
      event.clientY,
    );
    if (mention) void this.show(mention);
  }

  /**
   * Keyboard focus on an element whose text is a mention opens its card after the hover delay.
   * Focus from a click is left alone (`:focus-visible`): the pointer has its own hover.
   */
  private onFocusIn(event: FocusEvent): void {
    const { cardHost, hitTester, hoverDelayMs } = this.options;
    const element = event.target;
    if (!(element instanceof Element) || cardHost.contains(element)) return;
    clearTimeout(this.openTimer);
    this.focusedMention = null;
    if (!element.matches(":focus-visible")) return;
    const mention = hitTester.mentionIn(element);
    if (!mention) return;
    this.focusedMention = { element, mention };
    if (this.open === mention || this.returningFocus) return;
    this.openTimer = window.setTimeout(() => {
      if (this.focusedMention?.mention !== mention) return;
      // Escape and × bring focus back here, as Tab moves on into the card.
      this.focusBefore = element;
      void this.show(mention);
    }, hoverDelayMs);
  }

  /** Focus leaving the mention's element closes its card shortly after, unless it went into it. */
  private onFocusOut(event: FocusEvent): void {
    const focused = this.focusedMention;
    if (!focused || event.target !== focused.element) return;
    const { cardHost } = this.options;
    if (cardHost.contains(event.relatedTarget)) return;
    clearTimeout(this.openTimer);
    this.focusedMention = null;
    if (this.open !== focused.mention) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      this.closeTimer = 0;
      // Kept while the reader is in the card or has the pointer on the mention.
      if (!cardHost.hasFocus() && this.hovered !== this.open) this.close();
    }, CLOSE_DELAY_MS);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.open) return;
    const { cardHost, doc } = this.options;
    if (event.key === "Escape") {
      this.close();
    } else if (event.key === "Tab" && !event.shiftKey && !event.altKey && !cardHost.hasFocus()) {
      // An open card is the next stop for Tab, then focus goes on into the page.
      event.preventDefault();
      this.focusBefore = doc.activeElement;
      cardHost.focus();
    }
  }

  /** The card follows its mention, and closes once the mention has scrolled out of view. */
  private onScroll(): void {
    if (!this.open) return;
    const rect = spanRect(this.open.range);
    const view = this.options.doc.defaultView;
    const height = view?.innerHeight ?? 0;
    if (rect.bottom < 0 || rect.top > height) this.close();
    else this.options.cardHost.reposition(rect);
  }
}
