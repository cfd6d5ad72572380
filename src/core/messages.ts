// Every message between the content script, the popup and the background is declared here
// and parsed where it arrives: anything that does not fit is dropped.
import type { EntityType, Lang } from "./dataset";
import { ENTITY_TYPES, LANGS } from "./dataset";
import { isEntityId, isHttpsUrl, isRecord } from "./guards";
import { DATE_SOURCES, type PageDate } from "./page-date";

export interface PageEntity {
  id: string;
  name: string;
  type: EntityType;
  /** How many times the page mentions it (among the types and names the reader shows). */
  count: number;
}

export interface PageSummary {
  url: string;
  /** Highlights are on for this site and everywhere (the stored switches). */
  siteOn: boolean;
  /** The tab's own switch, which lasts until the page is left. */
  pageOn: boolean;
  entities: PageEntity[];
  /** When the page was published and where that was found, if it says. */
  pageDate: PageDate | null;
}

/** Who stated a value and when: "Financial Times · 23 May 2024", linked when it has a canonical URL. */
export interface CardSource {
  publisher: string;
  /** The publication's date, written out ("23 May 2024"), or "" when unknown. */
  date: string;
  url: string | null;
}

/** One key fact, written out in the card's language, with when it was true and who says so. */
export interface CardFact {
  label: string;
  value: string;
  /** "May 2024": when the value was true ("" for what does not change, such as a founding). */
  asOf: string;
  source: CardSource;
  /** The value names another entity of the page (its CEO, a founder): shown first. */
  onPage?: boolean;
}

/** "invested in xAI", from the card entity's point of view. */
export interface CardRelation {
  entityId: string;
  text: string;
  /** The other entity is on the page the card is opened from: listed first. */
  onPage: boolean;
  /** When it happened (one entry per event, e.g. two investments), each with its source. */
  events: Array<{ date: string | null; source: CardSource }>;
}

export interface CardRound {
  /** "Series B · May 2024" */
  title: string;
  /** "US$6 billion, valued at US$24 billion" */
  amount: string;
  /** "Led by …; with …" or "" */
  investors: string;
  source: CardSource;
}

/** One change after the article's date: "Series C: US$6 billion" · "December 2024". */
export interface CardChange {
  date: string;
  text: string;
  source: CardSource;
}

/** The entity as it was on the article's date ("When this was written — May 2024"). */
export interface CardThen {
  /** The article's date, written out. */
  date: string;
  facts: CardFact[];
  /** What the dataset cannot tell for that date ("No valuation recorded for that date"). */
  unknown: string[];
}

/** What the card shows, in one language; the background builds it from the facts index. */
export interface EntityCard {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  wikipediaUrl: string | null;
  facts: CardFact[];
  relations: CardRelation[];
  rounds: CardRound[];
  /** For an article written a while ago: what held then, and what changed since. */
  dated?: { asWritten: CardThen; since: CardChange[] };
}

/** The ties between two entities of a page, said once, for the popup's "Connections". */
export interface RelationLine {
  from: string;
  fromName: string;
  /** "founded and leads ", from `from`'s side, in the popup's language, with the space (or
   * elision, "partenaire d’") that joins it to `toName`. */
  verb: string;
  to: string;
  toName: string;
  /** "CEO since February 2014", or "". */
  terms: string;
  /** When the ties happened, written out at month precision, oldest first. */
  dates: string[];
  source: CardSource;
}

/** Sent to a tab's content script (by the popup or the background). */
export type ContentRequest =
  | { type: "get-page-summary" }
  | { type: "set-page-highlights"; on: boolean }
  | { type: "reveal-entity"; id: string }
  | { type: "toggle-site" }
  | { type: "next-mention" }
  | { type: "previous-mention" }
  /**
   * The reader changed settings (from any page): read them again, and the page too where the
   * reader's own names changed. Told by the background, so that a content script never has to
   * bind the storage API on a page's load.
   */
  | { type: "settings-changed"; ownEntities: boolean };

/** Sent to the background (by content scripts and pages). */
export type BackgroundRequest =
  | {
      type: "get-entity-card";
      id: string;
      lang: Lang;
      pageIds: string[];
      /** YYYY-MM-DD (or YYYY-MM) the page was published, when the card should show it then. */
      asOf?: string;
    }
  /**
   * The cards as of today of the first names of a page that names `pageIds` (first seen first):
   * asked in idle time after a read, so a card needs no wait (prefetched-cards.ts). Answered by
   * id; names without a card (the reader's own) are left out.
   */
  | { type: "get-page-cards"; lang: Lang; pageIds: string[] }
  /** `ids` most mentioned first: the connections between the page's main names come first. */
  | { type: "get-relations"; ids: string[]; lang: Lang }
  | { type: "get-entity-names"; ids: string[] }
  /** The dataset entities a name as written can stand for ("Wrong entity" offers them). */
  | { type: "get-entities-named"; text: string }
  /**
   * How many entities the page names; `more`: parts of a large page are not read yet (it is
   * read as it is shown), so the count can grow.
   */
  | { type: "report-entity-count"; count: number; more: boolean }
  /** The reader's settings as a page of `host` needs them (see page-settings). */
  | { type: "get-page-settings"; host: string }
  /** Highlights off for the site of `host`, or back on if they were off there. */
  | { type: "toggle-site-of"; host: string };

const MAX_IDS = 2000;
/** Longer than any alias (matcher-tables' MAX_PATTERN_LENGTH), with room for odd spacing. */
const MAX_NAME_TEXT = 300;

export function parseContentRequest(raw: unknown): ContentRequest | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case "get-page-summary":
    case "toggle-site":
    case "next-mention":
    case "previous-mention":
      return { type: raw.type };
    case "set-page-highlights":
      return typeof raw.on === "boolean" ? { type: raw.type, on: raw.on } : null;
    case "reveal-entity":
      return isEntityId(raw.id) ? { type: raw.type, id: raw.id } : null;
    case "settings-changed":
      return typeof raw.ownEntities === "boolean"
        ? { type: raw.type, ownEntities: raw.ownEntities }
        : null;
    default:
      return null;
  }
}

export function parseBackgroundRequest(raw: unknown): BackgroundRequest | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case "get-entity-card": {
      const { id, lang, pageIds, asOf } = raw;
      if (!isEntityId(id) || !isLang(lang) || !isIdList(pageIds)) return null;
      if (asOf === undefined) return { type: raw.type, id, lang, pageIds };
      return isPageDate(asOf) ? { type: raw.type, id, lang, pageIds, asOf } : null;
    }
    case "get-page-cards": {
      const { lang, pageIds } = raw;
      return isLang(lang) && isIdList(pageIds) ? { type: raw.type, lang, pageIds } : null;
    }
    case "get-relations": {
      const { ids, lang } = raw;
      return isIdList(ids) && isLang(lang) ? { type: raw.type, ids, lang } : null;
    }
    case "get-entity-names": {
      const { ids } = raw;
      return isIdList(ids) ? { type: raw.type, ids } : null;
    }
    case "get-entities-named": {
      const { text } = raw;
      const valid = typeof text === "string" && text.length > 0 && text.length <= MAX_NAME_TEXT;
      return valid ? { type: raw.type, text } : null;
    }
    case "get-page-settings":
    case "toggle-site-of": {
      const { host } = raw;
      return isHostname(host) ? { type: raw.type, host } : null;
    }
    case "report-entity-count": {
      const { count, more } = raw;
      const valid = typeof count === "number" && Number.isInteger(count) && count >= 0;
      return valid && typeof more === "boolean" ? { type: raw.type, count, more } : null;
    }
    default:
      return null;
  }
}

export function parsePageSummary(raw: unknown): PageSummary | null {
  if (!isRecord(raw) || typeof raw.url !== "string" || !Array.isArray(raw.entities)) return null;
  if (typeof raw.siteOn !== "boolean" || typeof raw.pageOn !== "boolean") return null;
  const entities: PageEntity[] = [];
  for (const item of raw.entities) {
    if (!isRecord(item)) return null;
    const { id, name, type, count } = item;
    if (!isEntityId(id) || typeof name !== "string" || !isEntityType(type)) return null;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return null;
    entities.push({ id, name, type, count });
  }
  const pageDate = parsePageDate(raw.pageDate);
  if (pageDate === undefined) return null;
  return { url: raw.url, siteOn: raw.siteOn, pageOn: raw.pageOn, entities, pageDate };
}

/** A page date, null for none, undefined for anything else. */
function parsePageDate(raw: unknown): PageDate | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw) || !isPageDate(raw.date)) return undefined;
  const source = DATE_SOURCES.find((known) => known === raw.source);
  return source ? { date: raw.date, source } : undefined;
}

export function parseEntityCard(raw: unknown): EntityCard | null {
  if (!isRecord(raw)) return null;
  const { id, name, type, summary, wikipediaUrl } = raw;
  if (!isEntityId(id) || typeof name !== "string" || !isEntityType(type)) return null;
  if (typeof summary !== "string") return null;
  if (wikipediaUrl !== null && !isHttpsUrl(wikipediaUrl)) return null;
  const facts = parseList(raw.facts, parseCardFact);
  const relations = parseList(raw.relations, (item): CardRelation | null => {
    if (
      !hasStrings(item, ["text"]) ||
      !isEntityId(item.entityId) ||
      typeof item.onPage !== "boolean"
    ) {
      return null;
    }
    const events = parseList(item.events, (event): CardRelation["events"][number] | null => {
      if (!isRecord(event) || !(event.date === null || typeof event.date === "string")) return null;
      const source = parseCardSource(event.source);
      return source ? { date: event.date, source } : null;
    });
    return events && events.length > 0
      ? { entityId: item.entityId, text: item.text, onPage: item.onPage, events }
      : null;
  });
  const rounds = parseList(raw.rounds, (item): CardRound | null => {
    if (!hasStrings(item, ["title", "amount", "investors"])) return null;
    const source = parseCardSource(item.source);
    return source
      ? { title: item.title, amount: item.amount, investors: item.investors, source }
      : null;
  });
  if (!facts || !relations || !rounds) return null;
  const card: EntityCard = { id, name, type, summary, wikipediaUrl, facts, relations, rounds };
  if (raw.dated === undefined) return card;
  const dated = parseDated(raw.dated);
  return dated ? { ...card, dated } : null;
}

function parseCardFact(item: unknown): CardFact | null {
  if (!hasStrings(item, ["label", "value", "asOf"])) return null;
  const source = parseCardSource(item.source);
  const fact: CardFact | null = source
    ? { label: item.label, value: item.value, asOf: item.asOf, source }
    : null;
  if (!fact || item.onPage === undefined) return fact;
  return typeof item.onPage === "boolean" ? { ...fact, onPage: item.onPage } : null;
}

function parseDated(raw: unknown): EntityCard["dated"] | null {
  if (!isRecord(raw) || !isRecord(raw.asWritten)) return null;
  const { date } = raw.asWritten;
  if (typeof date !== "string") return null;
  const facts = parseList(raw.asWritten.facts, parseCardFact);
  const unknown = parseList(raw.asWritten.unknown, (item) =>
    typeof item === "string" ? item : null,
  );
  const since = parseList(raw.since, (item): CardChange | null => {
    if (!hasStrings(item, ["date", "text"])) return null;
    const source = parseCardSource(item.source);
    return source ? { date: item.date, text: item.text, source } : null;
  });
  if (!facts || !unknown || !since) return null;
  return { asWritten: { date, facts, unknown }, since };
}

/** A source whose link, if any, is https: the card never links anything else. */
function parseCardSource(raw: unknown): CardSource | null {
  if (!hasStrings(raw, ["publisher", "date"])) return null;
  if (raw.url !== null && !isHttpsUrl(raw.url)) return null;
  return { publisher: raw.publisher, date: raw.date, url: raw.url };
}

/** A list whose every item parses, or null. */
function parseList<T>(raw: unknown, parseItem: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(raw) || raw.length > 200) return null;
  const items: T[] = [];
  for (const item of raw) {
    const parsed = parseItem(item);
    if (parsed === null) return null;
    items.push(parsed);
  }
  return items;
}

function hasStrings<K extends string>(
  item: unknown,
  keys: K[],
): item is Record<K, string> & Record<string, unknown> {
  return isRecord(item) && keys.every((key) => typeof item[key] === "string");
}

function isPageDate(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}(-\d{2})?$/.test(value);
}

/** A page's `location.hostname`: letters, digits, dots, hyphens (IDN hosts come punycoded). */
function isHostname(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9.-]{1,253}$/i.test(value);
}

function isIdList(value: unknown): value is string[] {
  // Array.from: `every` skips the holes of a sparse array.
  return Array.isArray(value) && value.length <= MAX_IDS && Array.from(value).every(isEntityId);
}

/** Names of entities by id, for pages that show ids the user stored (hidden names). */
export function parseEntityNames(raw: unknown): Record<string, string> | null {
  if (!isRecord(raw)) return null;
  const names: Record<string, string> = {};
  for (const [id, name] of Object.entries(raw)) {
    if (!isEntityId(id) || typeof name !== "string") return null;
    names[id] = name;
  }
  return names;
}

export function parseRelationLines(raw: unknown): RelationLine[] | null {
  return parseList(raw, (item): RelationLine | null => {
    if (!hasStrings(item, ["fromName", "verb", "toName", "terms"])) return null;
    const { from, to } = item;
    if (!isEntityId(from) || !isEntityId(to)) return null;
    const dates = parseList(item.dates, (date) => (typeof date === "string" ? date : null));
    const source = parseCardSource(item.source);
    if (!dates || !source) return null;
    const { fromName, verb, toName, terms } = item;
    return { from, fromName, verb, to, toName, terms, dates, source };
  });
}

function isEntityType(value: unknown): value is EntityType {
  return (ENTITY_TYPES as readonly unknown[]).includes(value);
}

function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
