// When was this article published? The content script gathers what the page carries (meta tags,
// JSON-LD, <time> elements, the URL, a visible dateline) as candidates; this decides, by trust:
// what the publisher states for machines first, what a reader sees last. A modified date is not
// a publication date; a date in the future, or none, is no date.

/** Where a candidate was found, most trusted first. */
export const DATE_SOURCES = ["meta", "json-ld", "time", "itemprop", "url", "dateline"] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export interface DateCandidate {
  source: DateSource;
  /** The raw text: an ISO string, a URL path, a dateline such as "Publié le 27 mai 2024 à 10h12". */
  text: string;
}

export interface PageDate {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known (a URL such as /2024/05/). */
  date: string;
  source: DateSource;
}

/** Today's date, YYYY-MM-DD (UTC), as page dates and `isDatedPage` compare them. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** An article this recent is read as today's: its cards show the present only. */
const RECENT_DAYS = 31;

/**
 * Whether a page's date (YYYY-MM-DD or YYYY-MM) is old enough for its cards to show the entity
 * "then" before "now"; `today` is YYYY-MM-DD.
 */
export function isDatedPage(pageDate: string, today: string): boolean {
  const [year = 0, month = 1, day = 1] = pageDate.split("-").map(Number);
  const page = Date.UTC(year, month - 1, day);
  return Date.parse(`${today}T00:00:00Z`) - page > RECENT_DAYS * 86_400_000;
}

// Before the web's news sites: a date this old in a page's header is not its publication.
const EARLIEST_YEAR = 1995;

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  janv: 1,
  janvier: 1,
  feb: 2,
  february: 2,
  févr: 2,
  fevr: 2,
  février: 2,
  fevrier: 2,
  mar: 3,
  march: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avr: 4,
  avril: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juin: 6,
  jul: 7,
  july: 7,
  juil: 7,
  juillet: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  déc: 12,
  décembre: 12,
  decembre: 12,
};

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function day(year: number, month: number, dayOfMonth: number): string | undefined {
  return isRealDay(year, month, dayOfMonth)
    ? `${year}-${pad(month)}-${pad(dayOfMonth)}`
    : undefined;
}

/**
 * The calendar day an ISO-like timestamp names, as the publisher wrote it (its own offset):
 * "2024-05-27T10:12:00+02:00" → "2024-05-27". Also "20240527" and "2024/05/27".
 */
export function dayOfTimestamp(text: string): string | undefined {
  const match = /^\s*(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?:$|[T\s])/.exec(text);
  if (!match) return undefined;
  return day(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A date in a URL's path: /2024/05/27/, /2024-05-27-, /20240527/; /2024/05/ gives the month. */
export function dateInPath(url: string): string | undefined {
  // The path alone: a date in the host or the query is not the article's.
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").split(/[?#]/)[0] ?? "";
  const full =
    /(?:^|\/|-|_)((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=\/|-|_|\.|$)/.exec(
      path,
    );
  if (full) return day(Number(full[1]), Number(full[2]), Number(full[3]));
  const compact = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\/|-|_|\.|$)/.exec(
    path,
  );
  if (compact) return day(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const month = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  return month ? `${month[1]}-${month[2]}` : undefined;
}

// A dateline's parts, each starting with the word that says what its date is: "Published …",
// "Updated …", "Publié le …", "Mis à jour le …". Parts about a change are not the publication.
const DATELINE_PART =
  /(?=\b(?:published|posted|updated|modified|edited|revised)\b|(?:publié|mis à jour|mise à jour|modifié|actualisé))/i;
const MODIFIED_PART =
  /^(?:updated|modified|edited|revised|mis à jour|mise à jour|modifié|actualisé)/i;

const MONTH_WORD = "([a-zéûè]{3,9})\\.?";
// Marked pure: the content script imports this module only for DATE_SOURCES, and a bundler
// keeps a constructor call it cannot prove harmless.
const MONTH_FIRST = /* @__PURE__ */ new RegExp(
  `\\b${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})\\b`,
  "i",
);
const DAY_FIRST = /* @__PURE__ */ new RegExp(
  `\\b(\\d{1,2})(?:er|st|nd|rd|th)? ${MONTH_WORD},? ((?:19|20)\\d{2})\\b`,
  "i",
);
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/;
const ISO_DAY = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;

function dayInText(text: string, lang: "en" | "fr" | null): string | undefined {
  const monthFirst = MONTH_FIRST.exec(text);
  const monthOfFirst = MONTHS[(monthFirst?.[1] ?? "").toLowerCase()];
  if (monthFirst && monthOfFirst)
    return day(Number(monthFirst[3]), monthOfFirst, Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  const monthOfDay = MONTHS[(dayFirst?.[2] ?? "").toLowerCase()];
  if (dayFirst && monthOfDay) return day(Number(dayFirst[3]), monthOfDay, Number(dayFirst[1]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    // Day first (27/05/2024), except on an English page where only month first makes sense.
    const monthFirstOrder = lang === "en" && second > 12;
    return monthFirstOrder
      ? day(Number(numeric[3]), first, second)
      : day(Number(numeric[3]), second, first);
  }
  const iso = ISO_DAY.exec(text);
  return iso ? day(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
}

/**
 * The day a visible dateline names, in English or French: "Published May 27, 2024",
 * "27 May 2024", "Publié le 27 mai 2024 à 10h12", "le 1er août 2024", "27/05/2024". A date
 * that only says when the article was updated is not its publication.
 */
export function dayOfDateline(text: string, lang: "en" | "fr" | null = null): string | undefined {
  const clean = text.normalize("NFC").replace(/\s+/g, " ").trim();
  for (const part of clean.split(DATELINE_PART)) {
    if (MODIFIED_PART.test(part.trim())) continue;
    const found = dayInText(part, lang);
    if (found) return found;
  }
  return undefined;
}

function dateOf(candidate: DateCandidate, lang: "en" | "fr" | null): string | undefined {
  switch (candidate.source) {
    case "url":
      return dateInPath(candidate.text);
    case "dateline":
      return dayOfDateline(candidate.text, lang);
    default:
      return dayOfTimestamp(candidate.text) ?? dayOfDateline(candidate.text, lang);
  }
}

/**
 * The page's publication date: the most trusted candidate that names a real day (or month)
 * neither in the future nor before 1995. `today` is YYYY-MM-DD; a day ahead is allowed for
 * time zones east of the reader's.
 */
export function findPublicationDate(
  candidates: readonly DateCandidate[],
  today: string,
  lang: "en" | "fr" | null = null,
): PageDate | null {
  const tomorrow = new Date(`${today}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  const latest = tomorrow.toISOString().slice(0, 10);
  const ranked = [...candidates].sort(
    (a, b) => DATE_SOURCES.indexOf(a.source) - DATE_SOURCES.indexOf(b.source),
  );
  for (const candidate of ranked) {
    const date = dateOf(candidate, lang);
    if (date === undefined) continue;
    if (Number(date.slice(0, 4)) < EARLIEST_YEAR) continue;
    if (date.slice(0, latest.length) > latest.slice(0, date.length)) continue;
    return { date, source: candidate.source };
  }
  return null;
}
