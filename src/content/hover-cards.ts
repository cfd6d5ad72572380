import type { Lang } from "../core/dataset";
import { requestEntityCard } from "../platform/messaging";
import type { CardHost } from "./card-host";
import type { Highlighter } from "./highlighter";
import type { MentionHitTester } from "./hit-test";
import type { PageMention } from "./page-scan";

const HOVER_DELAY_MS = 350;
// WCAG 1.4.13: the card must stay while the pointer moves from the mention onto it.
const CLOSE_DELAY_MS = 300;

/**
 * Opens a mention's card after the pointer dwells on it, keeps it open while the pointer is on
 * the mention or the card, and closes it shortly after it leaves, or at once on Escape.
 */
export function startHoverCards(options: {
  doc: Document;
  hitTester: MentionHitTester;
  cardHost: CardHost;
  highlighter: Highlighter;
  lang: Lang;
  signal: AbortSignal;
}): void {
  const { doc, hitTester, cardHost, highlighter, lang, signal } = options;
  let hovered: PageMention | null = null;
  let open: PageMention | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  let pendingFrame = 0;
  let lastPointer = { x: 0, y: 0, target: null as EventTarget | null };

  const openCard = async (mention: PageMention) => {
    open = mention;
    highlighter.setActive(mention.range);
    const anchor = mention.range.getBoundingClientRect();
    cardHost.show(anchor, null, mention.entity.name, lang);
    const card = await requestEntityCard(mention.entity.id, lang).catch(() => null);
    if (open === mention && !signal.aborted) {
      cardHost.show(mention.range.getBoundingClientRect(), card, mention.entity.name, lang);
    }
  };

  const closeCard = () => {
    open = null;
    highlighter.setActive(null);
    cardHost.hide();
  };

  const onPointerFrame = () => {
    pendingFrame = 0;
    const overCard = cardHost.contains(lastPointer.target);
    const mention = overCard ? open : hitTester.mentionAt(doc, lastPointer.x, lastPointer.y);
    if (mention !== hovered) {
      hovered = mention;
      clearTimeout(openTimer);
      if (mention && mention !== open) {
        openTimer = window.setTimeout(() => void openCard(mention), HOVER_DELAY_MS);
      }
    }
    if (open && !mention) {
      if (!closeTimer) closeTimer = window.setTimeout(closeNow, CLOSE_DELAY_MS);
    } else {
      clearTimeout(closeTimer);
      closeTimer = 0;
    }
  };

  const closeNow = () => {
    closeTimer = 0;
    closeCard();
  };

  const listenerOptions = { passive: true, signal } as const;
  doc.addEventListener(
    "pointermove",
    (event) => {
      lastPointer = { x: event.clientX, y: event.clientY, target: event.target };
      // Hit-test at most once a frame, however fast the pointer moves.
      if (!pendingFrame) pendingFrame = requestAnimationFrame(onPointerFrame);
    },
    listenerOptions,
  );
  doc.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Escape" && open) closeCard();
    },
    listenerOptions,
  );
  signal.addEventListener("abort", () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    cancelAnimationFrame(pendingFrame);
    closeCard();
  });
}
