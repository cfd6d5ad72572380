import type { Lang } from "../core/dataset";
import { selectMentions } from "../core/mention-policy";
import type { PageEntity } from "../core/messages";
import type { Settings } from "../core/settings";
import { normaliseSite } from "../core/site";
import { CardController, type CardControllerOptions } from "./card-controller";
import { CardHost } from "./card-host";
import { Highlighter } from "./highlighter";
import { MentionHitTester } from "./hit-test";
import { type PageMention, summariseMentions } from "./page-scan";
import { pageIsDark } from "./page-theme";

/**
 * Everything Backstory shows on a page while highlights are on: the highlights, the card and its
 * listeners. Built from one scan and one set of settings; `destroy()` removes all of it.
 */
export class HighlightSession {
  readonly entities: PageEntity[];
  private readonly highlighted: PageMention[];
  private readonly controller = new AbortController();
  private readonly highlighter: Highlighter | null = null;
  private readonly cardHost: CardHost | null = null;
  private readonly cards: CardController | null = null;
  private nextIndex = 0;

  constructor(
    doc: Document,
    mentions: readonly PageMention[],
    settings: Settings,
    lang: Lang,
    actions: Pick<CardControllerOptions, "onHide" | "onWrongEntity">,
  ) {
    const withText = mentions.map((mention) => ({ ...mention, text: mention.range.toString() }));
    const { counted, highlighted } = selectMentions(withText, settings, doc.location.hostname);
    this.entities = summariseMentions(counted);
    this.highlighted = highlighted;
    // A page with nothing to show gets no element, style or listener of ours.
    if (highlighted.length === 0) return;
    const theme = pageIsDark(doc) ? "dark" : "light";
    this.highlighter = new Highlighter(doc, theme);
    for (const mention of highlighted) this.highlighter.add(mention.entity.type, mention.range);
    this.cardHost = new CardHost(doc, theme);
    this.cards = new CardController({
      doc,
      hitTester: new MentionHitTester(highlighted),
      cardHost: this.cardHost,
      highlighter: this.highlighter,
      lang,
      openOn: settings.openOn,
      hoverDelayMs: settings.hoverDelayMs,
      pageEntityIds: this.entities.map((entity) => entity.id),
      site: normaliseSite(doc.location.hostname) ?? doc.location.hostname,
      ...actions,
      signal: this.controller.signal,
    });
  }

  /** Scrolls to the first highlighted mention of an entity and opens its card. */
  reveal(entityId: string): boolean {
    const mention = this.highlighted.find((candidate) => candidate.entity.id === entityId);
    if (!mention) return false;
    this.revealMention(mention);
    return true;
  }

  /** Moves to the next highlighted mention in reading order, wrapping at the end. */
  revealNext(): void {
    const mention = this.highlighted[this.nextIndex % Math.max(this.highlighted.length, 1)];
    if (!mention) return;
    this.nextIndex += 1;
    this.revealMention(mention);
  }

  destroy(): void {
    this.controller.abort();
    this.cardHost?.destroy();
    this.highlighter?.destroy();
  }

  private revealMention(mention: PageMention): void {
    mention.range.startContainer.parentElement?.scrollIntoView({
      block: "center",
      behavior: "instant",
    });
    void this.cards?.showAndFocus(mention);
  }
}
