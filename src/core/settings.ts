// The user's settings: one schema with a version number, validated field by field wherever it
// enters (storage, import). A field that fails validation falls back to its default; the others
// are kept, so one corrupted value never costs the user the rest.
import { ENTITY_TYPES, type EntityType } from "./dataset";
import { isEntityId, isRecord } from "./guards";
import { type Problem, problem, problemText } from "./problems";
import { normaliseSite } from "./site";

export const SETTINGS_VERSION = 1;

export type Density = "first" | "all";
export type OpenOn = "hover" | "click";
export type CardLanguage = "auto" | "en" | "fr";

/** A name the user chose not to see highlighted, on one site or (site null) everywhere. */
export interface HiddenName {
  entityId: string;
  site: string | null;
}

/** A mention the user flagged as the wrong entity; the detector skips it on that site. */
export interface WrongEntityReport {
  entityId: string;
  site: string;
  /** The text that was wrongly matched, e.g. "Apple". */
  text: string;
  /**
   * What the text really names there, when the user said: another entity's id, or "other" for
   * something Backstory does not know. Absent in reports made before the card asked.
   */
  actually?: string;
}

/** `actually` of a report whose text names something outside the dataset. */
export const SOMETHING_ELSE = "other";

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Master switch: highlights everywhere. */
  enabled: boolean;
  /** Sites (hostnames) where highlights are switched off. */
  disabledSites: string[];
  /** Sites outside the curated list where the user chose "Always run on this site". */
  enabledSites: string[];
  /** Opt-in: run on every site. */
  allSites: boolean;
  density: Density;
  /** Which entity types are highlighted. */
  types: Record<EntityType, boolean>;
  hoverDelayMs: number;
  openOn: OpenOn;
  cardLanguage: CardLanguage;
  /**
   * Sites where cards put today's facts first. Elsewhere a card on an article published a while
   * ago shows the entity as it was on that date first ("Facts as of: publication").
   */
  presentFirstSites: string[];
  hiddenNames: HiddenName[];
  wrongEntities: WrongEntityReport[];
}

export const HOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;
const MAX_LIST_LENGTH = 5000;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    disabledSites: [],
    enabledSites: [],
    allSites: false,
    density: "first",
    types: Object.fromEntries(ENTITY_TYPES.map((type) => [type, true])) as Record<
      EntityType,
      boolean
    >,
    hoverDelayMs: 350,
    openOn: "hover",
    cardLanguage: "auto",
    presentFirstSites: [],
    hiddenNames: [],
    wrongEntities: [],
  };
}

/** Why a field was not taken as it was: `field` is a path such as `types.person`. */
export interface SettingsIssue {
  field: string;
  /** In English, for the console. */
  message: string;
  /** The same, for a page to say in the reader's language (issues of an import have one). */
  problem?: Problem;
}

/**
 * How strictly a value is read. "stored": what we wrote ourselves, maybe damaged; keep every
 * valid entry of a list and drop the rest. "import": a file the user hands us; refuse any flaw.
 */
type Mode = "stored" | "import";

/** A parser's verdict: the value (and what it had to drop), or why it refused. */
type Parsed<T> = { value: T; dropped?: string } | { error: Problem };

const PARSERS: {
  [K in Exclude<keyof Settings, "version">]: (value: unknown, mode: Mode) => Parsed<Settings[K]>;
} = {
  enabled: parseBoolean,
  allSites: parseBoolean,
  disabledSites: (value, mode) => parseList(value, mode, parseSite),
  enabledSites: (value, mode) => parseList(value, mode, parseSite),
  presentFirstSites: (value, mode) => parseList(value, mode, parseSite),
  density: (value) => parseChoice(value, ["first", "all"] as const),
  openOn: (value) => parseChoice(value, ["hover", "click"] as const),
  cardLanguage: (value) => parseChoice(value, ["auto", "en", "fr"] as const),
  hoverDelayMs: (value) => {
    const { min, max } = HOVER_DELAY_RANGE;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      return { error: problem("mustBeHoverDelay", String(min), String(max)) };
    }
    return { value };
  },
  types: (value) => {
    if (!isRecord(value)) return { error: problem("mustBeTypes") };
    const types = defaultSettings().types;
    for (const [key, on] of Object.entries(value)) {
      if (!(ENTITY_TYPES as readonly string[]).includes(key)) {
        return { error: problem("unknownType", key) };
      }
      if (typeof on !== "boolean") return { error: problem("typeMustBeBoolean", key) };
      types[key as EntityType] = on;
    }
    return { value: types };
  },
  hiddenNames: (value, mode) =>
    parseList(value, mode, (item): HiddenName | null => {
      if (!isRecord(item) || !isEntityId(item.entityId)) return null;
      if (item.site === null) return { entityId: item.entityId, site: null };
      const site = parseSite(item.site);
      return site === null ? null : { entityId: item.entityId, site };
    }),
  wrongEntities: (value, mode) =>
    parseList(value, mode, (item): WrongEntityReport | null => {
      if (!isRecord(item) || !isEntityId(item.entityId)) return null;
      const site = parseSite(item.site);
      if (site === null || typeof item.text !== "string" || item.text.length > 200) return null;
      const report: WrongEntityReport = { entityId: item.entityId, site, text: item.text };
      if (item.actually === undefined) return report;
      const { actually } = item;
      const valid =
        actually === SOMETHING_ELSE || (isEntityId(actually) && actually !== report.entityId);
      return valid ? { ...report, actually } : null;
    }),
};

export const SETTINGS_FIELDS = Object.keys(PARSERS) as Array<keyof typeof PARSERS>;

/**
 * Reads stored settings of the current version leniently: an invalid field takes its default,
 * an invalid list entry is dropped, and each is reported; everything valid is kept.
 */
export function settingsFromStored(raw: Record<string, unknown>): {
  settings: Settings;
  issues: SettingsIssue[];
} {
  const settings = defaultSettings();
  const issues: SettingsIssue[] = [];
  for (const field of SETTINGS_FIELDS) {
    if (!(field in raw)) continue;
    const parsed = PARSERS[field](raw[field], "stored");
    if ("error" in parsed) {
      issues.push({ field, message: `${problemText(parsed.error)}; the default is used` });
      continue;
    }
    (settings as unknown as Record<string, unknown>)[field] = parsed.value;
    if (parsed.dropped) issues.push({ field, message: parsed.dropped });
  }
  return { settings, issues };
}

/**
 * Reads settings strictly, for an import: every field present must be valid and no unknown
 * field may appear. Any flaw refuses the whole import, naming the field.
 */
export function settingsFromImport(
  raw: Record<string, unknown>,
): { settings: Settings; issues: [] } | { settings: null; issues: SettingsIssue[] } {
  const issues: SettingsIssue[] = [];
  const settings = defaultSettings();
  for (const [key, value] of Object.entries(raw)) {
    if (key === "version") continue;
    if (!(SETTINGS_FIELDS as string[]).includes(key)) {
      const unknown = problem("unknownSetting");
      issues.push({ field: key, message: problemText(unknown), problem: unknown });
      continue;
    }
    const parsed = PARSERS[key as (typeof SETTINGS_FIELDS)[number]](value, "import");
    if ("error" in parsed) {
      issues.push({ field: key, message: problemText(parsed.error), problem: parsed.error });
    } else (settings as unknown as Record<string, unknown>)[key] = parsed.value;
  }
  return issues.length === 0 ? { settings, issues: [] } : { settings: null, issues };
}

function parseBoolean(value: unknown): Parsed<boolean> {
  return typeof value === "boolean" ? { value } : { error: problem("mustBeBoolean") };
}

function parseChoice<T extends string>(value: unknown, choices: readonly T[]): Parsed<T> {
  return (choices as readonly unknown[]).includes(value)
    ? { value: value as T }
    : { error: problem("mustBeOneOf", choices.map((choice) => `"${choice}"`).join(", ")) };
}

function parseSite(value: unknown): string | null {
  return typeof value === "string" ? normaliseSite(value) : null;
}

/** A list of valid entries, without duplicates, in the order given. */
function parseList<T>(
  value: unknown,
  mode: Mode,
  parseItem: (item: unknown) => T | null,
): Parsed<T[]> {
  if (!Array.isArray(value)) return { error: problem("mustBeList") };
  if (value.length > MAX_LIST_LENGTH) {
    return { error: problem("tooManyEntries", String(MAX_LIST_LENGTH)) };
  }
  const items: T[] = [];
  const seen = new Set<string>();
  const bad: number[] = [];
  for (const [index, raw] of value.entries()) {
    const item = parseItem(raw);
    if (item === null) {
      if (mode === "import") return { error: problem("invalidEntryAt", String(index + 1)) };
      bad.push(index + 1);
      continue;
    }
    const key = JSON.stringify(item);
    if (!seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  if (bad.length === 0) return { value: items };
  return { value: items, dropped: `invalid entries at positions ${bad.join(", ")} were dropped` };
}
