// The runtime artefact the background loads to answer cards: each entity's display data plus the
// links other entities hold about it, so xAI's card can list its investors and Sequoia's card
// its investments whichever file recorded the fact. Plain JSON, built once at build time.

import type { Entity } from "../core/dataset";
import { collectLinks, type Link } from "./links";

export type { Link, LinkOrigin } from "./links";

export interface IndexedEntity
  extends Pick<
    Entity,
    "id" | "name" | "type" | "wikipedia" | "summary" | "facts" | "relations" | "rounds"
  > {
  /**
   * Links ending at this entity that its own file does not state: investors (from their
   * `invested_in` relations and from this company's rounds), founders, leaders, products...
   */
  inverseRelations: Link[];
  /** Links starting at this entity that only other files state, e.g. an investment read from a company's round. */
  derivedRelations: Link[];
}

export interface FactsIndex {
  version: 1;
  entities: Record<string, IndexedEntity>;
  /** Every link of the dataset once, for questions about several entities at a time. */
  links: Link[];
}

/** A symmetric link whose reverse the entity already states is not news to its card. */
function statedByEntity(entity: Entity, link: Link): boolean {
  return entity.relations.some(
    (relation) => relation.type === link.type && relation.target === link.from,
  );
}

function indexEntity(entity: Entity, links: readonly Link[]): IndexedEntity {
  const indexed: IndexedEntity = {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    wikipedia: entity.wikipedia,
    summary: entity.summary,
    facts: entity.facts,
    relations: entity.relations,
    inverseRelations: links.filter(
      (link) => link.to === entity.id && !statedByEntity(entity, link),
    ),
    derivedRelations: links.filter((link) => link.from === entity.id && link.origin !== "relation"),
  };
  if (entity.rounds !== undefined) indexed.rounds = entity.rounds;
  return indexed;
}

export function buildFactsIndex(entities: readonly Entity[]): FactsIndex {
  const links = collectLinks(entities);
  const linksByEnd = new Map<string, Link[]>();
  for (const link of links) {
    for (const end of new Set([link.from, link.to])) {
      const atEnd = linksByEnd.get(end);
      if (atEnd === undefined) linksByEnd.set(end, [link]);
      else atEnd.push(link);
    }
  }
  const indexed = entities.map((entity) => indexEntity(entity, linksByEnd.get(entity.id) ?? []));
  return {
    version: 1,
    entities: Object.fromEntries(indexed.map((entity) => [entity.id, entity])),
    links,
  };
}

/** Links whose two ends are both among `ids` (the entities of one page), each fact once. */
export function relationsAmong(index: FactsIndex, ids: Iterable<string>): Link[] {
  const wanted = new Set(ids);
  return index.links.filter((link) => wanted.has(link.from) && wanted.has(link.to));
}
