// Checks an entity's outgoing `relations` and its funding `rounds`.

import { RELATION_TYPES } from "../core/dataset";
import {
  checkBilingual,
  checkMoney,
  checkPartialDate,
  checkReference,
  checkReferenceList,
  checkSourced,
  type EntityWalk,
  SOURCED_KEYS,
  SOURCED_OPTIONAL_KEYS,
} from "./check-values";
import { fieldPath, indexPath } from "./field-checker";

export function checkRelations(
  walk: EntityWalk,
  value: unknown,
  field: string,
  selfId: unknown,
): void {
  walk.check.array(value, field).forEach((item, index) => {
    const relationField = indexPath(field, index);
    const relation = walk.check.record(
      item,
      relationField,
      ["type", "target", ...SOURCED_KEYS],
      ["date", "role", ...SOURCED_OPTIONAL_KEYS],
    );
    if (relation === undefined) return;
    checkSourced(walk.check, relation, relationField);
    if (relation.type !== undefined) {
      walk.check.oneOf(
        relation.type,
        fieldPath(relationField, "type"),
        RELATION_TYPES,
        "relation type",
      );
    }
    if (relation.target !== undefined) {
      const targetField = fieldPath(relationField, "target");
      if (relation.target === selfId) {
        walk.check.report(targetField, "relation points to the entity itself");
      } else {
        checkReference(walk, relation.target, targetField);
      }
    }
    if (relation.date !== undefined)
      checkPartialDate(walk.check, relation.date, fieldPath(relationField, "date"));
    if (relation.role !== undefined)
      checkBilingual(walk.check, relation.role, fieldPath(relationField, "role"));
  });
}

export function checkRounds(walk: EntityWalk, value: unknown, field: string): void {
  walk.check.nonEmptyArray(value, field).forEach((item, index) => {
    const roundField = indexPath(field, index);
    const round = walk.check.record(
      item,
      roundField,
      ["date", "series", "amount", ...SOURCED_KEYS],
      ["valuation", "lead", "participants", ...SOURCED_OPTIONAL_KEYS],
    );
    if (round === undefined) return;
    checkSourced(walk.check, round, roundField);
    if (round.date !== undefined)
      checkPartialDate(walk.check, round.date, fieldPath(roundField, "date"));
    if (round.series !== undefined) walk.check.text(round.series, fieldPath(roundField, "series"));
    if (round.amount !== undefined)
      checkMoney(walk.check, round.amount, fieldPath(roundField, "amount"));
    if (round.valuation !== undefined)
      checkMoney(walk.check, round.valuation, fieldPath(roundField, "valuation"));
    if (round.lead !== undefined)
      checkReferenceList(walk, round.lead, fieldPath(roundField, "lead"));
    if (round.participants !== undefined) {
      checkReferenceList(walk, round.participants, fieldPath(roundField, "participants"));
    }
  });
}
