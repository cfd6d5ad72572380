// Time arithmetic on partial dates ("2024", "2024-05", "2024-05-27") and on the terms of
// statements (`since` … `until`). Two dates are compared at the precision both have, so
// "2024-05" is neither before nor after "2024-05-20": a role that ends in May 2024 and one
// that starts on 20 May 2024 do not overlap, and a source that says "May 2024" is not contradicted
// by one that gives the day.

import type { PartialDate } from "./dataset";

/** <0, 0 or >0, comparing at the precision both dates have. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The more precise of two dates that agree, or the later one. */
export function laterDate(a: PartialDate, b: PartialDate): PartialDate {
  const order = compareDates(a, b);
  if (order === 0) return a.length >= b.length ? a : b;
  return order > 0 ? a : b;
}

/** Sort order for dates, newest first; of two that agree, the more precise first. */
export function newestDateFirst(a: PartialDate, b: PartialDate): number {
  return compareDates(b, a) || b.length - a.length;
}

export interface Term {
  since?: PartialDate;
  until?: PartialDate;
}

/** Whether a term that starts at `start` has begun before one that ends at `end` is over. */
function startsBefore(start: PartialDate | undefined, end: PartialDate | undefined): boolean {
  return start === undefined || end === undefined || compareDates(start, end) < 0;
}

/** Whether two terms may share a moment; an open end reaches forever, a missing start from always. */
export function overlaps(a: Term, b: Term): boolean {
  return startsBefore(a.since, b.until) && startsBefore(b.since, a.until);
}

/**
 * Whether the record says for sure that two terms share a moment: both still hold, or both
 * starts are known and each began before the other ended. An old term recorded with its end but
 * not its start beside a current one recorded without its start is history, not a contradiction.
 */
export function surelyOverlap(a: Term, b: Term): boolean {
  if (a.until === undefined && b.until === undefined) return true;
  if (a.since === undefined || b.since === undefined) return false;
  return overlaps(a, b);
}

/**
 * Whether a state held on `date`: "yes" inside its term, "no" outside it, "unknown" where the
 * term does not tell (no start recorded, or `date` in the same month or year as a bound given
 * only to that precision): a role recorded without its start cannot be said to hold in 2019.
 */
export function holdsOn(term: Term, date: PartialDate): "yes" | "no" | "unknown" {
  if (term.until !== undefined) {
    const order = compareDates(term.until, date);
    if (order < 0) return "no";
    if (order === 0) return "unknown";
  }
  if (term.since === undefined) return "unknown";
  const order = compareDates(term.since, date);
  return order > 0 ? "no" : order === 0 ? "unknown" : "yes";
}
