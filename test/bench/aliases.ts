// The names the benchmark plants in its pages and the baselines search for. They come from the
// compiled dataset the build writes when it lists them plainly; its shape belongs to the engine
// and changes with it (the matcher is being rewritten into a trie that encodes them), so it is
// read defensively, never through the engine's own code. When the compiled form holds no plain
// alias list, the names come from the entity files the build compiled (the dataset's schema:
// `name`, `aliases[].text|case|ambiguous|lang`).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const GENERATED_DIR = resolve("src/generated");
const PREFERRED_TABLES = "matcher-tables.json";
/** Where the build reads entities from (the build honours the same variable). */
export const ENTITIES_DIR = process.env.BACKSTORY_ENTITIES_DIR ?? resolve("src/data/entities");

export interface BenchAlias {
  text: string;
  /** Unknown case rules count as insensitive: the baselines then find at least as much. */
  caseSensitive: boolean;
  /** Ambiguous aliases only count where the page gives them context. */
  ambiguous: boolean;
  /** "any", "en", "fr"… when known: pages are English, so only any/en names are planted. */
  lang: string | null;
}

export interface AliasSource {
  /** Where the aliases were read. */
  from: string;
  aliases: BenchAlias[];
  entities: number;
}

/** The dataset's aliases, from the compiled tables if they list them, else from the entities. */
export function readAliasSource(generatedDir = GENERATED_DIR): AliasSource {
  const compiled = readCompiledTables(generatedDir);
  if (compiled && compiled.aliases.length > 0) return compiled;
  const source = readEntityFiles(ENTITIES_DIR);
  if (source.aliases.length > 0) return source;
  if (compiled && compiled.names.length > 0) {
    return { ...compiled, aliases: compiled.names.map((text) => plainName(text)) };
  }
  throw new Error(`no alias found in ${generatedDir} or ${ENTITIES_DIR}`);
}

function readCompiledTables(dir: string): (AliasSource & { names: string[] }) | null {
  if (!existsSync(dir)) return null;
  const files = existsSync(join(dir, PREFERRED_TABLES))
    ? [PREFERRED_TABLES]
    : readdirSync(dir).filter((name) => name.endsWith(".json"));
  for (const name of files) {
    const file = join(dir, name);
    const json: unknown = JSON.parse(readFileSync(file, "utf8"));
    const aliases = collectAliases(json);
    const names = collectEntityNames(json);
    if (aliases.length > 0 || names.length > 0) {
      return { from: file, aliases, names, entities: names.length };
    }
  }
  return null;
}

function readEntityFiles(dir: string): AliasSource {
  const found = new Map<string, BenchAlias>();
  let entities = 0;
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".json")) : [];
  for (const name of files) {
    const json: unknown = JSON.parse(readFileSync(join(dir, name), "utf8"));
    if (!isRecord(json)) continue;
    entities += 1;
    for (const alias of collectAliases(json)) found.set(keyOf(alias), alias);
    if (typeof json.name === "string") {
      const entityName = plainName(json.name);
      if (![...found.values()].some((alias) => alias.text === entityName.text)) {
        found.set(keyOf(entityName), entityName);
      }
    }
  }
  return { from: dir, aliases: [...found.values()], entities };
}

function plainName(text: string): BenchAlias {
  return { text: text.trim(), caseSensitive: false, ambiguous: false, lang: null };
}

function keyOf(alias: BenchAlias): string {
  return `${alias.caseSensitive ? "s" : "i"}:${alias.text}`;
}

const ALIAS_KEY = /alias|pattern|surface|^forms$/i;
const TEXT_KEYS = ["text", "exact", "alias", "surface", "pattern", "name"];

function collectAliases(json: unknown): BenchAlias[] {
  const found = new Map<string, BenchAlias>();
  visit(json, (key, value) => {
    if (!ALIAS_KEY.test(key) || !Array.isArray(value)) return;
    for (const item of value) {
      const alias = aliasFrom(item);
      if (alias) found.set(keyOf(alias), alias);
    }
  });
  return [...found.values()];
}

function aliasFrom(item: unknown): BenchAlias | null {
  if (typeof item === "string") return usable(item, false, false, null);
  if (!isRecord(item)) return null;
  const text = TEXT_KEYS.map((key) => item[key]).find((value) => typeof value === "string");
  if (typeof text !== "string") return null;
  const caseRule = item.case ?? item.caseSensitive ?? item.sensitive;
  const caseSensitive = caseRule === "sensitive" || caseRule === true;
  const lang = typeof item.lang === "string" ? item.lang : null;
  return usable(text, caseSensitive, item.ambiguous === true, lang);
}

function usable(
  text: string,
  caseSensitive: boolean,
  ambiguous: boolean,
  lang: string | null,
): BenchAlias | null {
  const trimmed = text.trim();
  // A name needs a letter or digit; punctuation-only keys are internal markers.
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return null;
  return { text: trimmed, caseSensitive, ambiguous, lang };
}

function collectEntityNames(json: unknown): string[] {
  const names = new Set<string>();
  visit(json, (key, value) => {
    if (!/entit/i.test(key) || !Array.isArray(value)) return;
    for (const item of value) {
      if (isRecord(item) && typeof item.name === "string" && item.name.trim()) {
        names.add(item.name.trim());
      }
    }
  });
  return [...names];
}

function visit(value: unknown, onEntry: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, onEntry);
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      onEntry(key, child);
      visit(child, onEntry);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
