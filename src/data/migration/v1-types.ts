// The entity files' first format (facts, relations and rounds, each value with one `source` URL
// and an `asOf` date), read only by the migration to statements.

import type { Alias, Bilingual, EntityType, Money, PartialDate } from "../../core/dataset";
import type { PersonRef } from "../../core/statements";

export interface SourcedV1 {
  source: string;
  asOf: string;
  note?: string;
}

export interface FactsV1 {
  founded?: { date: PartialDate } & SourcedV1;
  headquarters?: { place: Bilingual } & SourcedV1;
  founders?: { people: PersonRef[] } & SourcedV1;
  leaders?: Array<{ person: PersonRef; role: Bilingual } & SourcedV1>;
  employees?: { count: number } & SourcedV1;
  valuation?: { amount: Money } & SourcedV1;
  totalFunding?: { amount: Money } & SourcedV1;
  born?: { date: PartialDate } & SourcedV1;
  released?: { date: PartialDate } & SourcedV1;
  specs?: Array<{ label: Bilingual; value: Bilingual } & SourcedV1>;
}

export type RelationTypeV1 =
  | "invested_in"
  | "founded"
  | "leads"
  | "works_at"
  | "developed_by"
  | "owned_by"
  | "partner_of"
  | "competitor_of"
  | "runs_on";

export interface RelationV1 extends SourcedV1 {
  type: RelationTypeV1;
  target: string;
  date?: PartialDate;
  role?: Bilingual;
}

export interface FundingRoundV1 extends SourcedV1 {
  date: PartialDate;
  series: string;
  amount: Money;
  valuation?: Money;
  lead?: string[];
  participants?: string[];
}

export interface EntityV1 {
  id: string;
  name: string;
  type: EntityType;
  wikipedia: { en: string | null; fr: string | null };
  aliases: Alias[];
  cues?: { en: string[]; fr: string[] };
  summary: Bilingual;
  facts: FactsV1;
  relations: RelationV1[];
  rounds?: FundingRoundV1[];
}
