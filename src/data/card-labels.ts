// The words of the card in both languages: fact labels and relation phrases, seen from the card
// entity's side ("invested in xAI" on Sequoia's card, "backed by Sequoia Capital" on xAI's).
import type { Bilingual, Lang, RelationType } from "../core/dataset";
import { formatMoney } from "../core/format";
import type { FundingRoundValue } from "../core/statements";

export const FACT_LABELS = {
  founded: { en: "Founded", fr: "Fondation" },
  headquarters: { en: "Headquarters", fr: "Siège" },
  founders: { en: "Founders", fr: "Fondateurs" },
  employees: { en: "Employees", fr: "Salariés" },
  valuation: { en: "Valuation", fr: "Valorisation" },
  totalFunding: { en: "Total raised", fr: "Fonds levés" },
  born: { en: "Born", fr: "Naissance" },
  released: { en: "Released", fr: "Sortie" },
  ownedBy: { en: "Owned by", fr: "Propriétaire" },
  formerName: { en: "Formerly", fr: "Anciennement" },
} satisfies Record<string, Bilingual>;

/** Phrases for an edge read from its tail (outgoing) and from its head (incoming). */
export const RELATION_PHRASES: Record<RelationType, { outgoing: Bilingual; incoming: Bilingual }> =
  {
    invested_in: {
      outgoing: { en: "invested in", fr: "a investi dans" },
      incoming: { en: "backed by", fr: "soutenu par" },
    },
    founded: {
      outgoing: { en: "founded", fr: "a fondé" },
      incoming: { en: "founded by", fr: "fondé par" },
    },
    leads: {
      outgoing: { en: "leads", fr: "dirige" },
      incoming: { en: "led by", fr: "dirigé par" },
    },
    board_member: {
      outgoing: { en: "on the board of", fr: "au conseil de" },
      incoming: { en: "board member", fr: "administrateur" },
    },
    works_at: {
      outgoing: { en: "works at", fr: "travaille chez" },
      incoming: { en: "employs", fr: "emploie" },
    },
    developed_by: {
      outgoing: { en: "developed by", fr: "développé par" },
      incoming: { en: "develops", fr: "développe" },
    },
    owned_by: {
      outgoing: { en: "owned by", fr: "appartient à" },
      incoming: { en: "owns", fr: "possède" },
    },
    partner_of: {
      outgoing: { en: "partner of", fr: "partenaire de" },
      incoming: { en: "partner of", fr: "partenaire de" },
    },
    competitor_of: {
      outgoing: { en: "competitor of", fr: "concurrent de" },
      incoming: { en: "competitor of", fr: "concurrent de" },
    },
    runs_on: {
      outgoing: { en: "runs on", fr: "fonctionne sur" },
      incoming: { en: "powers", fr: "fait tourner" },
    },
  };

export const ROUND_WORDS = {
  valuedAt: { en: "valued at", fr: "valorisation de" },
  ledBy: { en: "Led by", fr: "Mené par" },
  with: { en: "with", fr: "avec" },
  asOf: { en: "as of", fr: "au" },
} satisfies Record<string, Bilingual>;

/** "US$6 billion, valued at US$24 billion": a round's amount and post-money, where published. */
export function roundMoney(
  round: Pick<FundingRoundValue, "amount" | "valuation">,
  lang: Lang,
): string {
  return [
    round.amount ? formatMoney(round.amount, lang) : "",
    round.valuation ? `${ROUND_WORDS.valuedAt[lang]} ${formatMoney(round.valuation, lang)}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}
