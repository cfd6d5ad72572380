// Builds what a card shows from the facts index, in one language: key facts derived from the
// entity's statements (current leaders, latest valuation ...), each with when it was true and who
// says so, relations to the other entities on the page first, the latest funding rounds.

import { displayName, type Lang, type PartialDate } from "../core/dataset";
import { current, latest, newestFirst, valuationOn } from "../core/derive-facts";
import { formatCount, formatMoney, formatPartialDate } from "../core/format";
import type { CardFact, CardRelation, CardRound, EntityCard } from "../core/messages";
import { isDatedPage } from "../core/page-date";
import { compareDates } from "../core/terms";
import { FACT_LABELS, ROUND_WORDS, roundMoney } from "./card-labels";
import { cardSource } from "./card-source";
import { cardSince, cardThen } from "./card-then-now";
import {
  type FactsIndex,
  type IndexedEntity,
  type IndexedLink,
  type IndexedStatement,
  linksOf,
} from "./facts-index";
import { mergeTies } from "./merge-ties";
import { seriesLabel } from "./round-series";
import { groupTieLines, tieLine } from "./tie-text";

const MAX_RELATIONS = 8;
const MAX_ROUNDS = 3;
const MAX_FOUNDERS = 4;
const MORE = { en: (n: number) => `and ${n} others`, fr: (n: number) => `et ${n} autres` };

export function wikipediaUrl(lang: Lang, title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replaceAll(" ", "_"))}`;
}

/**
 * `asOf`: the page's publication date when the card should show the entity as it was then;
 * `today` decides whether that date is old enough to (a recent article shows the present only).
 */
export function buildEntityCard(
  index: FactsIndex,
  id: string,
  lang: Lang,
  pageIds: readonly string[],
  dates: { asOf?: PartialDate; today?: string } = {},
): EntityCard | null {
  const entity = index.entities[id];
  if (!entity) return null;
  const localTitle = entity.wikipedia[lang];
  const title = localTitle ?? entity.wikipedia.en;
  const { asOf, today } = dates;
  const dated = asOf !== undefined && today !== undefined && isDatedPage(asOf, today);
  const card: EntityCard = {
    id: entity.id,
    name: displayName(entity, lang),
    type: entity.type,
    summary: entity.summary[lang],
    wikipediaUrl: title ? wikipediaUrl(localTitle ? lang : "en", title) : null,
    facts: cardFacts(index, entity, lang, new Set(pageIds)),
    relations: cardRelations(index, entity, lang, new Set(pageIds), dated ? asOf : undefined),
    rounds: cardRounds(index, entity, lang),
  };
  if (!dated) return card;
  const asWritten = cardThen(index, entity, lang, asOf);
  // A value that did not change since the article is said once, in the part about then.
  const unchanged = new Set(asWritten.facts.map((fact) => `${fact.label}\n${fact.value}`));
  return {
    ...card,
    facts: card.facts.filter((fact) => !unchanged.has(`${fact.label}\n${fact.value}`)),
    dated: { asWritten, since: cardSince(index, entity, lang, asOf) },
  };
}

/**
 * The most cards a page gets ahead (its first names; 40 cards are about 100 KB): the card of a
 * name past them is asked for when the pointer comes onto it.
 */
const MOST_PAGE_CARDS = 40;

/** Today's cards of the first names of a page that names `pageIds` (first seen first), by id. */
export function pageCards(
  index: FactsIndex,
  lang: Lang,
  pageIds: readonly string[],
): Record<string, EntityCard> {
  const cards: Record<string, EntityCard> = {};
  for (const id of pageIds.slice(0, MOST_PAGE_CARDS)) {
    const card = buildEntityCard(index, id, lang, pageIds);
    if (card) cards[id] = card;
  }
  return cards;
}

function cardFacts(
  index: FactsIndex,
  entity: IndexedEntity,
  lang: Lang,
  pageIds: Set<string>,
): CardFact[] {
  const { statements } = entity;
  const list: CardFact[] = [];
  const add = (
    label: string,
    value: string,
    statement: IndexedStatement,
    when?: PartialDate,
    entityIds: string[] = [],
  ) =>
    list.push({
      label,
      value,
      asOf: when ? formatPartialDate(when, lang) : "",
      source: cardSource(statement.sources, lang),
      ...(entityIds.some((id) => pageIds.has(id)) ? { onPage: true } : {}),
    });
  const nameOf = (id: string) => nameIn(index, id, lang);

  // A date that cannot change (a founding, a birth) needs no "as of": it is the value.
  for (const property of ["founded", "born", "released"] as const) {
    const event = latest(statements, property);
    if (event?.at) add(FACT_LABELS[property][lang], formatPartialDate(event.at, lang), event);
  }
  const [headquarters] = current(statements, "headquarters");
  if (headquarters)
    add(FACT_LABELS.headquarters[lang], headquarters.value[lang], headquarters, headquarters.since);
  const founderStatements = statements.filter((statement) => statement.property === "founders");
  const founders = [
    ...new Set(
      founderStatements.flatMap((statement) =>
        statement.property === "founders" ? statement.value.map((person) => person.name) : [],
      ),
    ),
  ];
  const [firstFounders] = founderStatements;
  if (firstFounders && founders.length > 0) {
    // A long list of co-founders would push everything else out of the card.
    const shown =
      founders.length > MAX_FOUNDERS
        ? [...founders.slice(0, MAX_FOUNDERS - 1), MORE[lang](founders.length - MAX_FOUNDERS + 1)]
        : founders;
    const founderIds = founderStatements.flatMap((statement) =>
      statement.property === "founders" ? statement.value.flatMap((person) => person.id ?? []) : [],
    );
    add(FACT_LABELS.founders[lang], shown.join(", "), firstFounders, undefined, founderIds);
  }
  for (const position of current(statements, "position")) {
    if (position.value.kind !== "leader") continue;
    const { person, role } = position.value;
    add(role[lang], person.name, position, position.since, person.id ? [person.id] : []);
  }
  for (const owner of current(statements, "owned_by")) {
    add(FACT_LABELS.ownedBy[lang], nameOf(owner.value), owner, owner.since, [owner.value]);
  }
  const formerNames = statements.filter(
    (statement) => statement.property === "name" && statement.until !== undefined,
  );
  for (const former of formerNames) {
    if (former.property === "name")
      add(FACT_LABELS.formerName[lang], former.value, former, former.until);
  }
  const valuation = valuationOn(statements);
  if (valuation)
    add(
      FACT_LABELS.valuation[lang],
      formatMoney(valuation.amount, lang),
      valuation.statement,
      valuation.at,
    );
  const total = latest(statements, "total_funding");
  if (total) add(FACT_LABELS.totalFunding[lang], formatMoney(total.value, lang), total, total.at);
  const employees = latest(statements, "employees");
  if (employees) {
    add(FACT_LABELS.employees[lang], formatCount(employees.value, lang), employees, employees.at);
  }
  for (const spec of statements) {
    if (spec.property === "spec") add(spec.value.label[lang], spec.value.value[lang], spec);
  }
  return list;
}

/**
 * The card's ties to other entities, one line per entity, except those its facts already state
 * (founders, current leaders, owners: a fact and a relation must never say it twice).
 * `asOf`: on an article written a while ago, only the ties that held on its date; those that came
 * later are the card's "Since then".
 */
function cardRelations(
  index: FactsIndex,
  entity: IndexedEntity,
  lang: Lang,
  pageIds: Set<string>,
  asOf?: PartialDate,
): CardRelation[] {
  const links = linksOf(index, entity.id).filter(
    (link) => !statedAsFact(link, entity.id) && (asOf === undefined || heldBy(link, asOf)),
  );
  const lines = groupTieLines(mergeTies(links), entity.id).flatMap(({ otherId, ties }) => {
    const other = index.entities[otherId];
    if (!other) return [];
    const { text, events } = tieLine(ties, entity.id, displayName(other, lang), lang);
    return [{ entityId: otherId, text, onPage: pageIds.has(otherId), events }];
  });
  // The entities the reader is looking at first; otherwise the dataset's order.
  const onPage = lines.filter((line) => line.onPage);
  const others = lines.filter((line) => !line.onPage);
  return [...onPage, ...others].slice(0, Math.max(MAX_RELATIONS, onPage.length));
}

/** Ties the card's facts say: its founders, its current leaders and owners. */
function statedAsFact(link: IndexedLink, id: string): boolean {
  if (link.to === id && link.type === "founded") return true;
  if (link.to === id && link.type === "leads") return link.until === undefined;
  if (link.from === id && link.type === "owned_by") return link.until === undefined;
  return false;
}

/** Whether a tie already existed on `date`: begun by then (or undated), and not yet over. */
function heldBy(link: IndexedLink, date: PartialDate): boolean {
  const start = link.at ?? link.since;
  if (start !== undefined && compareDates(start, date) > 0) return false;
  return link.until === undefined || compareDates(link.until, date) >= 0;
}

function cardRounds(index: FactsIndex, entity: IndexedEntity, lang: Lang): CardRound[] {
  const nameOf = (id: string) => nameIn(index, id, lang);
  const rounds = newestFirst(entity.statements).flatMap((statement) =>
    statement.property === "funding_round" && statement.at
      ? [{ ...statement, at: statement.at }]
      : [],
  );
  return rounds.slice(0, MAX_ROUNDS).map((round) => {
    const { series, amount, valuation, lead = [], participants = [] } = round.value;
    const money = roundMoney({ amount, valuation }, lang);
    const leadNames = lead.map(nameOf);
    const others = participants.map(nameOf);
    const investors = [
      leadNames.length ? `${ROUND_WORDS.ledBy[lang]} ${leadNames.join(", ")}` : "",
      others.length
        ? `${leadNames.length ? ROUND_WORDS.with[lang] : capitalise(ROUND_WORDS.with[lang])} ${others.join(", ")}`
        : "",
    ]
      .filter(Boolean)
      .join("; ");
    return {
      title: `${capitalise(seriesLabel(series, lang))} · ${formatPartialDate(round.at, lang)}`,
      amount: money,
      investors,
      source: cardSource(round.sources, lang),
    };
  });
}

/** Another entity's name as the card's language writes it; its id if the index lacks it. */
export function nameIn(index: FactsIndex, id: string, lang: Lang): string {
  const entity = index.entities[id];
  return entity ? displayName(entity, lang) : id;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
