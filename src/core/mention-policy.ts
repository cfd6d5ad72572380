// Which of the detected mentions the reader sees, given their settings and the site.
import type { EntityType } from "./dataset";
import type { PageSettings } from "./page-settings";
import type { Settings } from "./settings";
import { siteCovers } from "./site";

export interface PolicyMention {
  entity: { id: string; type: EntityType };
  /** The mention's text as written on the page. */
  text: string;
  /**
   * In the article's headline or body, not its navigation, breadcrumb, byline, footer or
   * "most read" lists. Read only in "first" density, and only until an entity's first mention
   * in the article is found (a getter may compute it on demand).
   */
  readonly inArticle: boolean;
}

/** Whether highlights are on for a page of `hostname` (the page switch aside). */
export function highlightsOnForSite(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.some((site) => siteCovers(site, hostname));
}

/**
 * Mentions the reader chose to see: not of a hidden name, not reported as the wrong entity on
 * this site, of a type switched on. `highlighted` keeps one per entity in "first" density: its
 * first mention in the article, or its first anywhere when the article never names it (the
 * page's own menus and breadcrumbs come first in reading order, but a reader looks for the name
 * in the story).
 */
export function selectMentions<M extends PolicyMention>(
  mentions: readonly M[],
  settings: PageSettings,
): { counted: M[]; highlighted: M[] } {
  const hidden = new Set(settings.hiddenIds);
  const wrong = new Set(settings.wrong.map((report) => `${report.entityId}\u0000${report.text}`));
  // The reports' keys are only built when there are any: a long page has 8,000 mentions.
  const counted = mentions.filter(
    (mention) =>
      settings.types[mention.entity.type] &&
      !hidden.has(mention.entity.id) &&
      (wrong.size === 0 || !wrong.has(`${mention.entity.id}\u0000${mention.text}`)),
  );
  if (settings.density === "all") return { counted, highlighted: counted };
  return { counted, highlighted: firstMentions(counted) };
}

/** Each entity's first mention in the article, else its first anywhere; in reading order. */
function firstMentions<M extends PolicyMention>(mentions: readonly M[]): M[] {
  const chosen = new Map<string, { mention: M; inArticle: boolean }>();
  for (const mention of mentions) {
    const before = chosen.get(mention.entity.id);
    // Once an entity's mention in the article is found, its later mentions are not looked at.
    if (before?.inArticle) continue;
    const inArticle = mention.inArticle;
    if (!before || inArticle) chosen.set(mention.entity.id, { mention, inArticle });
  }
  const keep = new Set([...chosen.values()].map((choice) => choice.mention));
  return mentions.filter((mention) => keep.has(mention));
}
