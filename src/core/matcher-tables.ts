import type { CaseRule, Entity, EntityType } from "./dataset";

/** What the page needs to know about an entity before any card is opened. */
export interface EntityHeader {
  id: string;
  name: string;
  type: EntityType;
}

export interface CompiledAlias {
  text: string;
  case: CaseRule;
  ambiguous: boolean;
  /** Index into `MatcherTables.entities`. */
  entity: number;
}

/**
 * The matcher's input, compiled from the dataset at build time and bundled with the content
 * script, so the page does no preprocessing. Plain JSON.
 */
export interface MatcherTables {
  entities: EntityHeader[];
  aliases: CompiledAlias[];
}

export function compileMatcherTables(entities: readonly Entity[]): MatcherTables {
  const headers: EntityHeader[] = [];
  const aliases: CompiledAlias[] = [];
  for (const entity of entities) {
    const index = headers.push({ id: entity.id, name: entity.name, type: entity.type }) - 1;
    for (const alias of entity.aliases) {
      aliases.push({
        text: alias.text,
        case: alias.case,
        ambiguous: alias.ambiguous === true,
        entity: index,
      });
    }
  }
  return { entities: headers, aliases };
}
