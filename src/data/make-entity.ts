// Test fixtures: small, valid entities that each test changes in one place, so a failing test
// points at the one rule it is about.

import type { Entity, Money } from "../core/dataset";
import type { Source, Statement } from "../core/statements";
import type { PublisherRegistry } from "./publisher-registry";

/** The publishers the fixtures cite: example.com stands for a newspaper. */
export const TEST_REGISTRY: PublisherRegistry = {
  publishers: {
    "example.com": { name: "Example News", kind: "news" },
    "example.org": { name: "Example Corp", kind: "own" },
    "wikipedia.org": { name: "Wikipedia", kind: "reference" },
  },
  refused: {
    "aiwiki.ai": { reason: "ai-wiki" },
    "wikimili.com": { reason: "wikipedia-copy" },
    "proxy.example.net": { reason: "wrapped" },
    "mirror.example.net": { reason: "republisher", original: "example.com" },
  },
};

/** What every fixture statement carries: one source on an admitted publisher, a check day. */
export function sourced(
  url = "https://example.com/news",
  checked = "2024-05-27",
): { sources: Source[]; checked: string } {
  return { sources: [{ url }], checked };
}

/** A statement without its sources and check day, whatever its property. */
export type Unsourced<S = Statement> = S extends unknown ? Omit<S, "sources" | "checked"> : never;

/**
 * A statement with fixture sources: `stated({ property: "employees", value: 10, at: "2024" })`,
 * or with its own: `stated({ … }, sourced("https://example.org/a", "2023-01-02"))`.
 */
export function stated(
  statement: Unsourced,
  sources: { sources: Source[]; checked: string } = sourced(),
): Statement {
  return { ...statement, ...sources } as Statement;
}

export function usd(value: number): Money {
  return { value, currency: "USD" };
}

/** A valid company whose one alias is its name; every field can be replaced through `overrides`. */
export function makeEntity(overrides: Partial<Entity> = {}): Entity {
  const id = overrides.id ?? "xai";
  // Distinct names by default, so entities made for one test never share an alias by accident.
  const name = overrides.name ?? (id === "xai" ? "xAI" : id);
  return {
    id,
    name,
    type: "company",
    wikipedia: { en: "XAI (company)", fr: "XAI (entreprise)" },
    aliases: [{ text: name, lang: "any", case: "sensitive" }],
    summary: {
      en: "An artificial intelligence company.",
      fr: "Une entreprise d’intelligence artificielle.",
    },
    statements: [],
    ...overrides,
  };
}

/** Like makeEntity, but overrides may hold anything, including values the schema forbids. */
export function makeRaw(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { id, name } = overrides;
  const base = makeEntity(typeof id === "string" && id !== "" ? { id } : {});
  return {
    ...base,
    aliases: [
      { ...base.aliases[0], text: typeof name === "string" && name !== "" ? name : base.name },
    ],
    ...overrides,
  };
}

/** The path the loader would give the entity's file. */
export function fileOf(id: string): string {
  return `src/data/entities/${id}.json`;
}

/** Input for validateDataset: each entity in the file named after its id. */
export function asFiles(
  ...entities: Array<Record<string, unknown> | Entity>
): Array<{ file: string; raw: unknown }> {
  return entities.map((raw) => ({ file: fileOf(String(raw.id)), raw }));
}
