// Checks an entity's `facts`: every field optional, every value sourced.

import {
  checkBilingual,
  checkMoney,
  checkPartialDate,
  checkReference,
  checkSourced,
  type EntityWalk,
  SOURCED_KEYS,
  SOURCED_OPTIONAL_KEYS,
} from "./check-values";
import { fieldPath, indexPath, type JsonRecord } from "./field-checker";

const FACT_KEYS = [
  "founded",
  "headquarters",
  "founders",
  "leaders",
  "employees",
  "valuation",
  "totalFunding",
  "born",
  "released",
  "specs",
] as const;

/** Shape-checks a sourced object whose own fields are `keys`; returns it for the field checks. */
function sourcedRecord(
  walk: EntityWalk,
  value: unknown,
  field: string,
  keys: readonly string[],
): JsonRecord | undefined {
  const record = walk.check.record(value, field, [...keys, ...SOURCED_KEYS], SOURCED_OPTIONAL_KEYS);
  if (record !== undefined) checkSourced(walk.check, record, field);
  return record;
}

function checkPersonRef(walk: EntityWalk, value: unknown, field: string): void {
  const person = walk.check.record(value, field, ["name"], ["id"]);
  if (person === undefined) return;
  if (person.name !== undefined) walk.check.text(person.name, fieldPath(field, "name"));
  if (person.id !== undefined) checkReference(walk, person.id, fieldPath(field, "id"));
}

function checkDated(walk: EntityWalk, value: unknown, field: string): void {
  const fact = sourcedRecord(walk, value, field, ["date"]);
  if (fact?.date !== undefined) checkPartialDate(walk.check, fact.date, fieldPath(field, "date"));
}

function checkAmount(walk: EntityWalk, value: unknown, field: string): void {
  const fact = sourcedRecord(walk, value, field, ["amount"]);
  if (fact?.amount !== undefined) checkMoney(walk.check, fact.amount, fieldPath(field, "amount"));
}

function checkHeadquarters(walk: EntityWalk, value: unknown, field: string): void {
  const fact = sourcedRecord(walk, value, field, ["place"]);
  if (fact?.place !== undefined) checkBilingual(walk.check, fact.place, fieldPath(field, "place"));
}

function checkFounders(walk: EntityWalk, value: unknown, field: string): void {
  const fact = sourcedRecord(walk, value, field, ["people"]);
  if (fact?.people === undefined) return;
  const peopleField = fieldPath(field, "people");
  walk.check.nonEmptyArray(fact.people, peopleField).forEach((person, index) => {
    checkPersonRef(walk, person, indexPath(peopleField, index));
  });
}

function checkLeaders(walk: EntityWalk, value: unknown, field: string): void {
  walk.check.nonEmptyArray(value, field).forEach((item, index) => {
    const leaderField = indexPath(field, index);
    const leader = sourcedRecord(walk, item, leaderField, ["person", "role"]);
    if (leader === undefined) return;
    if (leader.person !== undefined)
      checkPersonRef(walk, leader.person, fieldPath(leaderField, "person"));
    if (leader.role !== undefined)
      checkBilingual(walk.check, leader.role, fieldPath(leaderField, "role"));
  });
}

function checkEmployees(walk: EntityWalk, value: unknown, field: string): void {
  const fact = sourcedRecord(walk, value, field, ["count"]);
  if (fact?.count === undefined) return;
  if (!(typeof fact.count === "number" && Number.isInteger(fact.count) && fact.count > 0)) {
    walk.check.report(
      fieldPath(field, "count"),
      `count must be a positive whole number, found ${JSON.stringify(fact.count)}`,
    );
  }
}

function checkSpecs(walk: EntityWalk, value: unknown, field: string): void {
  walk.check.nonEmptyArray(value, field).forEach((item, index) => {
    const specField = indexPath(field, index);
    const spec = sourcedRecord(walk, item, specField, ["label", "value"]);
    if (spec === undefined) return;
    if (spec.label !== undefined)
      checkBilingual(walk.check, spec.label, fieldPath(specField, "label"));
    if (spec.value !== undefined)
      checkBilingual(walk.check, spec.value, fieldPath(specField, "value"));
  });
}

const FACT_CHECKS: Record<
  (typeof FACT_KEYS)[number],
  (walk: EntityWalk, value: unknown, field: string) => void
> = {
  founded: checkDated,
  headquarters: checkHeadquarters,
  founders: checkFounders,
  leaders: checkLeaders,
  employees: checkEmployees,
  valuation: checkAmount,
  totalFunding: checkAmount,
  born: checkDated,
  released: checkDated,
  specs: checkSpecs,
};

export function checkFacts(walk: EntityWalk, value: unknown, field: string): void {
  const facts = walk.check.record(value, field, [], FACT_KEYS);
  if (facts === undefined) return;
  for (const key of FACT_KEYS) {
    if (facts[key] !== undefined) FACT_CHECKS[key](walk, facts[key], fieldPath(field, key));
  }
}
