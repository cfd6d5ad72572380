import type { Lang } from "../core/dataset";
import type { ContentRequest, PageSummary } from "../core/messages";
import type { PageFindings } from "../core/page-reading";
import type { PageSettings } from "../core/page-settings";
import { importChangeTools } from "../platform/import-bundle";
import {
  onContentRequest,
  reportEntityCount,
  requestPageSettings,
  requestToggleSite,
} from "../platform/messaging";
import { BackgroundMatcher } from "./background-matcher";
import { type ChangeTools, changeTools } from "./change-tools";
import { HighlightSession } from "./highlight-session";
import { MutationWatcher } from "./mutation-watcher";
import type { PageMention } from "./page-mention";
import { hasMoreElements, SMALL_PAGE_ELEMENTS } from "./page-size";
import { PageText } from "./page-text";
import type { UnreadParts } from "./shown-parts";
import { afterNextFrame, noteSlice, runInSlices, whenIdle, yieldToPage } from "./slices";

/** The longest a page waits for Backstory to start reading it. */
const START_WITHIN_MS = 1000;
/**
 * Nodes a walk visits per element, about: one text node for each (31,678 elements and 36,788
 * text nodes on the benchmark's 1 MB page): a glanced page's size for the highlights' look.
 */
const NODES_PER_ELEMENT = 2;
/**
 * Past this many elements, a page is read as it is shown (shown-parts.ts), without a glance at
 * all of it: about 30,000 nodes, where a full read takes several slices and a glance copies
 * the text of screens nobody may scroll to. News articles stay well under. (Its highlights are
 * then tinted: see HighlightSession's LARGE_PAGE.)
 */
const LARGE_PAGE_ELEMENTS = 16_384;
/** How many times a read sends the page again to a background that lost it (it went to sleep). */
const SEND_ATTEMPTS = 3;

/**
 * The content script's state on one page: the stored settings, the tab's own switch, and the
 * highlight session that follows from them. Every change goes through `apply()`.
 *
 * The page's text is read in slices of a few milliseconds (see slices.ts), first all of it, then
 * what changes; the highlights follow each read. The page never waits on us for long.
 */
class PageController {
  /** The reader's settings for this site, from the background; null until it has answered. */
  #settings: PageSettings | null = null;
  #pageOn = true;
  /** The page's text as read so far; null until a first read has started. */
  #text: PageText | null = null;
  #mentions: PageMention[] = [];
  #session: HighlightSession | null = null;
  #watcher: MutationWatcher | null = null;
  /** What to read next: `{ changes: null }` is the whole page. */
  #toRead: { changes: Set<Node> | null } | null = null;
  #reading: AbortController | null = null;
  /** The reads under way, until nothing is queued. */
  #whileReading: Promise<void> = Promise.resolve();
  /** A large page's parts not read yet: read as the reader scrolls to them. */
  #unread: UnreadParts | null = null;
  /** What the toolbar badge was last told (see `#reportCount`); a new page's badge is empty. */
  #reported = { count: 0, more: false };
  readonly #lifetime = new AbortController();

  async start(): Promise<void> {
    onContentRequest((request) => this.#answer(request));
    await this.#reloadSettings();
  }

  get #siteOn(): boolean {
    return this.#settings?.on ?? false;
  }

  async #reloadSettings(): Promise<void> {
    // Kept as they were if the background does not answer (it is being updated, say).
    this.#settings = (await requestPageSettings(pageHost()).catch(() => null)) ?? this.#settings;
    this.#apply();
  }

  #apply(): void {
    this.#session?.destroy();
    this.#session = null;
    this.#watcher?.stop();
    this.#watcher = null;
    if (this.#settings && this.#siteOn && this.#pageOn) {
      // Read once per page, then only what changes; settings changes only re-select what is shown.
      this.#session = new HighlightSession(
        document,
        this.#mentions,
        this.#settings,
        this.#cardLanguage(),
        this.#text?.size,
      );
      // Pages change after load (feeds, live blogs, single-page apps, frameworks re-rendering):
      // what changed is read again once the changes settle, and the highlights follow.
      this.#watcher = new MutationWatcher(
        (changes) => this.#read(changes),
        (node) => this.#session?.textEdited(node),
        this.#lifetime.signal,
      );
      this.#watcher.watch(document.documentElement);
      this.#followShadowRoots();
      if (!this.#text) this.#read(null);
    } else {
      this.#stopReading();
    }
    this.#reportCount();
  }

  /** Queues a read of what changed (null: the whole page) and starts reading if idle. */
  #read(changes: Iterable<Node> | null): void {
    const queued = this.#toRead;
    if (!queued) this.#toRead = { changes: changes && new Set(changes) };
    else if (changes === null) queued.changes = null;
    else if (queued.changes) for (const node of changes) queued.changes.add(node);
    if (!this.#reading) this.#whileReading = this.#readWhileQueued();
  }

  /**
   * Reads what is queued, in slices, and shows the result; again while more is queued. The
   * benchmark (and anyone profiling a page) reads the performance marks.
   */
  async #readWhileQueued(): Promise<void> {
    const reading = new AbortController();
    this.#reading = reading;
    const firstRead = this.#text === null;
    this.#text ??= new PageText(document.body ?? document.documentElement, new BackgroundMatcher());
    const text = this.#text;
    // What glances at a page of a few thousand elements or more, or reads it as it is shown
    // (below), loads while the page settles: 40-50 ms to import. (The same list as below: the
    // browser keeps it, and how far it has counted.)
    if (firstRead && isGlancedAt(text.root as Element)) void this.#changeTools();
    // The page comes first: its first layout and paint, its own scripts after load, its changes.
    // Reading starts once the browser is idle (within a second at the latest).
    await new Promise<void>((resolve) => {
      whenIdle(() => resolve(), reading.signal, START_WITHIN_MS);
      reading.signal.addEventListener("abort", () => resolve(), { once: true });
    });
    // Chromium captures the whole page's text once, in the first frame after load (for
    // translation and safe browsing: 35-45 ms on 200,000 elements). On a page that is still after
    // load, that frame would be the one painting our highlights, and the two together went over
    // 50 ms; a frame of its own first keeps them apart. Elsewhere it delays the read by a frame.
    // (Also on a page of few elements: the capture costs by the text, and one 10 MB text node
    // put that frame and ours over 50 ms together.)
    if (firstRead) await afterNextFrame();
    while (this.#toRead && !reading.signal.aborted) {
      let { changes } = this.#toRead;
      this.#toRead = null;
      if (!changes) this.#stopFollowing();
      else this.#unread?.leaveOut(changes);
      // Changes only where the page is not read yet: they are read when shown.
      if (changes?.size === 0) continue;
      performance.mark("backstory:scan-start");
      const root = text.root as Element;
      // A small page is read in full at once; a larger one first with the change tools (without
      // them, should they fail to load, in full too).
      const largePageTools = changes === null && isGlancedAt(root) && (await this.#changeTools());
      if (reading.signal.aborted) break;
      if (largePageTools) {
        // A large page is read as it is shown: what is near the viewport first, the rest as the
        // reader scrolls to it (see shown-parts.ts). (The pieces are null where the top of the
        // page hosts a shadow root: such a page is read in full.)
        const pieces = isReadAsShown(root) && largePageTools.piecesOf(root);
        if (pieces) {
          text.holdNothing(LARGE_PAGE_ELEMENTS * NODES_PER_ELEMENT);
          this.#unread = largePageTools.unreadParts(root, pieces, (nodes) => this.#read(nodes));
          changes = new Set(this.#unread.takeShown());
        } else if (this.#mentions.length === 0) {
          // Most pages name no one: a glance at the whole text tells, for a fraction of a read.
          const run = (steps: Iterable<unknown>) => runInSlices(steps, reading.signal);
          const glance = await largePageTools.glanceAt(root, text.matcher, run);
          if (reading.signal.aborted) break;
          if (glance.named === false) {
            text.holdNothing(glance.elements * NODES_PER_ELEMENT);
            this.#show(text, []);
            continue;
          }
        }
      }
      // Each step pauses only once the slice has used its budget: a short article is read in
      // one slice, a long page over as many slices as it takes. The background finds the names
      // in the blocks as they are sent.
      const tools = changes && (await this.#changeTools());
      if (reading.signal.aborted) break;
      if (!(await runInSlices(text.readChanges(changes, tools), reading.signal))) break;
      const findings = await this.#findings(text, reading.signal);
      if (!findings) break;
      let mentions: PageMention[] = [];
      const steps = (function* () {
        mentions = yield* text.mentionSteps(findings);
      })();
      if (!(await runInSlices(steps, reading.signal))) break;
      // The highlights start a task of their own: the frame that paints them then follows a
      // short task, not the tail of the read (on a very large page that frame is the longest).
      await yieldToPage();
      if (reading.signal.aborted) break;
      this.#show(text, mentions);
    }
    if (this.#reading === reading) this.#reading = null;
  }

  /**
   * What a read of changes, or of a large page as it is shown, needs: loaded on the page's first
   * change, or before the first read of a large page; null after a failed load (the page is
   * then read in full, and a mark says so).
   */
  async #changeTools(): Promise<ChangeTools | null> {
    try {
      return await changeTools(importChangeTools);
    } catch (error) {
      console.warn("[Backstory] reading changes in full:", error);
      performance.mark("backstory:change-tools-failed");
      return null;
    }
  }

  /** Highlights the mentions of a read. */
  #show(text: PageText, mentions: PageMention[]): void {
    this.#mentions = mentions;
    const showing = performance.now();
    this.#session?.update(mentions, text.size);
    noteSlice(showing);
    this.#followShadowRoots();
    performance.mark("backstory:highlighted", { detail: { mentions: mentions.length } });
    this.#reportCount();
  }

  /**
   * What the background found in the page as read, sending it whatever it lacks first (all of
   * it, after it slept); null when the read was stopped, or the background kept failing.
   */
  async #findings(text: PageText, signal: AbortSignal): Promise<PageFindings | null> {
    for (let attempt = 0; attempt < SEND_ATTEMPTS; attempt += 1) {
      if (!(await runInSlices(text.sendSteps(), signal))) return null;
      const findings = await text.findings();
      // An answer that comes after the read was stopped (the page left, highlights turned off)
      // is dropped.
      if (signal.aborted) return null;
      if (findings) return findings;
    }
    console.warn("[Backstory] the background could not read this page");
    return null;
  }

  /** Reads the rest of a large page read as shown (the popup lists all its names, say). */
  async #readUnread(): Promise<void> {
    const nodes = this.#unread?.takeAll();
    if (nodes?.length) this.#read(nodes);
    await this.#whileReading;
  }

  #stopFollowing(): void {
    this.#unread?.stop();
    this.#unread = null;
  }

  /** Stops a read under way; what it had read is dropped, and the next read is of everything. */
  #stopReading(): void {
    this.#stopFollowing();
    this.#reading?.abort();
    this.#reading = null;
    this.#toRead = null;
    this.#text?.close();
    this.#text = null;
  }

  /** Web components' shadow roots met while reading: watched for changes, and styled. */
  #followShadowRoots(): void {
    if (!this.#text) return;
    for (const root of this.#text.shadowRoots) this.#watcher?.watch(root);
    this.#session?.coverShadowRoots(this.#text.shadowRoots);
  }

  /**
   * The badge counts the page the reader sees: the top frame's names. Sent only when the count,
   * or whether parts are left unread, changes (how it reads is badgeText's): the browser clears a
   * tab's badge when the tab goes to a new page, so a page that names no one (most pages) sends
   * nothing.
   */
  #reportCount(): void {
    if (window !== window.top) return;
    const count = this.#session?.entities.length ?? 0;
    const more = this.#unread?.left ?? false;
    if (count === this.#reported.count && more === this.#reported.more) return;
    this.#reported = { count, more };
    void reportEntityCount(count, more);
  }

  #cardLanguage(): Lang {
    const forced = this.#settings?.cardLanguage;
    if (forced === "en" || forced === "fr") return forced;
    return document.documentElement.lang.toLowerCase().startsWith("fr") ? "fr" : "en";
  }

  async #answer(request: ContentRequest): Promise<PageSummary | boolean | null> {
    switch (request.type) {
      case "get-page-summary":
        await this.#readUnread();
        return {
          url: location.href,
          siteOn: this.#siteOn,
          pageOn: this.#pageOn,
          entities: this.#session?.entities ?? [],
          // Found with the card UI (loaded for it if need be); a summary without it still helps.
          pageDate: (await this.#session?.pageDate().catch(() => null)) ?? null,
        };
      case "set-page-highlights":
        this.#pageOn = request.on;
        this.#apply();
        return true;
      case "toggle-site":
        await requestToggleSite(pageHost());
        return true;
      case "reveal-entity":
        this.#session?.reveal(request.id);
        return true;
      case "settings-changed":
        // Other names to look for (found by the background): the page must be read again.
        if (request.ownEntities) this.#stopReading();
        void this.#reloadSettings();
        return true;
      case "next-mention":
        await this.#readUnread();
        this.#session?.reveal(1);
        return true;
      case "previous-mention":
        await this.#readUnread();
        this.#session?.reveal(-1);
        return true;
    }
  }
}

/** Whether a page is read as it is shown (see LARGE_PAGE_ELEMENTS). */
function isReadAsShown(root: Element): boolean {
  return hasMoreElements(root, LARGE_PAGE_ELEMENTS);
}

/** Whether a page is glanced at, or read as it is shown, rather than read in full at once. */
function isGlancedAt(root: Element): boolean {
  return hasMoreElements(root, SMALL_PAGE_ELEMENTS);
}

/**
 * Frames of the page’s own site (and its inline frames) are part of the article; a frame of another
 * origin (an ad, an embed from another site) is none of our business, even on a listed site.
 */
function isTopOrSameOriginFrame(): boolean {
  if (window === window.top) return true;
  try {
    // Reading another origin's document throws; an inline frame inherits its parent's origin.
    return window.top?.document !== undefined;
  } catch {
    return false;
  }
}

/**
 * The site the page belongs to. A frame without an address of its own (an inline document, `about:blank`)
 * has an empty hostname: it is part of the page that holds it (only same-origin frames are read,
 * see above), whose settings it follows.
 */
function pageHost(): string {
  if (location.hostname !== "") return location.hostname;
  try {
    return window.top?.location.hostname ?? "";
  } catch {
    return "";
  }
}

// Injected a second time ("Run on this page" where we already run): the first one stays in charge.
const MARK = Symbol.for("backstory.content-script");
const scope = globalThis as { [MARK]?: true };
if (!scope[MARK] && isTopOrSameOriginFrame()) {
  scope[MARK] = true;
  // Fail soft: an error of ours is logged once and never thrown into the page.
  new PageController()
    .start()
    .catch((error) => console.warn("[Backstory] stopped on this page:", error));
}
