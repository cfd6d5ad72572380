// Lists every sourced value of an entity (each fact, leader, spec, relation and round) with its
// JSON path, for the commands that reason about sources and their age.

import type { Entity, Facts, Sourced } from "../core/dataset";

export interface SourcedValue {
  entity: string;
  /** JSON path inside the entity, as in validation problems. */
  field: string;
  source: string;
  asOf: string;
}

/** Fact fields that hold one sourced value each; `leaders` and `specs` hold one per item. */
const SINGLE_FACTS = [
  "founded",
  "headquarters",
  "founders",
  "employees",
  "valuation",
  "totalFunding",
  "born",
  "released",
] as const satisfies ReadonlyArray<keyof Facts>;

function value(entity: Entity, field: string, sourced: Sourced): SourcedValue {
  return { entity: entity.id, field, source: sourced.source, asOf: sourced.asOf };
}

/** The facts of an entity as counted by `stats`: each fact field, each leader, each spec. */
export function listFactValues(entity: Entity): SourcedValue[] {
  const { facts } = entity;
  const singles = SINGLE_FACTS.flatMap((key) => {
    const fact = facts[key];
    return fact === undefined ? [] : [value(entity, `facts.${key}`, fact)];
  });
  const leaders = (facts.leaders ?? []).map((leader, index) =>
    value(entity, `facts.leaders[${index}]`, leader),
  );
  const specs = (facts.specs ?? []).map((spec, index) =>
    value(entity, `facts.specs[${index}]`, spec),
  );
  return [...singles, ...leaders, ...specs];
}

export function listSourcedValues(entity: Entity): SourcedValue[] {
  return [
    ...listFactValues(entity),
    ...entity.relations.map((relation, index) => value(entity, `relations[${index}]`, relation)),
    ...(entity.rounds ?? []).map((round, index) => value(entity, `rounds[${index}]`, round)),
  ];
}
