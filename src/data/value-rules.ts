// The rules for single values of the dataset (ids, dates, URLs, money, text), kept apart from the
// walk over an entity's structure so each rule can be read and tested on its own.

const KEBAB_CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Lowercase ascii words joined by single hyphens: `sequoia-capital`, `gpt-4o`. */
export function isKebabCaseId(text: string): boolean {
  return KEBAB_CASE_ID.test(text);
}

/** ISO 4217 shape (three uppercase letters); the list of codes itself changes too often to bundle. */
export function isCurrencyCode(text: string): boolean {
  return CURRENCY_CODE.test(text);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(year: string, month?: string, day?: string): boolean {
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth(Number(year), monthNumber);
}

/** YYYY-MM-DD naming a day that exists (no 2024-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  return match !== null && isRealDate(match[1] ?? "", match[2], match[3]);
}

/** YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day where given. */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  return match !== null && isRealDate(match[1] ?? "", match[2], match[3]);
}

/** Parses an absolute https URL with a dotted host name; undefined for anything else. */
export function parseHttpsUrl(text: string): URL | undefined {
  // URL() quietly percent-encodes or trims some whitespace, so refuse it before parsing.
  if (/\s/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || !url.hostname.includes(".")) return undefined;
  return url;
}

/** Characters as a reader counts them: code points after NFC, so "é" is one either way it is typed. */
export function countCharacters(text: string): number {
  return [...text.normalize("NFC")].length;
}

/** How alias texts are compared across the dataset: NFC, then case-folded. */
export function aliasKey(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

export function hasOuterSpaces(text: string): boolean {
  return text !== text.trim();
}
