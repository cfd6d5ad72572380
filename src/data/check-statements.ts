// Checks the shape of an entity's statements: a known property, a value of that property's shape,
// the time kind the property takes (`at` for events and measures, `since`/`until` for states,
// none for timeless facts), a `checked` day, and sources a reader recognises. Contradictions
// between statements are judged afterwards, on valid statements (find-contradictions.ts).

import {
  POSITION_KINDS,
  PROPERTIES,
  PROPERTY_RULES,
  type Property,
  type TimeKind,
} from "../core/statements";
import { isAmpCopy } from "./canonical-url";
import {
  checkBilingual,
  checkMoney,
  checkPartialDate,
  checkReference,
  checkReferenceList,
  type EntityWalk,
} from "./check-values";
import { fieldPath, indexPath, type JsonRecord } from "./field-checker";
import { judgeHost, type PublisherRegistry } from "./publisher-registry";
import { isCalendarDate, parseHttpsUrl } from "./value-rules";

const TIME_KEYS: Record<TimeKind, readonly string[]> = {
  event: ["at"],
  measure: ["at"],
  state: ["since", "until"],
  timeless: [],
};

/** Properties whose value is their time: the day of the founding, birth or release. */
const VALUELESS: ReadonlySet<Property> = new Set(["founded", "born", "released"]);
const STATEMENT_KEYS = ["property", "sources", "checked"] as const;

export function checkStatements(
  walk: EntityWalk,
  value: unknown,
  field: string,
  registry: PublisherRegistry,
  subjectId: unknown,
): void {
  walk.check.array(value, field).forEach((item, index) => {
    checkStatement(walk, item, indexPath(field, index), registry, subjectId);
  });
}

function checkStatement(
  walk: EntityWalk,
  item: unknown,
  field: string,
  registry: PublisherRegistry,
  subjectId: unknown,
): void {
  const { check } = walk;
  const property = check.oneOf(
    (item as JsonRecord | undefined)?.property,
    fieldPath(field, "property"),
    PROPERTIES,
    "property",
  );
  if (property === undefined) {
    check.record(item, field, STATEMENT_KEYS, ["value", "at", "since", "until", "note"]);
    return;
  }
  const rule = PROPERTY_RULES[property];
  const hasValue = !VALUELESS.has(property);
  const timeKeys = TIME_KEYS[rule.time];
  // An investment may be reported without its date; every other event and measure has one.
  const timeRequired = timeKeys.includes("at") && property !== "invested_in";
  const required = [
    ...STATEMENT_KEYS,
    ...(hasValue ? ["value"] : []),
    ...(timeRequired ? ["at"] : []),
  ];
  const statement = check.record(item, field, required, ["value", "at", "since", "until", "note"]);
  if (statement === undefined) return;
  if (!hasValue && statement.value !== undefined) {
    check.report(fieldPath(field, "value"), `"${property}" has no value: its date is "at"`);
  }
  for (const key of ["at", "since", "until"] as const) {
    if (statement[key] === undefined) continue;
    if (!timeKeys.includes(key)) {
      check.report(
        fieldPath(field, key),
        `"${property}" is ${describeTimeKind(rule.time)}: it takes ${timeKeys.length ? timeKeys.map((k) => `"${k}"`).join(" and ") : "no time"}, not "${key}"`,
      );
      continue;
    }
    checkPartialDate(check, statement[key], fieldPath(field, key));
  }
  if (
    typeof statement.since === "string" &&
    typeof statement.until === "string" &&
    statement.until < statement.since.slice(0, statement.until.length)
  ) {
    check.report(
      fieldPath(field, "until"),
      `until (${statement.until}) is before since (${statement.since})`,
    );
  }
  if (statement.value !== undefined && hasValue) {
    checkValue(walk, property, statement.value, fieldPath(field, "value"), subjectId);
  }
  if (
    statement.checked !== undefined &&
    !(typeof statement.checked === "string" && isCalendarDate(statement.checked))
  ) {
    check.report(
      fieldPath(field, "checked"),
      `checked must be the day the value was checked, YYYY-MM-DD, found ${JSON.stringify(statement.checked)}`,
    );
  }
  if (statement.note !== undefined) check.text(statement.note, fieldPath(field, "note"));
  if (statement.sources !== undefined) {
    check.nonEmptyArray(statement.sources, fieldPath(field, "sources")).forEach((source, index) => {
      checkSource(walk, source, indexPath(fieldPath(field, "sources"), index), registry);
    });
  }
}

function describeTimeKind(kind: TimeKind): string {
  switch (kind) {
    case "event":
      return "an event";
    case "measure":
      return "a measure taken on a day";
    case "state":
      return "a state with a term";
    case "timeless":
      return "timeless";
  }
}

function checkValue(
  walk: EntityWalk,
  property: Property,
  value: unknown,
  field: string,
  subjectId: unknown,
): void {
  const { check } = walk;
  if (PROPERTY_RULES[property].target) {
    checkReference(walk, value, field);
    if (value === subjectId) check.report(field, "a statement cannot point at its own subject");
    return;
  }
  switch (property) {
    case "headquarters":
      checkBilingual(check, value, field);
      return;
    case "name":
      check.text(value, field);
      return;
    case "founders":
      check.nonEmptyArray(value, field).forEach((person, index) => {
        checkPerson(walk, person, indexPath(field, index));
      });
      return;
    case "position": {
      const position = check.record(value, field, ["person", "role", "kind"]);
      if (position === undefined) return;
      if (position.person !== undefined)
        checkPerson(walk, position.person, fieldPath(field, "person"));
      if (position.role !== undefined)
        checkBilingual(check, position.role, fieldPath(field, "role"));
      if (position.kind !== undefined)
        check.oneOf(position.kind, fieldPath(field, "kind"), POSITION_KINDS, "position kind");
      return;
    }
    case "employees":
      if (!(typeof value === "number" && Number.isInteger(value) && value > 0)) {
        check.report(
          field,
          `employee count must be a positive whole number, found ${JSON.stringify(value)}`,
        );
      }
      return;
    case "valuation":
    case "total_funding":
      checkMoney(check, value, field);
      return;
    case "funding_round":
      checkRound(walk, value, field);
      return;
    case "spec": {
      const spec = check.record(value, field, ["label", "value"]);
      if (spec === undefined) return;
      if (spec.label !== undefined) checkBilingual(check, spec.label, fieldPath(field, "label"));
      if (spec.value !== undefined) checkBilingual(check, spec.value, fieldPath(field, "value"));
      return;
    }
    default:
      return;
  }
}

function checkPerson(walk: EntityWalk, value: unknown, field: string): void {
  const person = walk.check.record(value, field, ["name"], ["id"]);
  if (person === undefined) return;
  if (person.name !== undefined) walk.check.text(person.name, fieldPath(field, "name"));
  if (person.id !== undefined) checkReference(walk, person.id, fieldPath(field, "id"));
}

function checkRound(walk: EntityWalk, value: unknown, field: string): void {
  const round = walk.check.record(
    value,
    field,
    ["series"],
    ["amount", "valuation", "lead", "participants"],
  );
  if (round === undefined) return;
  if (round.series !== undefined) walk.check.text(round.series, fieldPath(field, "series"));
  for (const key of ["amount", "valuation"] as const) {
    if (round[key] !== undefined) checkMoney(walk.check, round[key], fieldPath(field, key));
  }
  for (const key of ["lead", "participants"] as const) {
    if (round[key] !== undefined) checkReferenceList(walk, round[key], fieldPath(field, key));
  }
}

/**
 * A source is a canonical https URL on an admitted publisher, or, where only a republication
 * could be read, the original named by `publisher` (a registry key) with the copy as `via`.
 */
function checkSource(
  walk: EntityWalk,
  value: unknown,
  field: string,
  registry: PublisherRegistry,
): void {
  const { check } = walk;
  const source = check.record(value, field, [], ["url", "publisher", "title", "published", "via"]);
  if (source === undefined) return;
  if (source.title !== undefined) check.text(source.title, fieldPath(field, "title"));
  if (source.published !== undefined)
    checkPartialDate(check, source.published, fieldPath(field, "published"));
  if (source.via !== undefined) {
    const via = check.text(source.via, fieldPath(field, "via"));
    if (via !== undefined && parseHttpsUrl(via) === undefined)
      check.report(
        fieldPath(field, "via"),
        `via must be an absolute https URL, found ${JSON.stringify(via)}`,
      );
  }
  if (source.url === undefined) {
    // Without its address, the original is named the way a bibliography names it: publisher,
    // title and date, or publisher and the copy that was read.
    const named = source.title !== undefined && source.published !== undefined;
    if (source.publisher === undefined || (source.via === undefined && !named)) {
      check.report(
        field,
        "a source needs its canonical url, or the original's publisher with its title and date or the copy's address as via",
      );
      return;
    }
    const key = check.text(source.publisher, fieldPath(field, "publisher"));
    if (key !== undefined && registry.publishers[key] === undefined) {
      check.report(
        fieldPath(field, "publisher"),
        `publisher "${key}" is not in src/data/publishers.json; add it there once reviewed`,
      );
    }
    return;
  }
  if (source.publisher !== undefined) {
    check.report(
      fieldPath(field, "publisher"),
      "give either url or publisher: the url names its publisher",
    );
  }
  const text = check.text(source.url, fieldPath(field, "url"));
  if (text === undefined) return;
  const url = parseHttpsUrl(text);
  if (url === undefined) {
    check.report(
      fieldPath(field, "url"),
      `url must be an absolute https URL, found ${JSON.stringify(text)}`,
    );
    return;
  }
  if (isAmpCopy(url)) {
    check.report(
      fieldPath(field, "url"),
      "this is the AMP copy of an article: cite the article's canonical address",
    );
  }
  const verdict = judgeHost(registry, url.hostname);
  if (verdict.status === "unknown") {
    check.report(
      fieldPath(field, "url"),
      `${url.hostname} is not in the publisher registry (src/data/publishers.json); cite a recognised publisher or add this one once reviewed`,
    );
  } else if (verdict.status === "refused") {
    const { reason, key, original } = verdict.refusal;
    const hint =
      reason === "wikipedia-copy"
        ? "cite the Wikipedia article itself"
        : reason === "wrapped"
          ? "cite the URL it wraps"
          : original
            ? `cite the original on ${original}, with this address as via`
            : "cite the original publication, or leave the value out";
    check.report(fieldPath(field, "url"), `${key} is refused (${reason}): ${hint}`);
  }
}
