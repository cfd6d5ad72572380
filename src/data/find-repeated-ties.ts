// A tie between two entities is stated once. Across files, the build refuses the two ways it
// used to be stated twice: a symmetric tie (partner, competitor) on both entities, and an
// investor's `invested_in` that a funding round of the company already states.

import type { Entity } from "../core/dataset";
import { compareDates } from "../core/terms";
import type { DatasetProblem } from "./problem";

export function findRepeatedTies(
  entities: ReadonlyArray<{ entity: Entity; file: string }>,
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const byId = new Map(entities.map((item) => [item.entity.id, item.entity]));
  for (const { entity, file } of entities) {
    entity.statements.forEach((statement, index) => {
      const field = `statements[${index}]`;
      if (statement.property === "partner_of" || statement.property === "competitor_of") {
        const other = byId.get(statement.value);
        const back = other?.statements.some(
          (theirs) => theirs.property === statement.property && theirs.value === entity.id,
        );
        // Reported once, on the entity whose id sorts last.
        if (back && entity.id > statement.value)
          problems.push({
            file,
            entity: entity.id,
            field,
            message: `"${statement.property}" ${statement.value} is also stated on ${statement.value}: keep one`,
          });
      }
      if (statement.property === "invested_in") {
        const company = byId.get(statement.value);
        const round = company?.statements.find(
          (theirs) =>
            theirs.property === "funding_round" &&
            [...(theirs.value.lead ?? []), ...(theirs.value.participants ?? [])].includes(
              entity.id,
            ) &&
            (statement.at === undefined ||
              theirs.at === undefined ||
              compareDates(statement.at, theirs.at) === 0),
        );
        if (round)
          problems.push({
            file,
            entity: entity.id,
            field,
            message: `a funding round of ${statement.value} (${round.at}) already names ${entity.id}: leave out this invested_in`,
          });
      }
    });
  }
  return problems;
}
