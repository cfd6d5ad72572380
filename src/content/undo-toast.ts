import { h, render } from "preact";
import type { Lang } from "../core/dataset";
import cardCss from "../styles/card.css?inline";
import { UndoToast } from "../ui/UndoToast";
import { pageIsDark } from "./page-theme";

/** Long enough to read the line and reach Undo; short enough not to sit over the article. */
const TOAST_MS = 8000;

export const TOAST_ATTRIBUTE = "data-backstory-toast";

/**
 * The toast after "Hide" or "Wrong entity", with Undo. It has its own host (under <html>, like
 * the card's, with a random tag name and a shadow root): the card's host goes with the
 * highlights the action just changed, and the toast must outlive them. The host is in the page
 * only while the toast shows; every timer and listener goes with it.
 */
export class UndoToastHost {
  private host: HTMLElement | null = null;
  private stop: AbortController | null = null;

  constructor(private readonly doc: Document) {}

  /** Shows `message` with Undo (replacing any toast shown); `undo` runs at most once. */
  show(message: string, lang: Lang, undo: () => void, { focus }: { focus: boolean }): void {
    this.hide();
    const stop = new AbortController();
    this.stop = stop;
    const host = this.doc.createElement(hostTagName());
    host.setAttribute(TOAST_ATTRIBUTE, "");
    host.style.setProperty("display", "contents", "important");
    host.dataset.theme = pageIsDark(this.doc) ? "dark" : "light";
    const shadow = host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [sheet];
    const popover = this.doc.createElement("div");
    popover.className = "popover toast-popover";
    popover.setAttribute("popover", "manual");
    shadow.append(popover);
    this.doc.documentElement.append(host);
    this.host = host;
    const close = () => this.hide();
    render(
      h(UndoToast, {
        message,
        lang,
        onUndo: () => {
          close();
          undo();
        },
        onDismiss: close,
      }),
      popover,
    );
    popover.showPopover();
    if (focus) shadow.querySelector<HTMLElement>(".undo")?.focus();
    const timer = window.setTimeout(close, TOAST_MS);
    stop.signal.addEventListener("abort", () => clearTimeout(timer));
    this.doc.addEventListener(
      "keydown",
      (event) => {
        if (event.key === "Escape") close();
      },
      { signal: stop.signal },
    );
  }

  hide(): void {
    this.stop?.abort();
    this.stop = null;
    if (this.host) {
      const popover = this.host.shadowRoot?.querySelector(".popover");
      if (popover) render(null, popover);
      this.host.remove();
    }
    this.host = null;
  }
}

function hostTagName(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `backstory-${random[0]?.toString(36)}${random[1]?.toString(36)}`;
}
