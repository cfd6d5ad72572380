import { h, render } from "preact";
import cardCss from "../styles/card.css?inline";
import { Card, type CardProps } from "../ui/Card";

// The one element Backstory adds to a page. It hangs under <html>, outside <body>, so the
// page's body and everything its scripts query there stay exactly as they were. Its tag name
// is drawn at random: a page that registered a custom element under a fixed name would have its
// constructor run on our element.
export const HOST_ATTRIBUTE = "data-backstory-host";

/** The popover's class while a card is laid out unseen (see `prepare`). */
const PREPARING = "preparing";

function hostTagName(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `backstory-${random[0]?.toString(36)}${random[1]?.toString(36)}`;
}

export class CardHost {
  private readonly host: HTMLElement;
  private readonly popover: HTMLElement;
  private readonly shadow: ShadowRoot;
  /**
   * A polite live region for what the keyboard commands have to say ("No names on this page").
   * Made on first use: a fixed-position box in the page, even an empty one, made the frame that
   * paints the first highlights redo the pre-paint of the whole page (200,000 elements: 3 → 28 ms).
   */
  private status: HTMLElement | null = null;
  private statusTimer = 0;

  constructor(
    private readonly doc: Document,
    theme: "light" | "dark",
  ) {
    this.host = doc.createElement(hostTagName());
    this.host.setAttribute(HOST_ATTRIBUTE, "");
    // No box of its own (the card lives in the top layer): adding it costs the page no layout.
    // Measured on 200,000 elements: an inline host under <html> cost a 34 ms whole-page pre-paint.
    this.host.style.setProperty("display", "contents", "important");
    this.host.dataset.theme = theme;
    const shadow = this.host.attachShadow({ mode: "open" });
    this.shadow = shadow;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [sheet];
    this.popover = doc.createElement("div");
    this.popover.className = "popover";
    // The top layer puts the card above any z-index the page uses.
    this.popover.setAttribute("popover", "manual");
    shadow.append(this.popover);
  }

  /**
   * Says `text` through the live region (screen readers announce it; it is visually hidden). Set
   * a moment after the region is in the page, so that it is announced even when the host was
   * only just added, and cleared after a while so the same words are announced again next time.
   */
  announce(text: string): void {
    this.attach();
    const status = this.status ?? this.createStatus();
    status.textContent = "";
    clearTimeout(this.statusTimer);
    this.statusTimer = window.setTimeout(() => {
      status.textContent = text;
      this.statusTimer = window.setTimeout(() => {
        status.textContent = "";
      }, 5000);
    }, 100);
  }

  private createStatus(): HTMLElement {
    const status = this.doc.createElement("div");
    status.className = "status";
    status.setAttribute("role", "status");
    this.shadow.append(status);
    this.status = status;
    return status;
  }

  /** Puts the (empty, boxless) host in the page: with the first highlights (see HighlightSession). */
  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  /**
   * Lays a card out, unseen, while none is shown: in the top layer, transparent and inert (no
   * pointer, no keyboard, no screen reader reaches it), so that showing it later only makes it
   * opaque. The first card of a page costs a layout of 6–8 ms (its fonts and styles met for the
   * first time): done during the hover delay, it is off the reader's wait.
   */
  prepare(anchor: DOMRect, props: CardProps): void {
    if (!this.isShown()) this.present(anchor, props, { unseen: true });
  }

  /** Takes back a card prepared for a hover that ended before its delay did. */
  dismissPrepared(): void {
    if (this.popover.classList.contains(PREPARING)) this.hide();
  }

  show(anchor: DOMRect, props: CardProps): void {
    this.present(anchor, props, { unseen: false });
  }

  /** Shows the card laid out by `prepare` as it is, placed; false if none is waiting. */
  reveal(anchor: DOMRect): boolean {
    if (!this.popover.classList.contains(PREPARING) || !this.popover.matches(":popover-open")) {
      return false;
    }
    this.setPreparing(false);
    this.place(anchor);
    return true;
  }

  /** Renders the card (only what differs from the last render), in the top layer, placed. */
  private present(anchor: DOMRect, props: CardProps, { unseen }: { unseen: boolean }): void {
    this.attach();
    this.setPreparing(unseen);
    // Keyed by entity: another name's card starts as a preview again, not expanded.
    render(h(Card, { ...props, key: props.card?.id ?? props.fallbackName }), this.popover);
    if (!this.popover.matches(":popover-open")) this.popover.showPopover();
    this.place(anchor);
  }

  /** Moves keyboard focus into the card, so Tab walks its links and buttons. */
  focus(): void {
    this.shadow.querySelector<HTMLElement>(".card")?.focus();
  }

  hasFocus(): boolean {
    return this.shadow.activeElement !== null;
  }

  /** Whether a card is on screen (not one being prepared). */
  private isShown(): boolean {
    return this.popover.matches(":popover-open") && !this.popover.classList.contains(PREPARING);
  }

  /** Follows the mention as the page scrolls. */
  reposition(anchor: DOMRect): void {
    if (this.popover.matches(":popover-open")) this.place(anchor);
  }

  hide(): void {
    if (this.popover.matches(":popover-open")) this.popover.hidePopover();
    this.setPreparing(false);
    render(null, this.popover);
  }

  /** A prepared card is transparent (card.css) and inert: no pointer, keyboard or screen reader. */
  private setPreparing(preparing: boolean): void {
    this.popover.classList.toggle(PREPARING, preparing);
    this.popover.inert = preparing;
  }

  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  destroy(): void {
    clearTimeout(this.statusTimer);
    this.hide();
    this.host.remove();
  }

  /** Below the mention, or above it when there is no room; always inside the viewport. */
  private place(anchor: DOMRect): void {
    const view = this.doc.defaultView;
    const viewWidth = view?.innerWidth ?? 1024;
    const viewHeight = view?.innerHeight ?? 768;
    const box = this.popover.getBoundingClientRect();
    const gap = 6;
    const left = Math.max(8, Math.min(anchor.left, viewWidth - box.width - 8));
    const below = anchor.bottom + gap;
    const top =
      below + box.height <= viewHeight - 8 ? below : Math.max(8, anchor.top - gap - box.height);
    this.popover.style.left = `${left}px`;
    this.popover.style.top = `${top}px`;
  }
}
