// The shape of one entity of the bundled dataset, as written in src/data/entities/<id>.json.
// The build validates every file against these types (src/data/validate.ts) before compiling,
// so code that takes an `Entity` can trust it.

import type { Statement } from "./statements";

export const ENTITY_TYPES = [
  "company",
  "investor",
  "person",
  "product",
  "hardware",
  "institution",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

/** Text written in both languages the product supports. */
export type Bilingual = Record<Lang, string>;

/** "2024", "2024-05" or "2024-05-26": sources often give only a year or a month. */
export type PartialDate = string;

export interface Money {
  /** Plain number in units of `currency` (6e9 for six billion). */
  value: number;
  /** ISO 4217 code. */
  currency: string;
}

/** The kinds of tie between two entities that cards and the popup show, derived from statements. */
export const RELATION_TYPES = [
  "invested_in",
  "founded",
  "leads",
  "board_member",
  "works_at",
  "developed_by",
  "owned_by",
  "partner_of",
  "competitor_of",
  "runs_on",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * How an alias is compared with page text.
 * - "sensitive": letters must match in case ("xAI", "X", "Apple")
 * - "insensitive": any case ("openai", "OPENAI")
 */
export type CaseRule = "sensitive" | "insensitive";

export interface Alias {
  text: string;
  /** Language the alias is written in; "any" for names (most of them). */
  lang: Lang | "any";
  case: CaseRule;
  /**
   * A short or common-word alias ("X", "Apple", "Grok", "Mistral") that counts only when the
   * page supports it: a cue word nearby, or another entity of the same story.
   */
  ambiguous?: boolean;
}

export interface Entity {
  /** Stable, lowercase, kebab-case; the file name without .json. */
  id: string;
  /** The name in English, and in any language that has no name of its own for it. */
  name: string;
  /** The name where a language writes its own ("Parlement européen"); see displayName. */
  localNames?: Partial<Record<Lang, string>>;
  type: EntityType;
  /** Article titles on English and French Wikipedia; null where no article exists. */
  wikipedia: { en: string | null; fr: string | null };
  aliases: Alias[];
  /** Words that confirm an ambiguous alias when they appear near it ("chatbot", "levée"). */
  cues?: { en: string[]; fr: string[] };
  /** In our own words, at most 280 characters each. */
  summary: Bilingual;
  /** Everything known about the entity, each value once with its time and sources. */
  statements: Statement[];
}

export const SUMMARY_MAX_LENGTH = 280;

/** The name a reader of `lang` knows the entity by: its local name there, else its name. */
export function displayName(entity: Pick<Entity, "name" | "localNames">, lang: Lang): string {
  return entity.localNames?.[lang] ?? entity.name;
}
