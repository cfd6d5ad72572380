// Every edge of the dataset in one deduplicated list. Entities record an edge once, on its tail
// (an investor holds `invested_in`), but the same fact also surfaces in funding rounds (the
// company names its investors) and in facts (a company names its founders and leaders). The
// cards need each fact once, from both ends, so the copies are merged here.

import type { Bilingual, Entity, PartialDate, RelationType } from "../core/dataset";

/** Where a link was read: the tail's relations, or derived from the head's rounds or facts. */
export type LinkOrigin = "relation" | "round" | "founders" | "leaders";

export interface Link {
  type: RelationType;
  from: string;
  to: string;
  date?: PartialDate;
  role?: Bilingual;
  source: string;
  asOf: string;
  note?: string;
  origin: LinkOrigin;
  /** Set when a funding round of `to` names `from` as an investor. */
  round?: { series: string; lead: boolean };
}

/** Types that say the same thing read in either direction. */
const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set(["partner_of", "competitor_of"]);

/** Links that may be copies of each other share this key. */
function endsKey(link: Link): string {
  const ends = SYMMETRIC_TYPES.has(link.type) ? [link.from, link.to].sort() : [link.from, link.to];
  return `${link.type} ${ends.join(" ")}`;
}

/** "2024" and "2024-05-26" can name the same event; "2024-05" and "2024-06" cannot. */
function datesAgree(a?: PartialDate, b?: PartialDate): boolean {
  if (a === undefined || b === undefined) return true;
  return a.startsWith(b) || b.startsWith(a);
}

function rolesAgree(a?: Bilingual, b?: Bilingual): boolean {
  return a === undefined || b === undefined || a.en === b.en;
}

/** Whether two links with the same ends state the same fact. */
function canMerge(kept: Link, candidate: Link): boolean {
  // Two rounds are two investments, even by the same investor.
  if (kept.round !== undefined && candidate.round !== undefined) return false;
  return datesAgree(kept.date, candidate.date) && rolesAgree(kept.role, candidate.role);
}

/** Folds `candidate` into `kept`: the more precise date wins, and brings its source along. */
function merge(kept: Link, candidate: Link): void {
  const candidateIsMorePrecise = (candidate.date?.length ?? 0) > (kept.date?.length ?? 0);
  if (candidateIsMorePrecise) {
    kept.date = candidate.date;
    kept.source = candidate.source;
    kept.asOf = candidate.asOf;
  }
  kept.role ??= candidate.role;
  kept.note ??= candidate.note;
  kept.round ??= candidate.round;
}

function withOptional(link: Link, optional: Pick<Link, "date" | "role" | "note" | "round">): Link {
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(link, { [key]: value });
  }
  return link;
}

function linksFromRelations(entity: Entity): Link[] {
  return entity.relations.map((relation) =>
    withOptional(
      {
        type: relation.type,
        from: entity.id,
        to: relation.target,
        source: relation.source,
        asOf: relation.asOf,
        origin: "relation",
      },
      { date: relation.date, role: relation.role, note: relation.note },
    ),
  );
}

function linksFromRounds(entity: Entity): Link[] {
  return (entity.rounds ?? []).flatMap((round) => {
    const investors = [
      ...(round.lead ?? []).map((id) => ({ id, lead: true })),
      ...(round.participants ?? []).map((id) => ({ id, lead: false })),
    ];
    return investors.map(({ id, lead }) =>
      withOptional(
        {
          type: "invested_in",
          from: id,
          to: entity.id,
          source: round.source,
          asOf: round.asOf,
          origin: "round",
        },
        { date: round.date, round: { series: round.series, lead } },
      ),
    );
  });
}

function linksFromFacts(entity: Entity): Link[] {
  const { founders, leaders } = entity.facts;
  const fromFounders = (founders?.people ?? []).flatMap((person): Link[] =>
    person.id === undefined || founders === undefined
      ? []
      : [
          {
            type: "founded",
            from: person.id,
            to: entity.id,
            source: founders.source,
            asOf: founders.asOf,
            origin: "founders",
          },
        ],
  );
  const fromLeaders = (leaders ?? []).flatMap((leader): Link[] =>
    leader.person.id === undefined
      ? []
      : [
          {
            type: "leads",
            from: leader.person.id,
            to: entity.id,
            role: leader.role,
            source: leader.source,
            asOf: leader.asOf,
            origin: "leaders",
          },
        ],
  );
  return [...fromFounders, ...fromLeaders];
}

/** All edges of the dataset, each fact once; written relations come first and win ties. */
export function collectLinks(entities: readonly Entity[]): Link[] {
  const candidates = [
    ...entities.flatMap(linksFromRelations),
    ...entities.flatMap(linksFromRounds),
    ...entities.flatMap(linksFromFacts),
  ];
  const kept: Link[] = [];
  const keptByEnds = new Map<string, Link[]>();
  for (const candidate of candidates) {
    const key = endsKey(candidate);
    const sameEnds = keptByEnds.get(key) ?? [];
    const match = sameEnds.find((link) => canMerge(link, candidate));
    if (match !== undefined) {
      merge(match, candidate);
      continue;
    }
    kept.push(candidate);
    keptByEnds.set(key, [...sameEnds, candidate]);
  }
  return kept;
}
