// What `stats` reports: the size of the dataset, how well it is sourced, and which values are
// the oldest (the ones to re-check first).

import { ENTITY_TYPES, type Entity, type EntityType } from "../core/dataset";
import { compareText } from "./compare-text";
import { listFactValues, listSourcedValues, type SourcedValue } from "./sourced-values";

export interface DatasetStats {
  entities: number;
  byType: Record<EntityType, number>;
  /** Sourced values: each fact field, each leader, each spec. */
  facts: number;
  relations: number;
  rounds: number;
  distinctSources: number;
  distinctSourceDomains: number;
  withEnglishWikipedia: number;
  withoutEnglishWikipedia: number;
  /** The values with the oldest as-of dates, oldest first. */
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
    compareText(a.asOf, b.asOf) || compareText(a.entity, b.entity) || compareText(a.field, b.field)
  );
}

// Values that cannot go out of date (a birth, a founding, a release) need no refreshing, so
// they do not crowd the "refresh first" list.
const STABLE_FIELDS = /^facts\.(born|founded|released|founders)\b/;

function canGoStale(value: { field: string }): boolean {
  return !STABLE_FIELDS.test(value.field);
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
    facts: entities.reduce((total, entity) => total + listFactValues(entity).length, 0),
    relations: entities.reduce((total, entity) => total + entity.relations.length, 0),
    rounds: entities.reduce((total, entity) => total + (entity.rounds?.length ?? 0), 0),
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
    "Sourced values:",
    row("facts", stats.facts),
    row("relations", stats.relations),
    row("funding rounds", stats.rounds),
    "",
    "Sources:",
    row("distinct URLs", stats.distinctSources),
    row("distinct domains", stats.distinctSourceDomains),
    "",
    "English Wikipedia title:",
    row("with", stats.withEnglishWikipedia),
    row("without", stats.withoutEnglishWikipedia),
    "",
    `Oldest as-of dates (refresh first):`,
    ...(stats.oldest.length === 0
      ? ["  (none)"]
      : stats.oldest.map((value) => `  ${value.asOf}  ${value.entity.padEnd(28)} ${value.field}`)),
  ];
  return `${lines.join("\n")}\n`;
}
