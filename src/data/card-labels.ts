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

/**
 * The same ties once every term is over ("led xAI", "formerly owned by Twitter"); the kinds not
 * listed are events, already in the past tense.
 */
export const PAST_RELATION_PHRASES: Partial<
  Record<RelationType, { outgoing: Bilingual; incoming: Bilingual }>
> = {
  leads: {
    outgoing: { en: "led", fr: "a dirigé" },
    incoming: { en: "formerly led by", fr: "auparavant dirigé par" },
  },
  board_member: {
    outgoing: { en: "was on the board of", fr: "a siégé au conseil de" },
    incoming: { en: "former board member", fr: "ancien administrateur" },
  },
  works_at: {
    outgoing: { en: "worked at", fr: "a travaillé chez" },
    incoming: { en: "formerly employed", fr: "a employé" },
  },
  owned_by: {
    outgoing: { en: "formerly owned by", fr: "a appartenu à" },
    incoming: { en: "owned", fr: "a possédé" },
  },
  partner_of: {
    outgoing: { en: "was a partner of", fr: "a été partenaire de" },
    incoming: { en: "was a partner of", fr: "a été partenaire de" },
  },
  competitor_of: {
    outgoing: { en: "was a competitor of", fr: "a été concurrent de" },
    incoming: { en: "was a competitor of", fr: "a été concurrent de" },
  },
  runs_on: {
    outgoing: { en: "ran on", fr: "a fonctionné sur" },
    incoming: { en: "powered", fr: "a fait tourner" },
  },
};

/** Words around ties: "and" between two kinds of one pair, "since" before a term's start. */
export const TIE_WORDS = {
  and: { en: "and", fr: "et" },
  since: { en: "since", fr: "depuis" },
  until: { en: "until", fr: "jusqu’en" },
} satisfies Record<string, Bilingual>;

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
