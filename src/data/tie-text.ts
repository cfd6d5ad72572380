// How a card or the popup says the ties between two entities, in one line: the verbs from one
// side ("founded and leads SpaceX"), the terms after the name ("(CEO since February 2014,
// chairman since June 2021)"), and the dates the ties happened, each with its source.

import type { Lang, PartialDate, RelationType } from "../core/dataset";
import { formatPartialDate } from "../core/format";
import { withDe } from "../core/french";
import type { CardSource } from "../core/messages";
import { compareDates } from "../core/terms";
import { PAST_RELATION_PHRASES, RELATION_PHRASES, TIE_WORDS } from "./card-labels";
import { cardSource } from "./card-source";
import type { Tie, TieTerm } from "./merge-ties";

// The order a line names its kinds: how the person came (founded), what they do there, money.
const KIND_ORDER: readonly RelationType[] = [
  "founded",
  "leads",
  "board_member",
  "works_at",
  "owned_by",
  "invested_in",
  "developed_by",
  "runs_on",
  "partner_of",
  "competitor_of",
];

export interface TieLine {
  /** "founded and leads SpaceX (chairman, CEO and CTO)" */
  text: string;
  /** Its parts: "founded and leads" and "chairman, CEO and CTO" (or ""). */
  verb: string;
  terms: string;
  /** When the ties happened (month precision), oldest first, each with its source. */
  events: Array<{ date: string | null; source: CardSource }>;
}

/**
 * The ties of `viewpoint`, gathered into lines: one per other entity ("founded and leads
 * SpaceX"), except that two kinds with terms of their own get a line each, or the reader could
 * not tell whose dates are whose ("led X (CEO, 2022–2023)", "owned X (2022–2025)").
 */
export function groupTieLines(
  ties: readonly Tie[],
  viewpoint: string,
): Array<{ otherId: string; ties: Tie[] }> {
  const lines: Array<{ otherId: string; ties: Tie[] }> = [];
  for (const tie of ties) {
    const otherId = tie.from === viewpoint ? tie.to : tie.from;
    const hasTerms = (candidate: Tie) => candidate.terms.length > 0;
    const line = lines.find(
      (known) => known.otherId === otherId && !(hasTerms(tie) && known.ties.some(hasTerms)),
    );
    if (line) line.ties.push(tie);
    else lines.push({ otherId, ties: [tie] });
  }
  return lines;
}

/** The ties between `viewpoint` and one other entity, said from `viewpoint`'s side. */
export function tieLine(
  ties: readonly Tie[],
  viewpoint: string,
  otherName: string,
  lang: Lang,
): TieLine {
  const ordered = [...ties].sort((a, b) => KIND_ORDER.indexOf(a.type) - KIND_ORDER.indexOf(b.type));
  const verbs = [...new Set(ordered.map((tie) => phrase(tie, viewpoint, lang)))];
  const terms = ordered.flatMap((tie) => tie.terms.map((term) => termText(term, lang)));
  const verb = verbs.join(` ${TIE_WORDS.and[lang]} `);
  const said = terms.filter((term) => term !== "").join(", ");
  const text = `${beforeName(verb, otherName, lang)}${otherName}${said ? ` (${said})` : ""}`;
  return { text, verb, terms: said, events: lineEvents(ordered, lang) };
}

/**
 * The verb as written before `name`, with its space: "partenaire d’" before "OpenAI" (French
 * elides "de" before a vowel sound), "partenaire de " before "Nvidia".
 */
export function beforeName(verb: string, name: string, lang: Lang): string {
  if (lang === "fr" && verb.endsWith(" de")) {
    const elided = withDe(name);
    return `${verb.slice(0, -" de".length)} ${elided.slice(0, elided.length - name.length)}`;
  }
  return `${verb} `;
}

function phrase(tie: Tie, viewpoint: string, lang: Lang): string {
  const direction = tie.from === viewpoint ? "outgoing" : "incoming";
  const phrases = (tie.ended && PAST_RELATION_PHRASES[tie.type]) || RELATION_PHRASES[tie.type];
  return phrases[direction][lang];
}

/** "CEO since February 2014", "CEO, October 2022–June 2023", "until March 2025", "chair". */
export function termText(term: TieTerm, lang: Lang): string {
  const role = term.role?.[lang] ?? "";
  const { since, until } = term;
  const span =
    since !== undefined && until !== undefined
      ? `${monthOf(since, lang)}–${monthOf(until, lang)}`
      : until !== undefined
        ? `${TIE_WORDS.until[lang]} ${monthOf(until, lang)}`
        : since !== undefined
          ? `${TIE_WORDS.since[lang]} ${monthOf(since, lang)}`
          : "";
  if (role === "") return span;
  if (span === "") return role;
  // A current role reads "CEO since …"; a closed term is set apart: "CEO, 2019–2023".
  return since !== undefined && until === undefined ? `${role} ${span}` : `${role}, ${span}`;
}

/** Dates at month precision: a card line has no room for days ("May 2024, December 2024"). */
function monthOf(date: PartialDate, lang: Lang): string {
  return formatPartialDate(date.slice(0, 7), lang);
}

function lineEvents(ties: readonly Tie[], lang: Lang): TieLine["events"] {
  const events: TieLine["events"] = [];
  const seen = new Set<string>();
  const oldestFirst = ties
    .flatMap((tie) => tie.events)
    .sort((a, b) =>
      a.date === undefined ? 1 : b.date === undefined ? -1 : compareDates(a.date, b.date),
    );
  for (const event of oldestFirst) {
    const date = event.date === undefined ? null : monthOf(event.date, lang);
    const key = date ?? "";
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({ date, source: cardSource(event.sources, lang) });
  }
  // Undated events say only "someone states it": one is enough, after the dated ones.
  const dated = events.filter((event) => event.date !== null);
  return dated.length > 0 ? dated : events.slice(0, 1);
}
