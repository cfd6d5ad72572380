// What `export` prints: every entity with every statement, its time and its sources, each source
// with the name and kind of its publisher as the registry gives them.

import type { Entity } from "../core/dataset";
import { citeSource } from "./facts-index";
import type { PublisherRegistry } from "./publisher-registry";

/** The document `export` prints; bump `version` when the entity shape changes incompatibly. */
export interface DatasetExport {
  version: 2;
  entities: Entity[];
}

export function exportDataset(entities: readonly Entity[], registry: PublisherRegistry): string {
  const withPublishers = entities.map((entity) => ({
    ...entity,
    statements: entity.statements.map((statement) => ({
      ...statement,
      sources: statement.sources.map((source) => {
        const { publisher, kind } = citeSource(registry, source);
        return { ...source, publisher, kind };
      }),
    })),
  }));
  const document = { version: 2, entities: withPublishers };
  return `${JSON.stringify(document, null, 2)}\n`;
}
