// Which of the detected mentions the reader sees, given their settings and the site.
import type { EntityType } from "./dataset";
import type { Settings } from "./settings";
import { siteCovers } from "./site";

export interface PolicyMention {
  entity: { id: string; type: EntityType };
  /** The mention's text as written on the page. */
  text: string;
}

/** Whether highlights are on for a page of `hostname` (the page switch aside). */
export function highlightsOnForSite(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.some((site) => siteCovers(site, hostname));
}

/**
 * Mentions the reader chose to see: not of a hidden name, not reported as the wrong entity on
 * this site, of a type switched on. `highlighted` keeps one per entity in "first" density.
 */
export function selectMentions<M extends PolicyMention>(
  mentions: readonly M[],
  settings: Settings,
  hostname: string,
): { counted: M[]; highlighted: M[] } {
  const hidden = new Set(
    settings.hiddenNames
      .filter((name) => name.site === null || siteCovers(name.site, hostname))
      .map((name) => name.entityId),
  );
  const wrong = new Set(
    settings.wrongEntities
      .filter((report) => siteCovers(report.site, hostname))
      .map((report) => `${report.entityId}\u0000${report.text}`),
  );
  const counted = mentions.filter(
    (mention) =>
      settings.types[mention.entity.type] &&
      !hidden.has(mention.entity.id) &&
      !wrong.has(`${mention.entity.id}\u0000${mention.text}`),
  );
  if (settings.density === "all") return { counted, highlighted: counted };
  const seen = new Set<string>();
  const highlighted = counted.filter((mention) => {
    if (seen.has(mention.entity.id)) return false;
    seen.add(mention.entity.id);
    return true;
  });
  return { counted, highlighted };
}
