// The reader's settings as one page needs them, worked out by the background for the page's
// site: the content script, compiled on every page, carries neither the settings' validation nor
// their migrations, only the small check of this answer.
import { ENTITY_TYPES, type EntityType } from "./dataset";
import { isEntityId, isRecord } from "./guards";
import { highlightsOnForSite } from "./mention-policy";
import type { CardLanguage, Density, OpenOn, Settings } from "./settings";
import { HOVER_DELAY_RANGE } from "./settings";
import { siteCovers } from "./site";

export interface PageSettings {
  /** Highlights are on for this site (the master switch and the site's own). */
  on: boolean;
  density: Density;
  types: Record<EntityType, boolean>;
  /** Entities hidden on this site or everywhere. */
  hiddenIds: string[];
  /** Texts reported on this site as not naming that entity. */
  wrong: Array<{ entityId: string; text: string }>;
  openOn: OpenOn;
  hoverDelayMs: number;
  cardLanguage: CardLanguage;
  /** Cards put today's facts first on this site. */
  presentFirst: boolean;
}

export function pageSettingsFor(settings: Settings, hostname: string): PageSettings {
  return {
    on: highlightsOnForSite(settings, hostname),
    density: settings.density,
    types: { ...settings.types },
    hiddenIds: settings.hiddenNames
      .filter((name) => name.site === null || siteCovers(name.site, hostname))
      .map((name) => name.entityId),
    wrong: settings.wrongEntities
      .filter((report) => siteCovers(report.site, hostname))
      .map(({ entityId, text }) => ({ entityId, text })),
    openOn: settings.openOn,
    hoverDelayMs: settings.hoverDelayMs,
    cardLanguage: settings.cardLanguage,
    presentFirst: settings.presentFirstSites.some((site) => siteCovers(site, hostname)),
  };
}

const MAX_ENTRIES = 5000;
const MAX_TEXT = 300;

function oneOf<T extends string>(value: unknown, choices: readonly T[]): value is T {
  return (choices as readonly unknown[]).includes(value);
}

function isList<T>(value: unknown, item: (entry: unknown) => entry is T): value is T[] {
  return Array.isArray(value) && value.length <= MAX_ENTRIES && Array.from(value).every(item);
}

function isWrongReport(value: unknown): value is { entityId: string; text: string } {
  return (
    isRecord(value) &&
    isEntityId(value.entityId) &&
    typeof value.text === "string" &&
    value.text.length <= MAX_TEXT
  );
}

/** The background's answer, checked where it enters the page; null if anything does not fit. */
export function parsePageSettings(raw: unknown): PageSettings | null {
  if (!isRecord(raw)) return null;
  const { on, density, types, hiddenIds, wrong, openOn, hoverDelayMs, cardLanguage } = raw;
  const { presentFirst } = raw;
  if (typeof on !== "boolean" || typeof presentFirst !== "boolean") return null;
  if (!oneOf(density, ["first", "all"] as const) || !oneOf(openOn, ["hover", "click"] as const)) {
    return null;
  }
  if (!oneOf(cardLanguage, ["auto", "en", "fr"] as const)) return null;
  if (!isRecord(types) || !ENTITY_TYPES.every((type) => typeof types[type] === "boolean")) {
    return null;
  }
  const delayOk =
    typeof hoverDelayMs === "number" &&
    Number.isInteger(hoverDelayMs) &&
    hoverDelayMs >= HOVER_DELAY_RANGE.min &&
    hoverDelayMs <= HOVER_DELAY_RANGE.max;
  if (!delayOk || !isList(hiddenIds, isEntityId) || !isList(wrong, isWrongReport)) return null;
  return {
    on,
    density,
    types: Object.fromEntries(ENTITY_TYPES.map((type) => [type, types[type] === true])) as Record<
      EntityType,
      boolean
    >,
    hiddenIds,
    wrong: wrong.map(({ entityId, text }) => ({ entityId, text })),
    openOn,
    hoverDelayMs,
    cardLanguage,
    presentFirst,
  };
}
