// A card for an article written a while ago: the entity as it was on the article's date (its
// valuation, last round, leaders, owner, name, headcount), then what changed since, newest first.
// Only what the statements say held on that date is shown as holding then; where the history
// does not reach back that far, the card says so instead of passing today's value off as then's.

import { displayName, type Lang, type PartialDate } from "../core/dataset";
import { changesSince, heldOn, latestOn, valuationOn } from "../core/derive-facts";
import { formatCount, formatMoney, formatPartialDate } from "../core/format";
import { withDe } from "../core/french";
import type { CardChange, CardFact, CardThen } from "../core/messages";
import { compareDates, holdsOn, newestDateFirst } from "../core/terms";
import { FACT_LABELS, roundMoney } from "./card-labels";
import { cardSource } from "./card-source";
import type { FactsIndex, IndexedEntity, IndexedStatement } from "./facts-index";
import { linksOf } from "./facts-index";
import { seriesLabel } from "./round-series";

const MAX_CHANGES = 6;

const WORDS = {
  lastRound: { en: "Last round", fr: "Dernière levée" },
  nameThen: { en: "Name then", fr: "Nom à l’époque" },
  leadersNotRecorded: {
    en: "Leaders: not recorded for that date",
    fr: "Dirigeants : non renseignés à cette date",
  },
  valuationNotRecorded: {
    en: "Valuation: not recorded for that date",
    fr: "Valorisation : non renseignée à cette date",
  },
  valued: { en: "Valued at", fr: "Valorisé à" },
  became: {
    en: (person: string, role: string) => `${person} becomes ${role}`,
    fr: (person: string, role: string) => `${person} devient ${role}`,
  },
  left: {
    en: (person: string, role: string) => `${person} leaves as ${role}`,
    fr: (person: string, role: string) => `${person} quitte son poste (${role})`,
  },
  becomes: { en: (role: string) => `Becomes ${role}`, fr: (role: string) => `Devient ${role}` },
  leaves: {
    en: (role: string) => `Leaves the post of ${role}`,
    fr: (role: string) => `Quitte le poste ${withDe(role)}`,
  },
  ownedBy: {
    en: (owner: string) => `Now owned by ${owner}`,
    fr: (owner: string) => `Passe sous le contrôle ${withDe(owner)}`,
  },
  noLongerOwnedBy: { en: "No longer owned by", fr: "N’appartient plus à" },
  renamedFrom: { en: "Renamed, formerly", fr: "Renommé, anciennement" },
  employees: { en: "employees", fr: "salariés" },
  investedIn: { en: "Invests in", fr: "Investit dans" },
  released: {
    en: (product: string) => `Released ${product}`,
    fr: (product: string) => `Sortie ${withDe(product)}`,
  },
} as const;

function roundText(statement: IndexedStatement, lang: Lang): string {
  if (statement.property !== "funding_round") return "";
  const money = roundMoney(statement.value, lang);
  const series = seriesLabel(statement.value.series, lang);
  // French puts a space before a colon.
  return money ? `${series}${lang === "fr" ? " :" : ":"} ${money}` : series;
}

/** The card's "When this was written" part: what held on `date`, and what the record cannot tell. */
export function cardThen(
  index: FactsIndex,
  entity: IndexedEntity,
  lang: Lang,
  date: PartialDate,
): CardThen {
  const { statements } = entity;
  const facts: CardFact[] = [];
  const unknown: string[] = [];
  const add = (label: string, value: string, statement: IndexedStatement, when?: PartialDate) =>
    facts.push({
      label,
      value,
      asOf: when ? formatPartialDate(when, lang) : "",
      source: cardSource(statement.sources, lang),
    });
  const nameOf = (id: string) => {
    const other = index.entities[id];
    return other ? displayName(other, lang) : id;
  };

  const valuation = valuationOn(statements, date);
  const round = latestOn(statements, "funding_round", date);
  // A valuation that is the last round's post-money is said once, with the round.
  if (valuation && valuation.statement !== round)
    add(
      FACT_LABELS.valuation[lang],
      formatMoney(valuation.amount, lang),
      valuation.statement,
      valuation.at,
    );
  else if (!valuation && valuationOn(statements)) unknown.push(WORDS.valuationNotRecorded[lang]);
  if (round?.at) add(WORDS.lastRound[lang], roundText(round, lang), round, round.at);

  const positions = heldOn(statements, "position", date).filter(
    ({ statement }) => statement.value.kind === "leader",
  );
  for (const { statement } of positions.filter((position) => position.certain))
    add(statement.value.role[lang], statement.value.person.name, statement);
  if (positions.some((position) => !position.certain) && !positions.some((p) => p.certain))
    unknown.push(WORDS.leadersNotRecorded[lang]);

  for (const { statement } of heldOn(statements, "owned_by", date).filter((held) => held.certain))
    add(FACT_LABELS.ownedBy[lang], nameOf(statement.value), statement);
  // A former name recorded without its start was the name from the beginning until its end.
  const names = heldOn(statements, "name", date).filter(
    (held) => held.certain || held.statement.since === undefined,
  );
  for (const { statement } of names) add(WORDS.nameThen[lang], statement.value, statement);
  // A person's roles then, stated on the organisations they led.
  for (const link of linksOf(index, entity.id)) {
    if (link.type !== "leads" || link.from !== entity.id || !link.role) continue;
    if (holdsOn(link, date) === "yes") {
      facts.push({
        label: link.role[lang],
        value: nameOf(link.to),
        asOf: "",
        source: cardSource(link.sources, lang),
      });
    }
  }
  const employees = latestOn(statements, "employees", date);
  if (employees?.at) {
    add(FACT_LABELS.employees[lang], formatCount(employees.value, lang), employees, employees.at);
  }
  return { date: formatPartialDate(date, lang), facts, unknown };
}

/** The card's "Since then": what changed after `date`, newest first, each with its date and source. */
export function cardSince(
  index: FactsIndex,
  entity: IndexedEntity,
  lang: Lang,
  date: PartialDate,
): CardChange[] {
  const nameOf = (id: string) => {
    const other = index.entities[id];
    return other ? displayName(other, lang) : id;
  };
  const after = (time?: PartialDate) => time !== undefined && compareDates(time, date) > 0;
  const changes: Array<CardChange & { time: PartialDate }> = [];
  const push = (
    time: PartialDate,
    text: string,
    statement: { sources: IndexedStatement["sources"] },
  ) =>
    changes.push({
      time,
      date: formatPartialDate(time, lang),
      text,
      source: cardSource(statement.sources, lang),
    });

  for (const statement of changesSince(entity.statements, date)) {
    switch (statement.property) {
      case "funding_round":
        // A line of its own starts with a capital: "Série C : …", not "série C : …".
        if (statement.at) push(statement.at, capitalise(roundText(statement, lang)), statement);
        break;
      case "valuation":
        if (statement.at)
          push(
            statement.at,
            `${WORDS.valued[lang]} ${formatMoney(statement.value, lang)}`,
            statement,
          );
        break;
      case "employees":
        if (statement.at)
          push(
            statement.at,
            `${formatCount(statement.value, lang)} ${WORDS.employees[lang]}`,
            statement,
          );
        break;
      case "position": {
        if (statement.value.kind !== "leader") break;
        const { person, role } = statement.value;
        if (after(statement.since) && statement.since)
          push(statement.since, WORDS.became[lang](person.name, role[lang]), statement);
        if (after(statement.until) && statement.until)
          push(statement.until, WORDS.left[lang](person.name, role[lang]), statement);
        break;
      }
      case "owned_by":
        if (after(statement.since) && statement.since)
          push(statement.since, WORDS.ownedBy[lang](nameOf(statement.value)), statement);
        if (after(statement.until) && statement.until)
          push(
            statement.until,
            `${WORDS.noLongerOwnedBy[lang]} ${nameOf(statement.value)}`,
            statement,
          );
        break;
      case "name":
        if (after(statement.until) && statement.until)
          push(statement.until, `${WORDS.renamedFrom[lang]} ${statement.value}`, statement);
        break;
      default:
        break;
    }
  }
  // Ties stated on other entities: an investor's new investments, a developer's new products,
  // a person's new roles.
  for (const link of linksOf(index, entity.id)) {
    if (
      (link.type === "leads" || link.type === "board_member") &&
      link.from === entity.id &&
      link.role
    ) {
      const role = `${link.role[lang]}, ${nameOf(link.to)}`;
      if (after(link.since) && link.since) push(link.since, WORDS.becomes[lang](role), link);
      if (after(link.until) && link.until) push(link.until, WORDS.leaves[lang](role), link);
    }
    if (link.type === "invested_in" && link.from === entity.id && after(link.at) && link.at)
      push(
        link.at,
        `${WORDS.investedIn[lang]} ${nameOf(link.to)}${link.round ? ` (${seriesLabel(link.round.series, lang)})` : ""}`,
        link,
      );
    if (link.type === "developed_by" && link.to === entity.id) {
      const product = index.entities[link.from];
      const released = product?.statements.find((statement) => statement.property === "released");
      if (product && released?.at && after(released.at))
        push(released.at, WORDS.released[lang](displayName(product, lang)), released);
    }
  }
  return changes
    .sort((a, b) => newestDateFirst(a.time, b.time))
    .slice(0, MAX_CHANGES)
    .map(({ date: shown, text, source }) => ({ date: shown, text, source }));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
