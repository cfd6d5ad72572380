// Checks for the value shapes statements share: money, dates, bilingual text and references to
// other entities.

import { LANGS } from "../core/dataset";
import { describeType, type FieldChecker, fieldPath, indexPath } from "./field-checker";
import { isCurrencyCode, isKebabCaseId, isPartialDate } from "./value-rules";

/** An id written in an entity that must name another entity; resolved once all files are read. */
export interface EntityReference {
  field: string;
  id: string;
}

/** What the walk over one entity accumulates besides problems. */
export interface EntityWalk {
  check: FieldChecker;
  references: EntityReference[];
}

export function checkPartialDate(check: FieldChecker, value: unknown, field: string): void {
  if (typeof value === "string" && isPartialDate(value)) return;
  check.report(
    field,
    `date must be YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, found ${JSON.stringify(value)}`,
  );
}

export function checkMoney(check: FieldChecker, value: unknown, field: string): void {
  const money = check.record(value, field, ["value", "currency"]);
  if (money === undefined) return;
  const amount = money.value;
  if (
    amount !== undefined &&
    !(typeof amount === "number" && Number.isFinite(amount) && amount > 0)
  ) {
    check.report(
      fieldPath(field, "value"),
      `amount must be a finite positive number, found ${JSON.stringify(amount)}`,
    );
  }
  const currency = money.currency;
  if (currency !== undefined && !(typeof currency === "string" && isCurrencyCode(currency))) {
    check.report(
      fieldPath(field, "currency"),
      `currency must be a 3-letter uppercase ISO 4217 code, found ${JSON.stringify(currency)}`,
    );
  }
}

/** Text in every supported language, each non-empty. Returns the texts found, by language. */
export function checkBilingual(
  check: FieldChecker,
  value: unknown,
  field: string,
): Partial<Record<string, string>> {
  const record = check.record(value, field, LANGS);
  const texts: Partial<Record<string, string>> = {};
  if (record === undefined) return texts;
  for (const lang of LANGS) {
    if (record[lang] === undefined) continue;
    const text = check.text(record[lang], fieldPath(field, lang));
    if (text !== undefined) texts[lang] = text;
  }
  return texts;
}

/** An id naming another entity: well formed now, existence checked across the dataset later. */
export function checkReference(walk: EntityWalk, value: unknown, field: string): void {
  if (typeof value !== "string") {
    walk.check.report(field, `expected an entity id (string), found ${describeType(value)}`);
    return;
  }
  if (!isKebabCaseId(value)) {
    walk.check.report(
      field,
      `entity id must be lowercase ascii kebab-case, found ${JSON.stringify(value)}`,
    );
    return;
  }
  walk.references.push({ field, id: value });
}

/** A list of entity ids, none repeated. */
export function checkReferenceList(walk: EntityWalk, value: unknown, field: string): void {
  const seen = new Set<unknown>();
  walk.check.nonEmptyArray(value, field).forEach((item, index) => {
    const itemField = indexPath(field, index);
    if (seen.has(item)) {
      walk.check.report(itemField, `${JSON.stringify(item)} is listed twice`);
      return;
    }
    seen.add(item);
    checkReference(walk, item, itemField);
  });
}
