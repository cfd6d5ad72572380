// Walks one entity file's structure and reports every problem found in it alone. What needs the
// whole dataset (references, aliases shared between entities, duplicate ids) is collected here
// and judged by validateDataset.

import { ENTITY_TYPES, type Entity, LANGS, type Lang, SUMMARY_MAX_LENGTH } from "../core/dataset";
import { checkStatements } from "./check-statements";
import { checkBilingual, type EntityReference, type EntityWalk } from "./check-values";
import { FieldChecker, fieldPath, indexPath, isRecord, type JsonRecord } from "./field-checker";
import type { DatasetProblem } from "./problem";
import type { PublisherRegistry } from "./publisher-registry";
import { aliasKey, countCharacters, isKebabCaseId } from "./value-rules";

/** An alias text an entity claims, for the check that no two entities claim it unawares. */
export interface AliasClaim {
  field: string;
  text: string;
  ambiguous: boolean;
}

export interface EntityInspection {
  /** The id as written, or "?" when there is none to name the entity by. */
  id: string;
  /** Present only when the file has no problem of its own. */
  entity?: Entity;
  problems: DatasetProblem[];
  references: EntityReference[];
  aliases: AliasClaim[];
}

const ENTITY_KEYS = [
  "id",
  "name",
  "type",
  "wikipedia",
  "aliases",
  "summary",
  "statements",
] as const;
const ENTITY_OPTIONAL_KEYS = ["cues", "localNames"] as const;
/** `name` is the English name; other languages may write their own. */
const LOCAL_NAME_LANGS = LANGS.filter((lang) => lang !== "en");
const ALIAS_LANGS = [...LANGS, "any"] as const;
const CASE_RULES = ["sensitive", "insensitive"] as const;

/** `src/data/entities/xai.json` → `xai` */
export function fileStem(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.json$/, "");
}

function checkId(check: FieldChecker, value: unknown, file: string): void {
  const id = check.text(value, "id");
  if (id === undefined) return;
  if (!isKebabCaseId(id)) {
    check.report(
      "id",
      `id must be lowercase ascii kebab-case (a-z, 0-9, single hyphens), found ${JSON.stringify(id)}`,
    );
  }
  const stem = fileStem(file);
  if (id !== stem) check.report("id", `id "${id}" differs from the file name "${stem}.json"`);
}

function checkWikipedia(check: FieldChecker, value: unknown): void {
  const titles = check.record(value, "wikipedia", LANGS);
  if (titles === undefined) return;
  for (const lang of LANGS) {
    const title = titles[lang];
    if (title === undefined || title === null) continue;
    const text = check.text(title, fieldPath("wikipedia", lang));
    if (text?.includes("_")) {
      check.report(
        fieldPath("wikipedia", lang),
        `write the title with spaces, not underscores: "${text.replaceAll("_", " ")}"`,
      );
    }
  }
}

function checkLocalNames(check: FieldChecker, value: unknown, name: unknown): void {
  const names = check.record(value, "localNames", [], LOCAL_NAME_LANGS);
  if (names === undefined) return;
  for (const lang of LOCAL_NAME_LANGS) {
    if (names[lang] === undefined) continue;
    const field = fieldPath("localNames", lang);
    const text = check.text(names[lang], field);
    if (text !== undefined && text === name)
      check.report(
        field,
        `"${text}" is the same as name; write a local name only where it differs`,
      );
  }
}

function checkSummary(check: FieldChecker, value: unknown): void {
  const texts = checkBilingual(check, value, "summary");
  for (const lang of LANGS) {
    const text = texts[lang];
    if (text === undefined) continue;
    const length = countCharacters(text);
    if (length > SUMMARY_MAX_LENGTH) {
      check.report(
        fieldPath("summary", lang),
        `summary is ${length} characters, over the ${SUMMARY_MAX_LENGTH} allowed`,
      );
    }
  }
}

/** Two aliases of one entity are duplicates when one would match whatever the other matches. */
function isSameAlias(a: JsonRecord, b: JsonRecord): boolean {
  if (typeof a.text !== "string" || typeof b.text !== "string") return false;
  if (a.text.normalize("NFC") === b.text.normalize("NFC")) return true;
  const eitherIgnoresCase = a.case === "insensitive" || b.case === "insensitive";
  return eitherIgnoresCase && aliasKey(a.text) === aliasKey(b.text);
}

/** Checks each alias; returns the languages in which some ambiguous alias can appear. */
function checkAliases(check: FieldChecker, value: unknown, claims: AliasClaim[]): Set<Lang> {
  const ambiguousLangs = new Set<Lang>();
  const seen: JsonRecord[] = [];
  check.nonEmptyArray(value, "aliases").forEach((item, index) => {
    const field = indexPath("aliases", index);
    const alias = check.record(item, field, ["text", "lang", "case"], ["ambiguous"]);
    if (alias === undefined) return;
    const text =
      alias.text === undefined ? undefined : check.text(alias.text, fieldPath(field, "text"));
    const lang =
      alias.lang === undefined
        ? undefined
        : check.oneOf(alias.lang, fieldPath(field, "lang"), ALIAS_LANGS, "lang");
    if (alias.case !== undefined) {
      check.oneOf(alias.case, fieldPath(field, "case"), CASE_RULES, "case");
    }
    const ambiguous =
      alias.ambiguous === undefined
        ? false
        : check.boolean(alias.ambiguous, fieldPath(field, "ambiguous"));
    const duplicate = seen.findIndex((earlier) => isSameAlias(earlier, alias));
    if (duplicate >= 0) {
      const earlierText = JSON.stringify(seen[duplicate]?.text);
      check.report(
        fieldPath(field, "text"),
        `duplicate alias: matches the same text as aliases[${duplicate}] (${earlierText}); keep one`,
      );
    }
    seen.push(alias);
    if (text === undefined) return;
    claims.push({ field: fieldPath(field, "text"), text, ambiguous: ambiguous === true });
    if (ambiguous === true) {
      const langs = lang === "any" || lang === undefined ? LANGS : [lang];
      for (const cueLang of langs) ambiguousLangs.add(cueLang);
    }
  });
  return ambiguousLangs;
}

function checkCues(check: FieldChecker, value: unknown): Partial<Record<Lang, number>> {
  const cues = check.record(value, "cues", LANGS);
  const counts: Partial<Record<Lang, number>> = {};
  if (cues === undefined) return counts;
  for (const lang of LANGS) {
    if (cues[lang] === undefined) continue;
    const field = fieldPath("cues", lang);
    const words = check.array(cues[lang], field);
    words.forEach((word, index) => {
      const text = check.text(word, indexPath(field, index));
      if (text !== undefined && text !== text.toLowerCase()) {
        // Cues are written lowercase so the matcher can compare them with case-folded page text
        // as they are; an uppercase cue would silently never match.
        check.report(indexPath(field, index), `cue must be lowercase: "${text.toLowerCase()}"`);
      }
    });
    counts[lang] = words.length;
  }
  return counts;
}

function requireCuesForAmbiguousAliases(
  check: FieldChecker,
  raw: JsonRecord,
  ambiguousLangs: Set<Lang>,
): void {
  if (raw.cues === undefined) {
    check.report(
      "cues",
      "an entity with an ambiguous alias needs cues (words that confirm a mention)",
    );
    return;
  }
  const counts = checkCues(check, raw.cues);
  for (const lang of ambiguousLangs) {
    if (counts[lang] === 0) {
      check.report(
        fieldPath("cues", lang),
        `an ambiguous alias can appear in "${lang}" text but cues.${lang} is empty`,
      );
    }
  }
}

export function inspectEntity(
  raw: unknown,
  file: string,
  registry: PublisherRegistry,
): EntityInspection {
  const id = isRecord(raw) && typeof raw.id === "string" && raw.id !== "" ? raw.id : "?";
  const check = new FieldChecker(file, id);
  const walk: EntityWalk = { check, references: [] };
  const aliases: AliasClaim[] = [];
  if (!isRecord(raw)) {
    check.report("(entity)", "the file must hold one JSON object");
    return { id, problems: check.problems, references: [], aliases };
  }
  check.record(raw, "", ENTITY_KEYS, ENTITY_OPTIONAL_KEYS);
  if (raw.id !== undefined) checkId(check, raw.id, file);
  if (raw.name !== undefined) check.text(raw.name, "name");
  if (raw.type !== undefined) check.oneOf(raw.type, "type", ENTITY_TYPES, "entity type");
  if (raw.wikipedia !== undefined) checkWikipedia(check, raw.wikipedia);
  if (raw.localNames !== undefined) checkLocalNames(check, raw.localNames, raw.name);
  const ambiguousLangs =
    raw.aliases === undefined ? new Set<Lang>() : checkAliases(check, raw.aliases, aliases);
  if (ambiguousLangs.size > 0) requireCuesForAmbiguousAliases(check, raw, ambiguousLangs);
  else if (raw.cues !== undefined) checkCues(check, raw.cues);
  if (raw.summary !== undefined) checkSummary(check, raw.summary);
  if (raw.statements !== undefined)
    checkStatements(walk, raw.statements, "statements", registry, raw.id);
  const entity = check.problems.length === 0 ? (raw as unknown as Entity) : undefined;
  return { id, entity, problems: check.problems, references: walk.references, aliases };
}
