// The dataset's facts as statements, after Wikidata: a subject has statements; a statement is a
// property and a value, the time the value holds, and the sources that state it. A value is
// stored once; what a card shows ("CEO", "valuation", "investors") is derived from statements
// (src/core/derive-facts.ts), never stored beside them.

import type { Bilingual, Money, PartialDate } from "./dataset";

/** A person named by a statement; `id` when the person is an entity of their own. */
export interface PersonRef {
  name: string;
  id?: string;
}

/**
 * Where a statement was read. `url` is the canonical address of the original publication, the
 * link a reader is given. Where the only copy that could be read is a republication, the
 * original is named by `publisher` (a key of the publisher registry), `title` and `published`,
 * and the copy's address goes in `via`, which is never shown.
 */
export interface Source {
  url?: string;
  /** Registry key (`reuters.com`): given only when there is no `url` to read it from. */
  publisher?: string;
  title?: string;
  /** When the source was published (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: PartialDate;
  via?: string;
}

/** A funding round, stated on the company that raised it. */
export interface FundingRoundValue {
  /** "Seed", "Series B" ... as announced. */
  series: string;
  amount?: Money;
  /** Post-money valuation where published. */
  valuation?: Money;
  /** Entity ids of the lead investors. */
  lead?: string[];
  /** Entity ids of the other investors named. */
  participants?: string[];
}

/** How a person holds a role: leading the organisation, on its board, or working there. */
export const POSITION_KINDS = ["leader", "board", "staff"] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export interface PositionValue {
  person: PersonRef;
  role: Bilingual;
  kind: PositionKind;
}

export interface SpecValue {
  label: Bilingual;
  value: Bilingual;
}

/**
 * Every property, with the shape of its value. Entity ids (`owned_by`, `invested_in` ...) point
 * from the statement's subject to another entity of the dataset.
 */
export interface PropertyValues {
  founded: undefined;
  born: undefined;
  released: undefined;
  headquarters: Bilingual;
  /** A name the subject was known by, with its term (Twitter until 2023-07). */
  name: string;
  founders: PersonRef[];
  position: PositionValue;
  employees: number;
  valuation: Money;
  total_funding: Money;
  funding_round: FundingRoundValue;
  spec: SpecValue;
  owned_by: string;
  developed_by: string;
  invested_in: string;
  partner_of: string;
  competitor_of: string;
  runs_on: string;
}
export type Property = keyof PropertyValues;

/**
 * How a property relates to time:
 * - "event": happens once, on `at` (a founding, a round, a release); `at` is required.
 * - "measure": a number true on the day `at` (a headcount, a valuation); required, history is the series.
 * - "state": holds from `since` until `until` (a role, an owner, a headquarters, a name); both
 *   optional, no `until` means it still holds.
 * - "timeless": does not change (founders, a chip's memory); no time.
 */
export type TimeKind = "event" | "measure" | "state" | "timeless";

export interface PropertyRule {
  time: TimeKind;
  /** At most one value holds at a time (two current headquarters are a contradiction). */
  single: boolean;
  /** The value names another entity by id. */
  target: boolean;
}

export const PROPERTY_RULES: Record<Property, PropertyRule> = {
  founded: { time: "event", single: true, target: false },
  born: { time: "event", single: true, target: false },
  released: { time: "event", single: true, target: false },
  headquarters: { time: "state", single: true, target: false },
  name: { time: "state", single: true, target: false },
  founders: { time: "timeless", single: false, target: false },
  position: { time: "state", single: false, target: false },
  employees: { time: "measure", single: true, target: false },
  valuation: { time: "measure", single: true, target: false },
  total_funding: { time: "measure", single: true, target: false },
  funding_round: { time: "event", single: false, target: false },
  spec: { time: "timeless", single: false, target: false },
  // Several owners at once: a joint venture (Stargate) is owned by its partners.
  owned_by: { time: "state", single: false, target: true },
  developed_by: { time: "state", single: false, target: true },
  invested_in: { time: "event", single: false, target: true },
  partner_of: { time: "state", single: false, target: true },
  competitor_of: { time: "state", single: false, target: true },
  runs_on: { time: "state", single: false, target: true },
};

export const PROPERTIES = Object.keys(PROPERTY_RULES) as Property[];

interface StatementBase<P extends Property> {
  property: P;
  /** Point in time, for events and measures. */
  at?: PartialDate;
  /** Start of a state, where known. */
  since?: PartialDate;
  /** End of a state; absent while it holds. */
  until?: PartialDate;
  sources: Source[];
  /** YYYY-MM-DD: the day a person last checked the value against its sources. Never shown as the value's date. */
  checked: string;
  note?: string;
}

/** One statement; `value` is absent for properties whose value is their time (`founded`). */
export type Statement<P extends Property = Property> = P extends Property
  ? StatementBase<P> & (PropertyValues[P] extends undefined ? object : { value: PropertyValues[P] })
  : never;

export type StatementOf<P extends Property> = Extract<Statement, { property: P }>;

/** The statements of one property, typed. */
export function statementsOf<P extends Property>(
  statements: readonly Statement[],
  property: P,
): StatementOf<P>[] {
  return statements.filter(
    (statement): statement is StatementOf<P> => statement.property === property,
  );
}
