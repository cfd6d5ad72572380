// The contradictions the build can see between the statements of one entity: two current values
// of a single-valued property, overlapping terms of one role, two values of one measure on the
// same day, a reported valuation that differs from the same day's round, a total raised that
// predates a later round.
// Run on entities whose statements are each well formed (check-statements.ts).

import type { Entity } from "../core/dataset";
import { PROPERTY_RULES, type Statement } from "../core/statements";
import { compareDates, surelyOverlap } from "../core/terms";
import type { DatasetProblem } from "./problem";

interface Located {
  statement: Statement;
  field: string;
}

// Roles one person holds at a time in an organisation; "Board member" or "Partner" are shared.
const SINGLE_HOLDER_ROLE =
  /^(ceo|chief executive( officer)?|president|chair(man|woman|person)?|executive chair(man|woman)?|chief [a-z ]*officer|c[a-z]o|chief scientist|managing director|director general|président(e)?|directeur général|directrice générale)$/;

/** One name per role, so "Chief Executive Officer" and "CEO", "Chairwoman" and "Chair" meet. */
function canonicalRole(part: string): string {
  // "chief financial officer" → "cfo"
  const chief = /^chief ([a-z ]+) officer$/.exec(part)?.[1];
  if (chief !== undefined) {
    const initials = chief.split(" ").map((word) => word.charAt(0));
    return `c${initials.join("")}o`;
  }
  if (part === "chief executive") return "ceo";
  return part.replace(/^(executive )?chair(man|woman|person)?$/, "$1chair");
}

/** "Chairman and CEO" → ["chair", "ceo"]; only parts one person holds at a time. */
export function singleHolderRoles(role: string): string[] {
  return role
    .toLowerCase()
    .split(/\s*(?:,|&|\/|\band\b)\s*/)
    .map((part) => part.trim())
    .filter((part) => SINGLE_HOLDER_ROLE.test(part))
    .map(canonicalRole);
}

function describe(located: Located): string {
  const { statement } = located;
  const time = statement.at ?? [statement.since, statement.until].filter(Boolean).join("–");
  return `${located.field}${time ? ` (${time})` : ""}`;
}

export function findContradictions(entity: Entity, file: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (at: Located, message: string) =>
    problems.push({ file, entity: entity.id, field: at.field, message });
  const byProperty = new Map<string, Located[]>();
  entity.statements.forEach((statement, index) => {
    const located = { statement, field: `statements[${index}]` };
    const list = byProperty.get(statement.property);
    if (list) list.push(located);
    else byProperty.set(statement.property, [located]);
  });

  for (const [property, list] of byProperty) {
    const rule = PROPERTY_RULES[property as Statement["property"]];
    if (!rule.single) continue;
    list.forEach((later, index) => {
      for (const earlier of list.slice(0, index)) {
        if (rule.time === "event") {
          report(later, `a second "${property}" statement; ${describe(earlier)} already states it`);
        } else if (rule.time === "measure") {
          if (earlier.statement.at === later.statement.at && !sameValue(earlier, later))
            report(
              later,
              `"${property}" on ${later.statement.at} differs from ${describe(earlier)}`,
            );
        } else if (surelyOverlap(earlier.statement, later.statement)) {
          report(
            later,
            `two values of "${property}" hold at the same time: this one and ${describe(earlier)}; end one with "until"`,
          );
        }
      }
    });
  }

  checkPositions(byProperty.get("position") ?? [], report);
  checkTotalFunding(byProperty, report);
  checkValuationsAgainstRounds(byProperty, report);
  return problems;
}

function sameValue(a: Located, b: Located): boolean {
  return (
    JSON.stringify(statementValue(a.statement)) === JSON.stringify(statementValue(b.statement))
  );
}

function statementValue(statement: Statement): unknown {
  return "value" in statement ? statement.value : undefined;
}

function checkPositions(list: Located[], report: (at: Located, message: string) => void): void {
  list.forEach((later, index) => {
    if (later.statement.property !== "position") return;
    const laterValue = later.statement.value;
    for (const earlier of list.slice(0, index)) {
      if (earlier.statement.property !== "position") continue;
      if (!surelyOverlap(earlier.statement, later.statement)) continue;
      const earlierValue = earlier.statement.value;
      const samePerson = personKey(earlierValue.person) === personKey(laterValue.person);
      if (samePerson && earlierValue.role.en.toLowerCase() === laterValue.role.en.toLowerCase()) {
        report(
          later,
          `the same role is stated twice for ${laterValue.person.name}: see ${describe(earlier)}`,
        );
        continue;
      }
      if (samePerson) continue;
      const shared = singleHolderRoles(laterValue.role.en).filter((role) =>
        singleHolderRoles(earlierValue.role.en).includes(role),
      );
      if (shared.length > 0) {
        report(
          later,
          `${laterValue.person.name} and ${earlierValue.person.name} (${describe(earlier)}) hold "${shared[0]}" at the same time; end one term with "until"`,
        );
      }
    }
  });
}

function personKey(person: { name: string; id?: string }): string {
  return person.id ?? person.name.toLowerCase();
}

/**
 * A reported valuation on the day of a round states that round's post-money: a different figure
 * is one of the two being wrong. (An older valuation beside a later round is history, not a
 * contradiction: the card's valuation is the latest of both, so it can never pass as current.)
 */
function checkValuationsAgainstRounds(
  byProperty: Map<string, Located[]>,
  report: (at: Located, message: string) => void,
): void {
  const rounds = byProperty.get("funding_round") ?? [];
  for (const valuation of byProperty.get("valuation") ?? []) {
    if (valuation.statement.property !== "valuation") continue;
    const { value, at } = valuation.statement;
    const sameDay = rounds.find(
      (round) =>
        round.statement.property === "funding_round" &&
        round.statement.at === at &&
        round.statement.value.valuation !== undefined &&
        JSON.stringify(round.statement.value.valuation) !== JSON.stringify(value),
    );
    if (sameDay)
      report(
        valuation,
        `the valuation on ${at} differs from the post-money of ${describe(sameDay)}: keep the one the sources support`,
      );
  }
}

/** A total raised must count every round: one older than a later round is out of date. */
function checkTotalFunding(
  byProperty: Map<string, Located[]>,
  report: (at: Located, message: string) => void,
): void {
  const totals = byProperty.get("total_funding") ?? [];
  const rounds = byProperty.get("funding_round") ?? [];
  const latestTotal = totals.reduce<Located | undefined>(
    (latest, located) =>
      latest === undefined || (located.statement.at ?? "") > (latest.statement.at ?? "")
        ? located
        : latest,
    undefined,
  );
  if (latestTotal === undefined) return;
  const totalDay = latestTotal.statement.at ?? "";
  const later = rounds.find((round) => {
    const day = round.statement.at ?? "";
    return compareDates(day, totalDay) > 0;
  });
  if (later) {
    report(
      latestTotal,
      `the total raised (${totalDay}) predates ${describe(later)}: state the total after that round, or leave the total out`,
    );
  }
}
