// Builds what a card shows from the facts index, in one language: key facts with their dates and
// sources, relations to the other entities on the page first, the latest funding rounds.
import type { Lang, Money, Sourced } from "../core/dataset";
import { formatMoney, formatPartialDate } from "../core/format";
import type { CardFact, CardRelation, CardRound, EntityCard } from "../core/messages";
import { FACT_LABELS, RELATION_PHRASES, ROUND_WORDS } from "./card-labels";
import type { FactsIndex, IndexedEntity, Link } from "./facts-index";

const MAX_RELATIONS = 8;
const MAX_ROUNDS = 3;
const MAX_FOUNDERS = 4;
const MORE = { en: (n: number) => `and ${n} others`, fr: (n: number) => `et ${n} autres` };

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
  // A date that cannot change (a founding, a birth) needs no "as of": only its source.
  const addDate = (label: string, date: string, sourced: Sourced) =>
    list.push({ label, value: formatPartialDate(date, lang), asOf: "", source: sourced.source });
  const money = (amount: Money) => formatMoney(amount, lang);

  if (facts.founded) addDate(FACT_LABELS.founded[lang], facts.founded.date, facts.founded);
  if (facts.born) addDate(FACT_LABELS.born[lang], facts.born.date, facts.born);
  if (facts.released) addDate(FACT_LABELS.released[lang], facts.released.date, facts.released);
  if (facts.headquarters)
    add(FACT_LABELS.headquarters[lang], facts.headquarters.place[lang], facts.headquarters);
  if (facts.founders) {
    const names = facts.founders.people.map((person) => person.name);
    // A long list of co-founders would push everything else out of the card.
    const shown =
      names.length > MAX_FOUNDERS
        ? [...names.slice(0, MAX_FOUNDERS - 1), MORE[lang](names.length - MAX_FOUNDERS + 1)]
        : names;
    add(FACT_LABELS.founders[lang], shown.join(", "), facts.founders);
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
  // One line per other entity and kind of tie; repeated events (two rounds) become its dates.
  const byLine = new Map<string, CardRelation>();
  for (const edge of [...outgoing, ...incoming]) {
    const other = index.entities[edge.other];
    if (!other) continue;
    const phrase = RELATION_PHRASES[edge.type][edge.direction][lang];
    const role = edge.role ? ` (${edge.role[lang]})` : "";
    const text = `${phrase} ${other.name}${role}`;
    const event = {
      date: edge.date ? formatPartialDate(edge.date, lang) : null,
      source: edge.source,
    };
    const line = byLine.get(text);
    if (line) line.events.push(event);
    else
      byLine.set(text, {
        entityId: other.id,
        text,
        onPage: pageIds.has(other.id),
        events: [event],
      });
  }
  const lines = [...byLine.values()];
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
