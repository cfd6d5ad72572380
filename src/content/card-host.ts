import { h, render } from "preact";
import type { Lang } from "../core/dataset";
import type { EntityCard } from "../core/messages";
import cardCss from "../styles/card.css?inline";
import { Card } from "../ui/Card";

// The one element Backstory adds to a page. It hangs under <html>, outside <body>, so the
// page's body and everything its scripts query there stay exactly as they were.
const HOST_TAG = "backstory-root";

export class CardHost {
  private readonly host: HTMLElement;
  private readonly popover: HTMLElement;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    const shadow = this.host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [sheet];
    this.popover = doc.createElement("div");
    this.popover.className = "popover";
    // The top layer puts the card above any z-index the page uses.
    this.popover.setAttribute("popover", "manual");
    shadow.append(this.popover);
    doc.documentElement.append(this.host);
  }

  show(anchor: DOMRect, card: EntityCard | null, fallbackName: string, lang: Lang): void {
    render(h(Card, { card, fallbackName, lang }), this.popover);
    if (!this.popover.matches(":popover-open")) this.popover.showPopover();
    this.place(anchor);
  }

  hide(): void {
    if (this.popover.matches(":popover-open")) this.popover.hidePopover();
    render(null, this.popover);
  }

  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  destroy(): void {
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
