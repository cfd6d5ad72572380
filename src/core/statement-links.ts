// The ties between entities, read from the statements that state them. Each tie is stated once,
// on one entity (a round on the company, a position on the organisation, `developed_by` on the
// product), and both cards read it from here: "backed by Sequoia Capital" on xAI's card and
// "invested in xAI" on Sequoia's are the same link.

import type { Bilingual, Entity, PartialDate, RelationType } from "./dataset";
import type { PositionKind, Statement } from "./statements";

export interface Link<S = Statement["sources"][number]> {
  type: RelationType;
  from: string;
  to: string;
  at?: PartialDate;
  since?: PartialDate;
  until?: PartialDate;
  role?: Bilingual;
  sources: S[];
  /** Set when the link is an investor of a funding round of `to`. */
  round?: { series: string; lead: boolean };
}

const POSITION_LINKS: Record<PositionKind, RelationType> = {
  leader: "leads",
  board: "board_member",
  staff: "works_at",
};

function withTime<T extends object>(link: T, statement: Statement): T {
  for (const key of ["at", "since", "until"] as const) {
    if (statement[key] !== undefined) Object.assign(link, { [key]: statement[key] });
  }
  return link;
}

/** The links one statement of `subject` states (none for a plain fact such as a headquarters). */
export function linksOfStatement(subject: string, statement: Statement): Link[] {
  const { sources } = statement;
  switch (statement.property) {
    case "founders":
      return statement.value.flatMap((person) =>
        person.id === undefined
          ? []
          : [{ type: "founded" as const, from: person.id, to: subject, sources }],
      );
    case "position": {
      const { person, role, kind } = statement.value;
      if (person.id === undefined) return [];
      return [
        withTime(
          { type: POSITION_LINKS[kind], from: person.id, to: subject, role, sources },
          statement,
        ),
      ];
    }
    case "funding_round": {
      const { lead = [], participants = [], series } = statement.value;
      return [
        ...lead.map((id) => ({ id, isLead: true })),
        ...participants.map((id) => ({ id, isLead: false })),
      ].map(({ id, isLead }) =>
        withTime(
          {
            type: "invested_in" as const,
            from: id,
            to: subject,
            sources,
            round: { series, lead: isLead },
          },
          statement,
        ),
      );
    }
    case "invested_in":
    case "developed_by":
    case "owned_by":
    case "partner_of":
    case "competitor_of":
    case "runs_on":
      return [
        withTime(
          { type: statement.property, from: subject, to: statement.value, sources },
          statement,
        ),
      ];
    default:
      return [];
  }
}

/** Every link of the dataset, in the order of the entities and their statements. */
export function collectLinks(entities: readonly Entity[]): Link[] {
  return entities.flatMap((entity) =>
    entity.statements.flatMap((statement) => linksOfStatement(entity.id, statement)),
  );
}
