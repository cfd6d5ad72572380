import type { Lang } from "../core/dataset";
import type { OpenOn } from "../core/settings";
import { requestEntityCard } from "../platform/messaging";
import type { CardHost } from "./card-host";
import type { Highlighter } from "./highlighter";
import type { MentionHitTester } from "./hit-test";
import type { PageMention } from "./page-scan";

// WCAG 1.4.13: the card stays while the pointer travels from the mention onto it.
const CLOSE_DELAY_MS = 300;

export interface CardControllerOptions {
  doc: Document;
  hitTester: MentionHitTester;
  cardHost: CardHost;
  highlighter: Highlighter;
  lang: Lang;
  openOn: OpenOn;
  hoverDelayMs: number;
  signal: AbortSignal;
}

/**
 * Opens a mention's card after the pointer dwells on it (or on click), keeps it open while the
 * pointer is on the mention or the card, closes it shortly after it leaves, at once on Escape.
 * One listener on the document: nothing is attached to the mentions themselves.
 */
export class CardController {
  private hovered: PageMention | null = null;
  private open: PageMention | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private pendingFrame = 0;
  private pointer = { x: 0, y: 0, target: null as EventTarget | null };

  constructor(private readonly options: CardControllerOptions) {
    const { doc, signal, openOn } = options;
    const listen = { passive: true, signal } as const;
    doc.addEventListener("pointermove", (event) => this.onPointerMove(event), listen);
    if (openOn === "click") doc.addEventListener("click", (event) => this.onClick(event), listen);
    doc.addEventListener("keydown", (event) => this.onKeyDown(event), { signal });
    signal.addEventListener("abort", () => {
      clearTimeout(this.openTimer);
      clearTimeout(this.closeTimer);
      cancelAnimationFrame(this.pendingFrame);
      this.close();
    });
  }

  /** Opens the card of `mention` now (from the popup or the keyboard). */
  async show(mention: PageMention): Promise<void> {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
    const { cardHost, highlighter, lang, signal } = this.options;
    this.open = mention;
    highlighter.setActive(mention.range);
    cardHost.show(mention.range.getBoundingClientRect(), null, mention.entity.name, lang);
    const card = await requestEntityCard(mention.entity.id, lang).catch(() => null);
    if (this.open === mention && !signal.aborted) {
      cardHost.show(mention.range.getBoundingClientRect(), card, mention.entity.name, lang);
    }
  }

  close(): void {
    this.open = null;
    this.options.highlighter.setActive(null);
    this.options.cardHost.hide();
  }

  private onPointerMove(event: PointerEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY, target: event.target };
    // Hit-test at most once a frame, however fast the pointer moves.
    if (!this.pendingFrame) this.pendingFrame = requestAnimationFrame(() => this.onPointerFrame());
  }

  private onPointerFrame(): void {
    this.pendingFrame = 0;
    const { doc, hitTester, cardHost, openOn, hoverDelayMs } = this.options;
    const overCard = cardHost.contains(this.pointer.target);
    const mention = overCard ? this.open : hitTester.mentionAt(doc, this.pointer.x, this.pointer.y);
    if (mention !== this.hovered) {
      this.hovered = mention;
      clearTimeout(this.openTimer);
      if (mention && mention !== this.open && openOn === "hover") {
        this.openTimer = window.setTimeout(() => void this.show(mention), hoverDelayMs);
      }
    }
    if (this.open && !mention) {
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

  private onClick(event: MouseEvent): void {
    const mention = this.options.hitTester.mentionAt(
      this.options.doc,
      event.clientX,
      event.clientY,
    );
    if (mention) void this.show(mention);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === "Escape" && this.open) this.close();
  }
}
