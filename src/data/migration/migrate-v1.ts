// One-off migration of src/data/entities from the first format (facts, relations, rounds) to
// statements. Each value becomes one statement on the entity it is about, stored once:
// - a person's `leads` / `works_at` becomes a `position` on the organisation, unless the
//   organisation already lists that person (its own words win); a person's `founded` joins the
//   organisation's founders;
// - an investor's `invested_in` that a funding round of the company already states is dropped;
// - a symmetric tie (partner, competitor) stated from both ends is kept once.
// Sources: wrapped URLs are unwrapped, copies of Wikipedia cite the article itself, a copy host
// of a real outlet is kept only as `via`. A value whose sources are all refused or unknown is
// not written: it goes to `unsourced.json`, the queue of values to re-source or leave out.
// `asOf` becomes the statement's time where it was the value's date; the day the dataset was
// bulk-checked (2026-11-29) is never a value's date. `checked` is the file's last commit day.
//
//   npx tsx src/data/migration/migrate-v1.ts [--dry-run]

import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Bilingual } from "../../core/dataset";
import type { FundingRoundValue, PositionKind, Source, Statement } from "../../core/statements";
import { dateInUrlPath, tidyUrl, unwrapUrl, wikipediaArticleOfCopy } from "../canonical-url";
import { judgeHost, type PublisherRegistry } from "../publisher-registry";
import type { EntityV1, RelationV1, SourcedV1 } from "./v1-types";

const ENTITIES_DIR = "src/data/entities";
const QUEUE_FILE = "src/data/migration/unsourced.json";
/** The day the first dataset was bulk-checked: an `asOf` equal to it is a check date, not a value's date. */
const BULK_CHECK_DAY = "2026-11-29";
const dryRun = process.argv.includes("--dry-run");

const registry = JSON.parse(readFileSync("src/data/publishers.json", "utf8")) as PublisherRegistry;

type Converted = { source: Source } | { refused: string };

function convertSource(raw: string): Converted {
  let url: URL;
  try {
    url = tidyUrl(new URL(raw));
  } catch {
    return { refused: "malformed URL" };
  }
  for (let depth = 0; depth < 3; depth++) {
    const verdict = judgeHost(registry, url.hostname);
    if (verdict.status === "admitted") {
      const published = dateInUrlPath(url);
      return { source: published ? { url: url.href, published } : { url: url.href } };
    }
    if (verdict.status === "unknown") return { refused: `unknown domain ${url.hostname}` };
    const { reason, original } = verdict.refusal;
    const next =
      reason === "wrapped"
        ? unwrapUrl(url)
        : reason === "wikipedia-copy"
          ? wikipediaArticleOfCopy(url)
          : undefined;
    if (next) {
      url = tidyUrl(next);
      continue;
    }
    if (reason === "copy-host" && original && judgeHost(registry, original).status === "admitted") {
      return { source: { publisher: original, via: url.href } };
    }
    return { refused: `${reason} ${url.hostname}` };
  }
  return { refused: "wrapped too deep" };
}

interface QueueItem {
  entity: string;
  /** The value's path in the first format (`facts.valuation`, `rounds[2]`). */
  field: string;
  value: unknown;
  source: string;
  asOf: string;
  why: string;
}

const queue: QueueItem[] = [];
const report: string[] = [];

function lastCommitDay(file: string): string {
  const day = execFileSync("git", ["log", "-1", "--format=%cs", "--", file], {
    encoding: "utf8",
  }).trim();
  return day || BULK_CHECK_DAY;
}

/** The value's own date from `asOf`, unless `asOf` was the bulk check day. */
function valueDate(sourced: SourcedV1, source?: Source): string | undefined {
  if (sourced.asOf !== BULK_CHECK_DAY) return sourced.asOf;
  return source?.published;
}

function positionKind(type: "leads" | "works_at"): PositionKind {
  return type === "leads" ? "leader" : "staff";
}

function sameRole(a: Bilingual, b: Bilingual): boolean {
  return a.en.toLowerCase() === b.en.toLowerCase();
}

function datesAgree(a?: string, b?: string): boolean {
  if (a === undefined || b === undefined) return true;
  return a.startsWith(b) || b.startsWith(a);
}

const files = readdirSync(ENTITIES_DIR).filter((name) => name.endsWith(".json"));
const old = new Map<string, EntityV1>();
const checkedDay = new Map<string, string>();
for (const file of files) {
  const entity = JSON.parse(readFileSync(join(ENTITIES_DIR, file), "utf8")) as EntityV1;
  old.set(entity.id, entity);
  checkedDay.set(entity.id, lastCommitDay(join(ENTITIES_DIR, file)));
}
const statements = new Map<string, Statement[]>([...old.keys()].map((id) => [id, []]));

/** Adds a statement on `subject` built from a first-format value, or queues the value when no source is admitted. */
function add(
  subject: string,
  field: string,
  sourced: SourcedV1,
  make: (source: Source) => Omit<Statement, "sources" | "checked"> | string,
  queuedValue: unknown,
): void {
  const converted = convertSource(sourced.source);
  const queueIt = (why: string) => {
    queue.push({
      entity: subject,
      field,
      value: queuedValue,
      source: sourced.source,
      asOf: sourced.asOf,
      why,
    });
  };
  if ("refused" in converted) {
    queueIt(converted.refused);
    return;
  }
  const made = make(converted.source);
  if (typeof made === "string") {
    queueIt(made);
    return;
  }
  const statement = {
    ...made,
    sources: [converted.source],
    checked: checkedDay.get(subject) ?? BULK_CHECK_DAY,
    ...(sourced.note ? { note: sourced.note } : {}),
  } as Statement;
  statements.get(subject)?.push(statement);
}

function withTime<T extends object>(base: T, time: Record<string, string | undefined>): T {
  for (const [key, value] of Object.entries(time)) {
    if (value !== undefined) Object.assign(base, { [key]: value });
  }
  return base;
}

const NO_DATE = "its date was the bulk check day, and neither the URL nor the source gives one";

for (const entity of old.values()) {
  const { facts, id } = entity;
  if (facts.founded)
    add(
      id,
      "facts.founded",
      facts.founded,
      () => ({ property: "founded", at: facts.founded?.date }) as Statement,
      facts.founded.date,
    );
  if (facts.born)
    add(
      id,
      "facts.born",
      facts.born,
      () => ({ property: "born", at: facts.born?.date }) as Statement,
      facts.born.date,
    );
  if (facts.released)
    add(
      id,
      "facts.released",
      facts.released,
      () => ({ property: "released", at: facts.released?.date }) as Statement,
      facts.released.date,
    );
  const hq = facts.headquarters;
  if (hq)
    add(
      id,
      "facts.headquarters",
      hq,
      () => ({ property: "headquarters", value: hq.place }),
      hq.place,
    );
  const founders = facts.founders;
  if (founders)
    add(
      id,
      "facts.founders",
      founders,
      () => ({ property: "founders", value: founders.people }),
      founders.people,
    );
  for (const [index, leader] of (facts.leaders ?? []).entries())
    add(
      id,
      `facts.leaders[${index}]`,
      leader,
      () => ({
        property: "position",
        value: { person: leader.person, role: leader.role, kind: "leader" },
      }),
      leader,
    );
  for (const [key, property] of [
    ["employees", "employees"],
    ["valuation", "valuation"],
    ["totalFunding", "total_funding"],
  ] as const) {
    const fact = facts[key];
    if (!fact) continue;
    const value = "count" in fact ? fact.count : fact.amount;
    add(
      id,
      `facts.${key}`,
      fact,
      (source) => {
        const at = valueDate(fact, source);
        return at ? ({ property, value, at } as Statement) : NO_DATE;
      },
      value,
    );
  }
  for (const [index, spec] of (facts.specs ?? []).entries())
    add(
      id,
      `facts.specs[${index}]`,
      spec,
      () => ({
        property: "spec",
        value: { label: spec.label, value: spec.value },
      }),
      { label: spec.label, value: spec.value },
    );
  for (const [index, round] of (entity.rounds ?? []).entries())
    add(
      id,
      `rounds[${index}]`,
      round,
      () => {
        const value: FundingRoundValue = { series: round.series, amount: round.amount };
        if (round.valuation) value.valuation = round.valuation;
        if (round.lead) value.lead = round.lead;
        if (round.participants) value.participants = round.participants;
        return { property: "funding_round", value, at: round.date } as Statement;
      },
      round,
    );
}

// Relations, now that every organisation's own founders, leaders and rounds are in.
const statedSymmetric = new Set<string>();
for (const entity of old.values()) {
  for (const [index, relation] of entity.relations.entries())
    migrateRelation(entity, relation, index);
}

function migrateRelation(entity: EntityV1, relation: RelationV1, index: number): void {
  const field = `relations[${index}]`;
  const target = relation.target;
  const targetStatements = statements.get(target) ?? [];
  switch (relation.type) {
    case "founded": {
      const listed = targetStatements.some(
        (statement) =>
          statement.property === "founders" &&
          statement.value.some((person) => person.id === entity.id),
      );
      if (listed) return;
      report.push(`${target}: founder ${entity.id} added from ${entity.id}'s relation`);
      add(
        target,
        `${entity.id}.${field}`,
        relation,
        () => ({
          property: "founders",
          value: [{ name: entity.name, id: entity.id }],
        }),
        relation,
      );
      return;
    }
    case "leads":
    case "works_at": {
      const role = relation.role ?? { en: "Leader", fr: "Dirigeant" };
      const held = targetStatements.filter(
        (statement) => statement.property === "position" && statement.value.person.id === entity.id,
      );
      // The organisation's own list of its leaders wins: a person's file said the same thing in
      // vaguer words ("Leader of xAI" beside xAI's "CEO").
      if (held.length > 0) {
        const roles = held
          .map((s) => (s.property === "position" ? s.value.role.en : ""))
          .join(", ");
        if (!held.some((s) => s.property === "position" && sameRole(s.value.role, role)))
          report.push(
            `${target}: kept its own ${roles} for ${entity.id}, dropped "${role.en}" from ${entity.id}'s file`,
          );
        return;
      }
      add(
        target,
        `${entity.id}.${field}`,
        relation,
        () =>
          withTime(
            {
              property: "position",
              value: {
                person: { name: entity.name, id: entity.id },
                role,
                kind: positionKind(relation.type as "leads" | "works_at"),
              },
            } as Statement,
            { since: relation.date },
          ),
        relation,
      );
      return;
    }
    case "invested_in": {
      const inRound = targetStatements.some(
        (statement) =>
          statement.property === "funding_round" &&
          [...(statement.value.lead ?? []), ...(statement.value.participants ?? [])].includes(
            entity.id,
          ) &&
          datesAgree(statement.at, relation.date),
      );
      if (inRound) return;
      add(
        entity.id,
        field,
        relation,
        () =>
          withTime({ property: "invested_in", value: target } as Statement, { at: relation.date }),
        relation,
      );
      return;
    }
    case "partner_of":
    case "competitor_of": {
      const key = `${relation.type} ${[entity.id, target].sort().join(" ")}`;
      if (statedSymmetric.has(key)) return;
      statedSymmetric.add(key);
      add(
        entity.id,
        field,
        relation,
        () =>
          withTime({ property: relation.type, value: target } as Statement, {
            since: relation.date,
          }),
        relation,
      );
      return;
    }
    default:
      add(
        entity.id,
        field,
        relation,
        () =>
          withTime({ property: relation.type, value: target } as Statement, {
            since: relation.date,
          }),
        relation,
      );
  }
}

for (const entity of old.values()) {
  const { facts: _facts, relations: _relations, rounds: _rounds, ...identity } = entity;
  const migrated = { ...identity, statements: statements.get(entity.id) ?? [] };
  if (!dryRun)
    writeFileSync(
      join(ENTITIES_DIR, `${entity.id}.json`),
      `${JSON.stringify(migrated, null, 2)}\n`,
    );
}
if (!dryRun) writeFileSync(QUEUE_FILE, `${JSON.stringify(queue, null, 2)}\n`);

const total = [...statements.values()].reduce((sum, list) => sum + list.length, 0);
const why = new Map<string, number>();
for (const item of queue) {
  const reason = item.why.split(" ")[0] ?? item.why;
  why.set(reason, (why.get(reason) ?? 0) + 1);
}
console.log(`${total} statements written, ${queue.length} values queued as unsourced`);
console.log([...why].map(([reason, count]) => `  ${reason}: ${count}`).join("\n"));
console.log(report.join("\n"));
