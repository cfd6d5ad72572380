// What a card reads from statements: the current value of a property, its value on a given day,
// and what changed after a day. Nothing here is stored: a company's "CEO" is its leader
// positions without an end, its valuation the latest of its rounds and reported valuations.

import type { Money, PartialDate } from "./dataset";
import type { Property, StatementOf } from "./statements";
import { compareDates, holdsOn, newestDateFirst } from "./terms";

/** The few fields of a statement the derivations read, whatever its sources look like. */
export interface Timed {
  property: Property;
  at?: PartialDate;
  since?: PartialDate;
  until?: PartialDate;
}

type Of<S extends Timed, P extends Property> = Extract<S, { property: P }>;

function byProperty<S extends Timed, P extends Property>(
  statements: readonly S[],
  property: P,
): Of<S, P>[] {
  return statements.filter((statement): statement is Of<S, P> => statement.property === property);
}

/** The time a statement is ordered by: an event's day, or the start of a term. */
export function timeOf(statement: Timed): PartialDate | undefined {
  return statement.at ?? statement.since;
}

/** Newest first; undated last, in the order written. */
export function newestFirst<S extends Timed>(statements: readonly S[]): S[] {
  return [...statements].sort((a, b) => {
    const aTime = timeOf(a);
    const bTime = timeOf(b);
    if (aTime === undefined || bTime === undefined) return aTime === undefined ? 1 : -1;
    return newestDateFirst(aTime, bTime);
  });
}

/** The latest statement of a dated property (a measure or an event), if any. */
export function latest<S extends Timed, P extends Property>(
  statements: readonly S[],
  property: P,
): Of<S, P> | undefined {
  return newestFirst(byProperty(statements, property))[0];
}

/** States that still hold: terms without an end. */
export function current<S extends Timed, P extends Property>(
  statements: readonly S[],
  property: P,
): Of<S, P>[] {
  return byProperty(statements, property).filter((statement) => statement.until === undefined);
}

/**
 * The latest statement of a measure or event on or before `date` (the headcount or valuation
 * as of an article's day), or undefined when the history does not reach back that far.
 */
export function latestOn<S extends Timed, P extends Property>(
  statements: readonly S[],
  property: P,
  date: PartialDate,
): Of<S, P> | undefined {
  return newestFirst(byProperty(statements, property)).find(
    (statement) => statement.at !== undefined && compareDates(statement.at, date) <= 0,
  );
}

/** States that held on `date`, each with whether the record says so for sure. */
export function heldOn<S extends Timed, P extends Property>(
  statements: readonly S[],
  property: P,
  date: PartialDate,
): Array<{ statement: Of<S, P>; certain: boolean }> {
  return byProperty(statements, property).flatMap((statement) => {
    const holds = holdsOn(statement, date);
    return holds === "no" ? [] : [{ statement, certain: holds === "yes" }];
  });
}

/** Statements whose event, start or end falls after `date`, newest first. */
export function changesSince<S extends Timed>(statements: readonly S[], date: PartialDate): S[] {
  const after = (time?: PartialDate) => time !== undefined && compareDates(time, date) > 0;
  const changed = statements.filter(
    (statement) => after(statement.at) || after(statement.since) || after(statement.until),
  );
  return newestFirst(changed);
}

/** A valuation and where it comes from: a funding round's post-money or a reported figure. */
export interface DerivedValuation<S> {
  amount: Money;
  at: PartialDate;
  statement: S;
}

type ValuationSource<S extends Timed> = Of<S, "valuation"> | Of<S, "funding_round">;

/** The latest valuation on or before `date` (today when absent), from rounds and reported valuations. */
export function valuationOn<S extends Timed & { value?: unknown }>(
  statements: readonly S[],
  date?: PartialDate,
): DerivedValuation<ValuationSource<S>> | undefined {
  const candidates = statements.flatMap((statement): DerivedValuation<ValuationSource<S>>[] => {
    if (statement.at === undefined) return [];
    if (date !== undefined && compareDates(statement.at, date) > 0) return [];
    if (statement.property === "valuation") {
      const typed = statement as unknown as StatementOf<"valuation">;
      return [
        { amount: typed.value, at: statement.at, statement: statement as ValuationSource<S> },
      ];
    }
    if (statement.property === "funding_round") {
      const typed = statement as unknown as StatementOf<"funding_round">;
      const amount = typed.value.valuation;
      return amount
        ? [{ amount, at: statement.at, statement: statement as ValuationSource<S> }]
        : [];
    }
    return [];
  });
  return candidates.sort((a, b) => newestDateFirst(a.at, b.at))[0];
}
