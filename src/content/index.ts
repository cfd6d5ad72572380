import type { Lang } from "../core/dataset";
import { onContentRequest } from "../platform/messaging";
import { CardHost } from "./card-host";
import { Highlighter } from "./highlighter";
import { MentionHitTester } from "./hit-test";
import { startHoverCards } from "./hover-cards";
import { type PageMention, scanPage, summariseMentions } from "./page-scan";

/** Starts Backstory on this page; everything it set up is undone when `signal` aborts. */
function init(signal: AbortSignal): void {
  let mentions: PageMention[] = [];
  let ui: { highlighter: Highlighter; cardHost: CardHost } | null = null;

  const stopAnswering = onContentRequest(() => ({
    url: location.href,
    entities: summariseMentions(mentions),
  }));
  signal.addEventListener("abort", stopAnswering);

  mentions = scanPage(document.body ?? document.documentElement);
  // A page with nothing to show costs one scan and no DOM, style or listener of ours.
  if (mentions.length === 0) return;

  const highlighter = new Highlighter(document);
  const cardHost = new CardHost(document);
  ui = { highlighter, cardHost };
  highlighter.add(mentions.map((mention) => mention.range));
  startHoverCards({
    doc: document,
    hitTester: new MentionHitTester(mentions),
    cardHost,
    highlighter,
    lang: pageLanguage(document),
    signal,
  });
  signal.addEventListener("abort", () => {
    ui?.cardHost.destroy();
    ui?.highlighter.destroy();
  });
}

function pageLanguage(doc: Document): Lang {
  return doc.documentElement.lang.toLowerCase().startsWith("fr") ? "fr" : "en";
}

// Fail soft: an error of ours is logged once and never thrown into the page.
try {
  init(new AbortController().signal);
} catch (error) {
  console.warn("[Backstory] stopped on this page:", error);
}
