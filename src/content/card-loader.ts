import type { CardController } from "./card-controller";
import { CARD_UI_KEY, type CardsOptions, type CardUi, type RevealTarget } from "./card-ui-global";
import type { PageMention } from "./page-mention";
import { type PrefetchedCards, prefetchedCards } from "./prefetched-cards";
import { registeredBy } from "./registered-bundle";

/** Asks for the card UI bundle to be run in this frame; resolves once it has run. */
export type LoadCardUi = () => Promise<void>;

/**
 * The card UI of this frame, loaded once (by `load`) for the cards, the undo toast and the page
 * date alike; a failed load is tried again on the next need.
 */
export function cardUi(load: LoadCardUi): Promise<CardUi> {
  return registeredBy<CardUi>(CARD_UI_KEY, load);
}

/**
 * The page's cards, loaded on first need. Until then only three listeners wait here: the pointer
 * coming onto a highlighted mention, keyboard focus on one, or a click on one (where cards open
 * on click). The first of them loads the card UI (its controller, Preact, the card) and hands
 * the event over; from then on the controller listens itself. A page where no card opens never
 * compiles the card; the facts of its names are fetched ahead all the same, in idle time (see
 * PrefetchedCards).
 */
export class LazyCards {
  #cards: CardController | null = null;
  #loading = false;
  /** Runs once the cards are loaded: the event that asked for them, or a command. */
  #pending: ((cards: CardController) => void) | null = null;
  /** Stops the waiting listeners once the controller has its own. */
  readonly #waiting = new AbortController();
  #pointerFrame = 0;
  #pointer = { x: 0, y: 0, target: null as EventTarget | null, at: 0 };

  readonly #options: CardsOptions & { prefetched: PrefetchedCards };
  readonly #load: LoadCardUi;

  constructor(options: Omit<CardsOptions, "prefetched">, load: LoadCardUi) {
    this.#options = { ...options, prefetched: prefetchedCards(options.lang, options.signal) };
    this.#load = load;
    const { doc, signal, openOn } = options;
    const listen = { passive: true, signal: AbortSignal.any([signal, this.#waiting.signal]) };
    doc.addEventListener("pointermove", (event) => this.#onPointerMove(event), listen);
    doc.addEventListener("focusin", (event) => this.#onFocusIn(event), listen);
    if (openOn === "click") doc.addEventListener("click", (event) => this.#onClick(event), listen);
    signal.addEventListener("abort", () => cancelAnimationFrame(this.#pointerFrame));
  }

  /** The page's mentions changed: cards list their relations to the page's new entities. */
  pageChanged(pageEntityIds: string[]): void {
    this.#options.pageEntityIds = pageEntityIds;
    // Told first: a card asked for from now on is of the page as it is now.
    this.#options.prefetched.pageChanged(pageEntityIds);
    this.#cards?.pageChanged(pageEntityIds);
  }

  /** Moves to a mention from the popup or a command (see CardController.reveal). */
  reveal(
    mentions: readonly PageMention[],
    target: RevealTarget,
    show: (mention: PageMention) => void,
  ): void {
    this.#whenLoaded((cards) => cards.reveal(mentions, target, show));
  }

  #onPointerMove(event: PointerEvent): void {
    this.#pointer = {
      x: event.clientX,
      y: event.clientY,
      target: event.target,
      at: event.timeStamp,
    };
    // Hit-test at most once a frame, however fast the pointer moves.
    if (this.#pointerFrame) return;
    this.#pointerFrame = requestAnimationFrame(() => {
      this.#pointerFrame = 0;
      const { x, y, target, at } = this.#pointer;
      if (!this.#options.hitTester.mentionAt(this.#options.doc, x, y)) return;
      // The hover delay counts from when the pointer came, however long the load takes.
      this.#whenLoaded((cards) => cards.pointerMoved(x, y, target, at));
    });
  }

  #onFocusIn(event: FocusEvent): void {
    const element = event.target;
    if (!(element instanceof Element) || !element.matches(":focus-visible")) return;
    if (!this.#options.hitTester.mentionIn(element)) return;
    this.#whenLoaded((cards) => cards.focusMoved(event));
  }

  #onClick(event: MouseEvent): void {
    if (!this.#options.hitTester.mentionAt(this.#options.doc, event.clientX, event.clientY)) return;
    this.#whenLoaded((cards) => cards.clicked(event));
  }

  /** Runs `then` with the cards, loading them first; the latest wish wins while they load. */
  #whenLoaded(then: (cards: CardController) => void): void {
    if (this.#cards) {
      then(this.#cards);
      return;
    }
    this.#pending = then;
    if (this.#loading) return;
    this.#loading = true;
    cardUi(this.#load)
      .then((ui) => {
        if (this.#options.signal.aborted) return;
        this.#waiting.abort();
        this.#cards = ui.createCards(this.#options);
        const pending = this.#pending;
        this.#pending = null;
        pending?.(this.#cards);
      })
      .catch((error: unknown) => {
        // Fail soft: no card on this page for now, nothing thrown into it; the next need retries.
        console.warn("[Backstory] could not load the card:", error);
        this.#loading = false;
      });
  }
}
