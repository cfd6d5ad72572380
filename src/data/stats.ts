// What `stats` reports: the size of the dataset, how well it is sourced, and which values are
// the oldest (the ones to re-check first).

import { ENTITY_TYPES, type Entity, type EntityType } from "../core/dataset";
import { PROPERTIES, PROPERTY_RULES, type Property } from "../core/statements";
import { compareText } from "./compare-text";
import { listSourcedValues, type SourcedValue } from "./sourced-values";

export interface DatasetStats {
  entities: number;
  byType: Record<EntityType, number>;
  statements: number;
  byProperty: Record<Property, number>;
  distinctSources: number;
  distinctSourceDomains: number;
  withEnglishWikipedia: number;
  withoutEnglishWikipedia: number;
  /** The values checked longest ago, oldest first. */
  oldest: SourcedValue[];
}

/** `www.example.com` and `example.com` are one publisher. */
export function sourceDomain(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return "(malformed)";
  }
  return host === "" ? "(malformed)" : host.replace(/^www\./, "");
}

function compareByAge(a: SourcedValue, b: SourcedValue): number {
  return (
    compareText(a.checked, b.checked) ||
    compareText(a.entity, b.entity) ||
    compareText(a.field, b.field)
  );
}

// Values that cannot go out of date (a birth, a founding, a release) need no refreshing, so
// they do not crowd the "re-check first" list.
function canGoStale(value: SourcedValue): boolean {
  const { time } = PROPERTY_RULES[value.property];
  return time === "state" || time === "measure";
}

export function computeStats(entities: readonly Entity[], oldestCount = 10): DatasetStats {
  const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<
    EntityType,
    number
  >;
  for (const entity of entities) byType[entity.type] += 1;
  const sourced = entities.flatMap(listSourcedValues);
  const sources = new Set(sourced.map((value) => value.source));
  const withEnglishWikipedia = entities.filter((entity) => entity.wikipedia.en !== null).length;
  return {
    entities: entities.length,
    byType,
    statements: entities.reduce((total, entity) => total + entity.statements.length, 0),
    byProperty: Object.fromEntries(
      PROPERTIES.map((property) => [
        property,
        entities.reduce(
          (total, entity) =>
            total + entity.statements.filter((statement) => statement.property === property).length,
          0,
        ),
      ]),
    ) as Record<Property, number>,
    distinctSources: sources.size,
    distinctSourceDomains: new Set([...sources].map(sourceDomain)).size,
    withEnglishWikipedia,
    withoutEnglishWikipedia: entities.length - withEnglishWikipedia,
    oldest: sourced.filter(canGoStale).sort(compareByAge).slice(0, oldestCount),
  };
}

function row(label: string, value: number | string): string {
  return `  ${label.padEnd(24)}${String(value).padStart(6)}`;
}

export function formatStats(stats: DatasetStats): string {
  const lines = [
    `Entities: ${stats.entities}`,
    ...ENTITY_TYPES.map((type) => row(type, stats.byType[type])),
    "",
    `Statements: ${stats.statements}`,
    ...PROPERTIES.map((property) => row(property, stats.byProperty[property])),
    "",
    "Sources:",
    row("distinct URLs", stats.distinctSources),
    row("distinct domains", stats.distinctSourceDomains),
    "",
    "English Wikipedia title:",
    row("with", stats.withEnglishWikipedia),
    row("without", stats.withoutEnglishWikipedia),
    "",
    "Checked longest ago (re-check first):",
    ...(stats.oldest.length === 0
      ? ["  (none)"]
      : stats.oldest.map(
          (value) =>
            `  ${value.checked}  ${value.entity.padEnd(28)} ${value.field} ${value.property}`,
        )),
  ];
  return `${lines.join("\n")}\n`;
}
