// The dataset's gate: every rule an entity file must follow, checked file by file and then across
// files. The build refuses a dataset with any problem, so code that takes an `Entity` can trust it.

import type { Entity } from "../core/dataset";
import { compareText } from "./compare-text";
import { findContradictions } from "./find-contradictions";
import { findRepeatedTies } from "./find-repeated-ties";
import { type EntityInspection, inspectEntity } from "./inspect-entity";
import type { DatasetProblem } from "./problem";
import type { PublisherRegistry } from "./publisher-registry";
import { aliasKey } from "./value-rules";

export { type DatasetProblem, formatProblem } from "./problem";

export function validateEntity(
  raw: unknown,
  file: string,
  registry: PublisherRegistry,
): { entity?: Entity; problems: DatasetProblem[] } {
  const { entity, problems } = inspectEntity(raw, file, registry);
  return entity === undefined ? { problems } : { entity, problems };
}

interface Inspected extends EntityInspection {
  file: string;
}

function problemIn(inspected: Inspected, field: string, message: string): DatasetProblem {
  return { file: inspected.file, entity: inspected.id, field, message };
}

function findDuplicateIds(all: Inspected[]): DatasetProblem[] {
  const fileById = new Map<string, string>();
  const problems: DatasetProblem[] = [];
  for (const inspected of all) {
    if (inspected.id === "?") continue;
    const earlier = fileById.get(inspected.id);
    if (earlier === undefined) fileById.set(inspected.id, inspected.file);
    else
      problems.push(
        problemIn(inspected, "id", `duplicate id "${inspected.id}", also used by ${earlier}`),
      );
  }
  return problems;
}

/** Start of the message for a reference to an id no entity has (followed by the id and a quote). */
export const UNKNOWN_ID_MESSAGE = 'unknown entity id "';

function findUnknownReferences(
  all: Inspected[],
  otherKnownIds: readonly string[],
): DatasetProblem[] {
  // Ids of files with problems of their own still count: one broken file should not make every
  // reference to it fail as well.
  const knownIds = new Set([...all.map((inspected) => inspected.id), ...otherKnownIds]);
  return all.flatMap((inspected) =>
    inspected.references
      .filter((reference) => !knownIds.has(reference.id))
      .map((reference) =>
        problemIn(inspected, reference.field, `${UNKNOWN_ID_MESSAGE}${reference.id}"`),
      ),
  );
}

/** The same alias text on two entities makes a mention unresolvable unless both expect it. */
function findSharedAliases(all: Inspected[]): DatasetProblem[] {
  const firstClaim = new Map<string, { inspected: Inspected; ambiguous: boolean; text: string }>();
  const problems: DatasetProblem[] = [];
  for (const inspected of all) {
    const keysOfThisEntity = new Set<string>();
    for (const claim of inspected.aliases) {
      const key = aliasKey(claim.text);
      // Repeats within one entity are reported by the entity's own checks.
      if (keysOfThisEntity.has(key)) continue;
      keysOfThisEntity.add(key);
      const earlier = firstClaim.get(key);
      if (earlier === undefined) {
        firstClaim.set(key, { inspected, ambiguous: claim.ambiguous, text: claim.text });
        continue;
      }
      if (earlier.ambiguous && claim.ambiguous) continue;
      problems.push(
        problemIn(
          inspected,
          claim.field,
          `alias "${claim.text}" is also claimed by ${earlier.inspected.file} (entity "${earlier.inspected.id}" as "${earlier.text}"); ` +
            "two entities may share an alias only if both mark it ambiguous",
        ),
      );
    }
  }
  return problems;
}

/**
 * `unreadableIds`: ids of entity files that exist but could not be parsed (their own problem is
 * reported by the loader); references to them are not reported a second time.
 */
export function validateDataset(
  files: Array<{ file: string; raw: unknown }>,
  registry: PublisherRegistry,
  unreadableIds: readonly string[] = [],
): {
  entities: Entity[];
  problems: DatasetProblem[];
} {
  const all: Inspected[] = files.map(({ file, raw }) => ({
    file,
    ...inspectEntity(raw, file, registry),
  }));
  const valid = all.flatMap(({ entity, file }) => (entity === undefined ? [] : [{ entity, file }]));
  // Grouped by file (the sort is stable) so each helper reads their own files' problems together.
  const problems = [
    ...all.flatMap((inspected) => inspected.problems),
    ...findDuplicateIds(all),
    ...findUnknownReferences(all, unreadableIds),
    ...findSharedAliases(all),
    ...valid.flatMap(({ entity, file }) => findContradictions(entity, file)),
    ...findRepeatedTies(valid),
  ].sort((a, b) => compareText(a.file, b.file));
  const entities = all
    .flatMap((inspected) => (inspected.entity === undefined ? [] : [inspected.entity]))
    .sort((a, b) => compareText(a.id, b.id));
  return { entities, problems };
}
