import type { CardProps } from "../ui/Card";
import type { CardHost } from "./card-host";
import { CARD_UI_KEY, type CardUi, type CardUiScope } from "./card-ui-global";

/** What the card controller needs of a card host: CardHost's public face. */
export type CardSurface = Pick<CardHost, keyof CardHost>;

/** Asks for the card UI bundle to be run in this frame; resolves once it has run. */
export type LoadCardUi = () => Promise<void>;

let loading: Promise<CardUi> | null = null;

/**
 * The card UI of this frame, loaded once (by `load`) for the card host and the undo toast alike;
 * a failed load is tried again on the next need.
 */
export function cardUi(load: LoadCardUi): Promise<CardUi> {
  loading ??= load()
    .then(() => {
      const ui = (globalThis as CardUiScope)[CARD_UI_KEY];
      if (!ui) throw new Error("the card UI bundle did not register");
      return ui;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/**
 * A card host whose UI (Preact, the card, its styles) is loaded on first need: the first card
 * prepared or shown on the page. Until then it holds only the last thing asked of it, and replays
 * it once the bundle has run; a page where no card opens never compiles the card.
 */
export class LazyCardHost implements CardSurface {
  private host: CardHost | null = null;
  private loading: Promise<void> | null = null;
  /** What to do once loaded: the last card asked for, and whether it takes focus. */
  private pending: { anchor: DOMRect; props: CardProps; unseen: boolean } | null = null;
  private focusPending = false;
  private announcement: string | null = null;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    private readonly theme: "light" | "dark",
    private readonly loadUi: LoadCardUi,
  ) {}

  /** Starts loading the card UI ahead of a card (e.g. as a hover delay starts). */
  preload(): void {
    if (this.host || this.loading) return;
    this.loading = cardUi(this.loadUi)
      .then((ui) => this.loaded(ui))
      .catch((error) => {
        // Fail soft: no card on this page, nothing thrown into it; a later hover tries again.
        console.warn("[Backstory] could not load the card:", error);
        this.loading = null;
      });
  }

  private loaded(ui: CardUi): void {
    if (this.destroyed) return;
    this.host = ui.createCardHost(this.doc, this.theme);
    const pending = this.pending;
    this.pending = null;
    if (pending?.unseen) this.host.prepare(pending.anchor, pending.props);
    else if (pending) this.host.show(pending.anchor, pending.props);
    if (this.focusPending && pending && !pending.unseen) this.host.focus();
    this.focusPending = false;
    if (this.announcement !== null) this.host.announce(this.announcement);
    this.announcement = null;
  }

  /** Says `text` through the card host's live region, once the UI is there. */
  announce(text: string): void {
    if (this.host) {
      this.host.announce(text);
      return;
    }
    this.announcement = text;
    this.preload();
  }

  /** Nothing to attach before the UI is loaded: the host element comes with it. */
  attach(): void {
    this.host?.attach();
  }

  prepare(anchor: DOMRect, props: CardProps): void {
    if (this.host) {
      this.host.prepare(anchor, props);
      return;
    }
    if (!this.pending || this.pending.unseen) this.pending = { anchor, props, unseen: true };
    this.preload();
  }

  dismissPrepared(): void {
    if (this.host) {
      this.host.dismissPrepared();
      return;
    }
    if (this.pending?.unseen) this.pending = null;
  }

  show(anchor: DOMRect, props: CardProps): void {
    if (this.host) {
      this.host.show(anchor, props);
      return;
    }
    this.pending = { anchor, props, unseen: false };
    this.preload();
  }

  focus(): void {
    if (this.host) {
      this.host.focus();
      return;
    }
    this.focusPending = true;
  }

  hasFocus(): boolean {
    return this.host?.hasFocus() ?? false;
  }

  reposition(anchor: DOMRect): void {
    if (this.host) {
      this.host.reposition(anchor);
      return;
    }
    if (this.pending) this.pending.anchor = anchor;
  }

  hide(): void {
    if (this.host) {
      this.host.hide();
      return;
    }
    this.pending = null;
    this.focusPending = false;
  }

  contains(target: EventTarget | null): boolean {
    return this.host?.contains(target) ?? false;
  }

  destroy(): void {
    this.destroyed = true;
    this.pending = null;
    this.host?.destroy();
    this.host = null;
  }
}
