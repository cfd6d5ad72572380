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

type CardActions = Pick<CardControllerOptions, "onHide" | "onWrongEntity" | "ownEntities">;

/**
 * Everything Backstory shows on a page while highlights are on: the highlights, the card and its
 * listeners, for one set of settings. `update()` follows a page whose text changed without
 * closing an open card; `destroy()` removes all of it.
 */
export class HighlightSession {
  entities: PageEntity[] = [];
  private highlighted: PageMention[] = [];
  private readonly controller = new AbortController();
  private ui: { highlighter: Highlighter; cardHost: CardHost; cards: CardController } | null = null;
  private nextIndex = 0;

  constructor(
    private readonly doc: Document,
    mentions: readonly PageMention[],
    private readonly settings: Settings,
    private readonly lang: Lang,
    private readonly actions: CardActions,
  ) {
    this.update(mentions);
  }

  /** Shows the mentions of a fresh scan in place of the previous ones. */
  update(mentions: readonly PageMention[]): void {
    const { counted, highlighted } = selectMentions(
      mentions,
      this.settings,
      this.doc.location.hostname,
    );
    this.entities = summariseMentions(counted);
    this.highlighted = highlighted;
    // A page with nothing to show gets no element, style or listener of ours.
    if (highlighted.length === 0 && !this.ui) return;
    const ui = this.ui ?? this.createUi();
    ui.highlighter.clear();
    for (const mention of highlighted) ui.highlighter.add(mention.entity.type, mention.range);
    ui.cards.setMentions(
      new MentionHitTester(highlighted),
      this.entities.map((entity) => entity.id),
    );
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

  /** Highlights inside web components' shadow trees need our styles there too. */
  coverShadowRoots(roots: readonly ShadowRoot[]): void {
    for (const root of roots) this.ui?.highlighter.adoptInto(root);
  }

  destroy(): void {
    this.controller.abort();
    this.ui?.cardHost.destroy();
    this.ui?.highlighter.destroy();
    this.ui = null;
  }

  private createUi() {
    const theme = pageIsDark(this.doc) ? "dark" : "light";
    const highlighter = new Highlighter(theme);
    const cardHost = new CardHost(this.doc, theme);
    const cards = new CardController({
      doc: this.doc,
      hitTester: new MentionHitTester([]),
      cardHost,
      highlighter,
      lang: this.lang,
      openOn: this.settings.openOn,
      hoverDelayMs: this.settings.hoverDelayMs,
      pageEntityIds: [],
      site: normaliseSite(this.doc.location.hostname) ?? this.doc.location.hostname,
      ...this.actions,
      signal: this.controller.signal,
    });
    this.ui = { highlighter, cardHost, cards };
    return this.ui;
  }

  private revealMention(mention: PageMention): void {
    mention.range.startContainer.parentElement?.scrollIntoView({
      block: "center",
      behavior: "instant",
    });
    void this.ui?.cards.showAndFocus(mention);
  }
}
