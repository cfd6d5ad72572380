// Lists every source of every statement with where it sits in its file, for the commands that
// reason about sources, their publishers and their age.

import type { Entity } from "../core/dataset";
import type { Property } from "../core/statements";

export interface SourcedValue {
  entity: string;
  /** JSON path of the statement inside the entity, as in validation problems. */
  field: string;
  property: Property;
  /** The link a reader is given, or for a republication the copy that was read (`via`). */
  source: string;
  /** Registry key named by the source when it has no URL of its own. */
  publisher?: string;
  checked: string;
}

export function listSourcedValues(entity: Entity): SourcedValue[] {
  return entity.statements.flatMap((statement, index) =>
    statement.sources.map((source) => {
      const value: SourcedValue = {
        entity: entity.id,
        field: `statements[${index}]`,
        property: statement.property,
        source: source.url ?? source.via ?? "",
        checked: statement.checked,
      };
      if (!source.url && source.publisher) value.publisher = source.publisher;
      return value;
    }),
  );
}
