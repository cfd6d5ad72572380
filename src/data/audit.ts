// What `audit` prints: how the dataset is sourced (statements by publisher kind, publishers
// cited), what to refresh first (press-only values a newer statement has overtaken, single
// values last true more than a year ago), entities with nothing to show, and every problem the
// build would refuse.

import type { Entity } from "../core/dataset";
import { newestFirst } from "../core/derive-facts";
import { PROPERTY_RULES, type Statement } from "../core/statements";
import { compareDates } from "../core/terms";
import { compareText } from "./compare-text";
import { citeSource } from "./facts-index";
import { type DatasetProblem, formatProblem } from "./problem";
import { PUBLISHER_KINDS, type PublisherKind, type PublisherRegistry } from "./publisher-registry";

/** A statement is counted under the strongest kind among its sources. */
const STRENGTH: readonly PublisherKind[] = [
  "official",
  "own",
  "paper",
  "data",
  "reference",
  "news",
  "trade",
];
const PRESS: ReadonlySet<PublisherKind> = new Set(["news", "trade"]);
/** Properties whose value is a tie or a fact, not a tie only: an entity with none has nothing to show. */
const TIES: ReadonlySet<Statement["property"]> = new Set([
  "developed_by",
  "invested_in",
  "partner_of",
  "competitor_of",
  "runs_on",
]);

export interface AuditReport {
  statements: number;
  byKind: Record<PublisherKind, number>;
  publishers: Array<{ name: string; kind: PublisherKind; statements: number }>;
  overtakenPressOnly: string[];
  staleSingleValues: string[];
  withoutFacts: string[];
  problems: DatasetProblem[];
}

function yearBefore(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}${today.slice(4, 10)}`;
}

export function auditDataset(
  entities: readonly Entity[],
  registry: PublisherRegistry,
  problems: readonly DatasetProblem[],
  today: string,
): AuditReport {
  const byKind = Object.fromEntries(PUBLISHER_KINDS.map((kind) => [kind, 0])) as Record<
    PublisherKind,
    number
  >;
  const publishers = new Map<string, { name: string; kind: PublisherKind; statements: number }>();
  const overtakenPressOnly: string[] = [];
  const staleSingleValues: string[] = [];
  const withoutFacts: string[] = [];
  let statements = 0;
  const cutoff = yearBefore(today);

  for (const entity of entities) {
    const located = entity.statements.map((statement, index) => ({
      statement,
      field: `${entity.id} statements[${index}]`,
    }));
    for (const { statement } of located) {
      statements += 1;
      const cited = statement.sources.map((source) => citeSource(registry, source));
      const strongest = STRENGTH.find((kind) => cited.some((source) => source.kind === kind));
      if (strongest) byKind[strongest] += 1;
      for (const name of new Set(cited.map((source) => source.publisher))) {
        const kind = cited.find((source) => source.publisher === name)?.kind ?? "news";
        const entry = publishers.get(name) ?? { name, kind, statements: 0 };
        entry.statements += 1;
        publishers.set(name, entry);
      }
    }
    for (const [property, rule] of Object.entries(PROPERTY_RULES)) {
      if (!rule.single || rule.time === "event") continue;
      const same = located.filter(({ statement }) => statement.property === property);
      const ordered = newestFirst(same.map(({ statement }) => statement));
      const [newest, ...older] = ordered;
      if (newest === undefined) continue;
      const field = (statement: Statement) =>
        same.find((entry) => entry.statement === statement)?.field ?? "";
      for (const statement of older) {
        const kinds = statement.sources.map((source) => citeSource(registry, source).kind);
        if (kinds.every((kind) => PRESS.has(kind)))
          overtakenPressOnly.push(
            `${field(statement)} ${property}: press only, overtaken by ${newest.at ?? newest.since ?? "a newer value"}`,
          );
      }
      const lastTrue =
        rule.time === "measure"
          ? newest.at
          : newest.until === undefined
            ? newest.checked
            : undefined;
      if (lastTrue !== undefined && compareDates(lastTrue, cutoff) < 0)
        staleSingleValues.push(
          `${field(newest)} ${property}: ${rule.time === "measure" ? "true on" : "checked"} ${lastTrue}`,
        );
    }
    if (!entity.statements.some((statement) => !TIES.has(statement.property)))
      withoutFacts.push(entity.id);
  }
  return {
    statements,
    byKind,
    publishers: [...publishers.values()].sort(
      (a, b) => b.statements - a.statements || compareText(a.name, b.name),
    ),
    overtakenPressOnly,
    staleSingleValues,
    withoutFacts,
    problems: [...problems],
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "0 %" : `${((100 * part) / whole).toFixed(1)} %`;
}

function section(title: string, lines: readonly string[]): string[] {
  return [
    "",
    `${title} (${lines.length})`,
    ...(lines.length === 0 ? ["  (none)"] : lines.map((line) => `  ${line}`)),
  ];
}

export function formatAudit(report: AuditReport): string {
  const lines = [
    `Statements: ${report.statements}, by their strongest source:`,
    ...STRENGTH.map(
      (kind) =>
        `  ${kind.padEnd(10)}${String(report.byKind[kind]).padStart(6)}  ${percent(report.byKind[kind], report.statements)}`,
    ),
    ...section(
      "Publishers cited",
      report.publishers.map(
        (publisher) =>
          `${String(publisher.statements).padStart(5)}  ${publisher.name} (${publisher.kind})`,
      ),
    ),
    ...section("Press-only statements a newer statement has overtaken", report.overtakenPressOnly),
    ...section(
      "Single values last true or checked over 12 months ago (refresh first)",
      report.staleSingleValues,
    ),
    ...section("Entities without facts", report.withoutFacts),
    ...section("Problems the build refuses", report.problems.map(formatProblem)),
  ];
  return `${lines.join("\n")}\n`;
}
