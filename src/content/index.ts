import type { Lang } from "../core/dataset";
import { highlightsOnForSite } from "../core/mention-policy";
import type { ContentRequest, PageSummary } from "../core/messages";
import type { OwnEntity } from "../core/own-entities";
import type { Settings } from "../core/settings";
import { normaliseSite, siteCovers } from "../core/site";
import { onContentRequest, reportEntityCount } from "../platform/messaging";
import {
  loadOwnEntities,
  loadSettings,
  onSettingsChanged,
  saveSettings,
} from "../platform/storage";
import { HighlightSession } from "./highlight-session";
import { MutationWatcher } from "./mutation-watcher";
import { type PageMention, scanPage } from "./page-scan";

/**
 * The content script's state on one page: the stored settings, the tab's own switch, and the
 * highlight session that follows from them. Every change goes through `apply()`.
 */
class PageController {
  private settings: Settings | null = null;
  private pageOn = true;
  private mentions: PageMention[] | null = null;
  private session: HighlightSession | null = null;
  private watcher: MutationWatcher | null = null;
  private ownEntities: OwnEntity[] = [];
  private shadowRoots: ShadowRoot[] = [];
  private readonly lifetime = new AbortController();

  async start(): Promise<void> {
    onContentRequest((request) => this.answer(request));
    onSettingsChanged(() => void this.reloadSettings());
    await this.reloadSettings();
  }

  private get siteOn(): boolean {
    return this.settings !== null && highlightsOnForSite(this.settings, location.hostname);
  }

  private async reloadSettings(): Promise<void> {
    const [settings, ownEntities] = await Promise.all([loadSettings(), loadOwnEntities()]);
    this.settings = settings;
    if (JSON.stringify(ownEntities) !== JSON.stringify(this.ownEntities)) {
      // Other names to look for: the page must be scanned again.
      this.ownEntities = ownEntities;
      this.mentions = null;
    }
    this.apply();
  }

  private apply(): void {
    this.session?.destroy();
    this.session = null;
    this.watcher?.stop();
    this.watcher = null;
    if (this.settings && this.siteOn && this.pageOn) {
      // Scanned once per page; settings changes only re-select what is shown.
      this.mentions ??= this.scan();
      this.session = new HighlightSession(
        document,
        this.mentions,
        this.settings,
        this.cardLanguage(),
        {
          ownEntities: this.ownEntities,
          onHide: (entityId, scope) => void this.hideName(entityId, scope),
          onWrongEntity: (entityId, text) => void this.reportWrongEntity(entityId, text),
        },
      );
      // Pages change after load (feeds, live blogs, single-page apps, frameworks re-rendering):
      // new text is scanned once the changes settle, and the highlights follow.
      this.watcher = new MutationWatcher(() => this.rescan(), this.lifetime.signal);
      this.watcher.watch(document.documentElement);
      this.followShadowRoots();
    }
    this.markHighlighted();
    this.reportCount();
  }

  /** Scans the page; the benchmark (and anyone profiling a page) reads the marks. */
  private scan(): PageMention[] {
    performance.mark("backstory:scan-start");
    const { mentions, shadowRoots } = scanPage(
      document.body ?? document.documentElement,
      this.ownEntities,
    );
    this.shadowRoots = shadowRoots;
    return mentions;
  }

  /** Web components' shadow roots met by the scan: watched for changes, and styled. */
  private followShadowRoots(): void {
    for (const root of this.shadowRoots) this.watcher?.watch(root);
    this.session?.coverShadowRoots(this.shadowRoots);
  }

  private rescan(): void {
    if (!this.session) return;
    this.mentions = this.scan();
    this.session.update(this.mentions);
    this.followShadowRoots();
    this.markHighlighted();
    this.reportCount();
  }

  private markHighlighted(): void {
    performance.mark("backstory:highlighted", { detail: { mentions: this.mentions?.length ?? 0 } });
  }

  /** The badge counts the page the reader sees: the top frame's names. */
  private reportCount(): void {
    if (window === window.top) void reportEntityCount(this.session?.entities.length ?? 0);
  }

  private cardLanguage(): Lang {
    const forced = this.settings?.cardLanguage;
    if (forced === "en" || forced === "fr") return forced;
    return document.documentElement.lang.toLowerCase().startsWith("fr") ? "fr" : "en";
  }

  private async answer(request: ContentRequest): Promise<PageSummary | boolean | null> {
    switch (request.type) {
      case "get-page-summary":
        return {
          url: location.href,
          siteOn: this.siteOn,
          pageOn: this.pageOn,
          entities: this.session?.entities ?? [],
        };
      case "set-page-highlights":
        this.pageOn = request.on;
        this.apply();
        return true;
      case "toggle-site":
        await this.toggleSite();
        return true;
      case "reveal-entity":
        return this.session?.reveal(request.id) ?? false;
      case "next-mention":
        this.session?.revealNext();
        return true;
    }
  }

  /** "Hide this name": on this site or everywhere, until undone in the options page. */
  private async hideName(entityId: string, scope: "site" | "everywhere"): Promise<void> {
    const settings = await loadSettings();
    const site = scope === "site" ? normaliseSite(location.hostname) : null;
    await saveSettings({ hiddenNames: [...settings.hiddenNames, { entityId, site }] });
  }

  /** "Wrong entity": this text on this site is not that entity; the detector skips it here. */
  private async reportWrongEntity(entityId: string, text: string): Promise<void> {
    const settings = await loadSettings();
    const site = normaliseSite(location.hostname);
    if (!site) return;
    await saveSettings({ wrongEntities: [...settings.wrongEntities, { entityId, site, text }] });
  }

  /** Switches highlights off for this site, or back on if they were off here. */
  private async toggleSite(): Promise<void> {
    const settings = this.settings ?? (await loadSettings());
    const site = normaliseSite(location.hostname);
    if (!site) return;
    if (!settings.enabled) {
      await saveSettings({
        enabled: true,
        disabledSites: settings.disabledSites.filter((s) => !siteCovers(s, location.hostname)),
      });
      return;
    }
    const off = !highlightsOnForSite(settings, location.hostname);
    const disabledSites = off
      ? settings.disabledSites.filter((s) => !siteCovers(s, location.hostname))
      : [...settings.disabledSites, site];
    await saveSettings({ disabledSites });
  }
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
