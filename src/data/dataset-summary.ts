import type { Entity } from "../core/dataset";

/** "Facts checked up to <date> · N entities", for the options page: computed at build time. */
export interface DatasetSummary {
  /** The newest `checked` day of any statement (YYYY-MM-DD), or null for an empty dataset. */
  checkedUpTo: string | null;
  entityCount: number;
}

export function summariseDataset(entities: readonly Entity[]): DatasetSummary {
  let checkedUpTo: string | null = null;
  for (const entity of entities) {
    for (const statement of entity.statements) {
      // ISO days compare as text.
      if (checkedUpTo === null || statement.checked > checkedUpTo) checkedUpTo = statement.checked;
    }
  }
  return { checkedUpTo, entityCount: entities.length };
}
