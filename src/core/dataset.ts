// The shape of one entity of the bundled dataset, as written in src/data/entities/<id>.json.
// The build validates every file against these types (src/data/validate.ts) before compiling,
// so code that takes an `Entity` can trust it.

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

/** Where a value comes from and the date it was true at. Every number and date carries one. */
export interface Sourced {
  /** https URL of the published source the value was checked against. */
  source: string;
  /** YYYY-MM-DD: the date the source states the value for (or its publication date). */
  asOf: string;
  /** Optional remark, e.g. which source was preferred where two disagreed. */
  note?: string;
}

export interface Money {
  /** Plain number in units of `currency` (6e9 for six billion). */
  value: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface PersonRef {
  name: string;
  /** Dataset id when the person is an entity of their own. */
  id?: string;
}

export interface Facts {
  founded?: { date: PartialDate } & Sourced;
  headquarters?: { place: Bilingual } & Sourced;
  founders?: { people: PersonRef[] } & Sourced;
  leaders?: Array<{ person: PersonRef; role: Bilingual } & Sourced>;
  employees?: { count: number } & Sourced;
  valuation?: { amount: Money } & Sourced;
  totalFunding?: { amount: Money } & Sourced;
  /** For people. */
  born?: { date: PartialDate } & Sourced;
  /** For models, products and hardware. */
  released?: { date: PartialDate } & Sourced;
  /** Parameters, memory, throughput, number of chips...: label and value in both languages. */
  specs?: Array<{ label: Bilingual; value: Bilingual } & Sourced>;
}

export const RELATION_TYPES = [
  "invested_in",
  "founded",
  "leads",
  "works_at",
  "developed_by",
  "owned_by",
  "partner_of",
  "competitor_of",
  "runs_on",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A directed edge from the entity that holds it to `target`. */
export interface Relation extends Sourced {
  type: RelationType;
  target: string;
  /** Since when (or when, for a one-off like an investment). */
  date?: PartialDate;
  /** For leads / works_at: the role, e.g. CEO. */
  role?: Bilingual;
}

export interface FundingRound extends Sourced {
  date: PartialDate;
  /** "Seed", "Series B", ... as the company announced it. */
  series: string;
  amount: Money;
  /** Post-money valuation where published. */
  valuation?: Money;
  /** Entity ids of the lead investors. */
  lead?: string[];
  /** Entity ids of the other investors named. */
  participants?: string[];
}

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
  name: string;
  type: EntityType;
  /** Article titles on English and French Wikipedia; null where no article exists. */
  wikipedia: { en: string | null; fr: string | null };
  aliases: Alias[];
  /** Words that confirm an ambiguous alias when they appear near it ("chatbot", "levée"). */
  cues?: { en: string[]; fr: string[] };
  /** In our own words, at most 280 characters each. */
  summary: Bilingual;
  facts: Facts;
  relations: Relation[];
  /** Companies only: funding rounds, newest last. */
  rounds?: FundingRound[];
}

export const SUMMARY_MAX_LENGTH = 280;
