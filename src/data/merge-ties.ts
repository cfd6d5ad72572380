// The ties between two entities, each said once. The dataset states a tie as often as it
// happened (three rounds Sequoia joined, a CEO term and a chair term): a reader wants one line per
// pair and kind, with the dates and roles gathered on it ("invested · May 2024, Dec 2024";
// "leads (CEO since 2014, chairman since 2021)"). Cards and the popup both read ties from here.

import type { Bilingual, PartialDate, RelationType } from "../core/dataset";
import { compareDates } from "../core/terms";
import type { CitedSource, IndexedLink } from "./facts-index";

/** A term of a lasting tie: a role a person holds or held, an ownership, a partnership. */
export interface TieTerm {
  role?: Bilingual;
  since?: PartialDate;
  until?: PartialDate;
}

/** A date the tie was stated to happen or begin, with the sources that say so. */
export interface TieEvent {
  date?: PartialDate;
  sources: CitedSource[];
}

export interface Tie {
  type: RelationType;
  from: string;
  to: string;
  /** Its terms (the roles of a position, merged; an owner's years), oldest first. */
  terms: TieTerm[];
  /** Oldest first; a single undated event for a timeless tie (founded, develops). */
  events: TieEvent[];
  /** Every term of the tie is over: a former role, a former owner. */
  ended: boolean;
}

// Either end of these reads the same: "partner of" from both sides is one tie.
const SYMMETRIC = new Set<RelationType>(["partner_of", "competitor_of"]);

/** The ties `links` state, one per ordered pair and kind, in the order they first appear. */
export function mergeTies(links: readonly IndexedLink[]): Tie[] {
  const ties = new Map<string, Tie>();
  for (const link of links) {
    const [from, to] =
      SYMMETRIC.has(link.type) && link.to < link.from ? [link.to, link.from] : [link.from, link.to];
    const key = `${from}\n${link.type}\n${to}`;
    let tie = ties.get(key);
    if (!tie) {
      tie = { type: link.type, from, to, terms: [], events: [], ended: true };
      ties.set(key, tie);
    }
    addLink(tie, link);
  }
  for (const tie of ties.values()) {
    tie.events.sort(byDate);
    tie.terms.sort((a, b) => byDate({ date: a.since }, { date: b.since }));
  }
  return [...ties.values()];
}

function addLink(tie: Tie, link: IndexedLink): void {
  if (link.until === undefined) tie.ended = false;
  // A term's start is said with the term ("CEO since 2014"), not again as an event.
  const hasTerm = link.role !== undefined || link.since !== undefined || link.until !== undefined;
  if (link.at === undefined && hasTerm) {
    addTerm(tie.terms, { role: link.role, since: link.since, until: link.until });
  }
  const date = link.at;
  const event = tie.events.find((known) => known.date === date);
  if (event) event.sources.push(...link.sources.filter((source) => !hasSource(event, source)));
  else tie.events.push({ date, sources: [...link.sources] });
  // An undated event adds nothing beside dated ones: the dates already say the tie exists.
  if (tie.events.some((known) => known.date !== undefined)) {
    tie.events = tie.events.filter((known) => known.date !== undefined);
  }
}

/** Adds a term unless the same role with the same dates is already there. */
function addTerm(terms: TieTerm[], term: TieTerm): void {
  const same = terms.find(
    (known) =>
      known.role?.en.toLowerCase() === term.role?.en.toLowerCase() &&
      known.since === term.since &&
      known.until === term.until,
  );
  if (!same) terms.push(term);
}

function hasSource(event: TieEvent, source: CitedSource): boolean {
  return event.sources.some(
    (known) => known.url === source.url && known.publisher === source.publisher,
  );
}

/** Oldest first; undated last. */
function byDate(a: { date?: PartialDate }, b: { date?: PartialDate }): number {
  if (a.date === undefined) return b.date === undefined ? 0 : 1;
  if (b.date === undefined) return -1;
  return compareDates(a.date, b.date);
}
