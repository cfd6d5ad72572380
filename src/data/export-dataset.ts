import type { Entity } from "../core/dataset";

/** The document `export` prints; bump `version` when the entity shape changes incompatibly. */
export interface DatasetExport {
  version: 1;
  entities: Entity[];
}

export function exportDataset(entities: readonly Entity[]): string {
  const document: DatasetExport = { version: 1, entities: [...entities] };
  return `${JSON.stringify(document, null, 2)}\n`;
}
