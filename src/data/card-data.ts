// Builds what a card shows from the facts index, in one language: key facts with their dates and
// sources, relations to the other entities on the page first, the latest funding rounds.
import type { Lang, Money, Sourced } from "../core/dataset";
import { formatMoney, formatPartialDate } from "../core/format";
import type { CardFact, CardRelation, CardRound, EntityCard } from "../core/messages";
import { FACT_LABELS, RELATION_PHRASES, ROUND_WORDS } from "./card-labels";
import type { FactsIndex, IndexedEntity, Link } from "./facts-index";

const MAX_RELATIONS = 8;
const MAX_ROUNDS = 3;

export function wikipediaUrl(lang: Lang, title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replaceAll(" ", "_"))}`;
}

export function buildEntityCard(
  index: FactsIndex,
  id: string,
  lang: Lang,
  pageIds: readonly string[],
): EntityCard | null {
  const entity = index.entities[id];
  if (!entity) return null;
  const localTitle = entity.wikipedia[lang];
  const title = localTitle ?? entity.wikipedia.en;
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    summary: entity.summary[lang],
    wikipediaUrl: title ? wikipediaUrl(localTitle ? lang : "en", title) : null,
    facts: cardFacts(entity, lang),
    relations: cardRelations(index, entity, lang, new Set(pageIds)),
    rounds: cardRounds(index, entity, lang),
  };
}

function cardFacts(entity: IndexedEntity, lang: Lang): CardFact[] {
  const { facts } = entity;
  const list: CardFact[] = [];
  const add = (label: string, value: string, sourced: Sourced) =>
    list.push({
      label,
      value,
      asOf: formatPartialDate(sourced.asOf, lang),
      source: sourced.source,
    });
  const money = (amount: Money) => formatMoney(amount, lang);

  if (facts.founded)
    add(FACT_LABELS.founded[lang], formatPartialDate(facts.founded.date, lang), facts.founded);
  if (facts.born) add(FACT_LABELS.born[lang], formatPartialDate(facts.born.date, lang), facts.born);
  if (facts.released) {
    add(FACT_LABELS.released[lang], formatPartialDate(facts.released.date, lang), facts.released);
  }
  if (facts.headquarters)
    add(FACT_LABELS.headquarters[lang], facts.headquarters.place[lang], facts.headquarters);
  if (facts.founders) {
    add(
      FACT_LABELS.founders[lang],
      facts.founders.people.map((p) => p.name).join(", "),
      facts.founders,
    );
  }
  for (const leader of facts.leaders ?? []) add(leader.role[lang], leader.person.name, leader);
  if (facts.valuation)
    add(FACT_LABELS.valuation[lang], money(facts.valuation.amount), facts.valuation);
  if (facts.totalFunding)
    add(FACT_LABELS.totalFunding[lang], money(facts.totalFunding.amount), facts.totalFunding);
  if (facts.employees) {
    const count = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB").format(
      facts.employees.count,
    );
    add(FACT_LABELS.employees[lang], count, facts.employees);
  }
  for (const spec of facts.specs ?? []) add(spec.label[lang], spec.value[lang], spec);
  return list;
}

function cardRelations(
  index: FactsIndex,
  entity: IndexedEntity,
  lang: Lang,
  pageIds: Set<string>,
): CardRelation[] {
  const outgoing = [
    ...entity.relations.map((relation) => ({
      type: relation.type,
      other: relation.target,
      date: relation.date,
      role: relation.role,
      source: relation.source,
      direction: "outgoing" as const,
    })),
    ...entity.derivedRelations.map((link) => fromLink(link, "outgoing")),
  ];
  const incoming = entity.inverseRelations.map((link) => fromLink(link, "incoming"));
  const lines = [...outgoing, ...incoming].flatMap((edge): CardRelation[] => {
    const other = index.entities[edge.other];
    if (!other) return [];
    const phrase = RELATION_PHRASES[edge.type][edge.direction][lang];
    const role = edge.role ? ` (${edge.role[lang]})` : "";
    return [
      {
        entityId: other.id,
        text: `${phrase} ${other.name}${role}`,
        onPage: pageIds.has(other.id),
        date: edge.date ? formatPartialDate(edge.date, lang) : null,
        source: edge.source,
      },
    ];
  });
  // The entities the reader is looking at first; otherwise the dataset's order.
  const onPage = lines.filter((line) => line.onPage);
  const others = lines.filter((line) => !line.onPage);
  return [...onPage, ...others].slice(0, Math.max(MAX_RELATIONS, onPage.length));

  function fromLink(link: Link, direction: "outgoing" | "incoming") {
    return {
      type: link.type,
      other: direction === "outgoing" ? link.to : link.from,
      date: link.date,
      role: link.role,
      source: link.source,
      direction,
    };
  }
}

function cardRounds(index: FactsIndex, entity: IndexedEntity, lang: Lang): CardRound[] {
  const nameOf = (id: string) => index.entities[id]?.name ?? id;
  return [...(entity.rounds ?? [])]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, MAX_ROUNDS)
    .map((round) => {
      const valuation = round.valuation
        ? `, ${ROUND_WORDS.valuedAt[lang]} ${formatMoney(round.valuation, lang)}`
        : "";
      const lead = (round.lead ?? []).map(nameOf);
      const others = (round.participants ?? []).map(nameOf);
      const investors = [
        lead.length ? `${ROUND_WORDS.ledBy[lang]} ${lead.join(", ")}` : "",
        others.length
          ? `${lead.length ? ROUND_WORDS.with[lang] : capitalise(ROUND_WORDS.with[lang])} ${others.join(", ")}`
          : "",
      ]
        .filter(Boolean)
        .join("; ");
      return {
        title: `${round.series} · ${formatPartialDate(round.date, lang)}`,
        amount: `${formatMoney(round.amount, lang)}${valuation}`,
        investors,
        source: round.source,
      };
    });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
