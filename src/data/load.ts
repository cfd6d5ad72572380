// Reads the entity files from disk and validates them: the one entry point of the dataset into
// the build and the maintainer CLI.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Entity } from "../core/dataset";
import { compareText } from "./compare-text";
import { fileStem } from "./inspect-entity";
import { type DatasetProblem, formatProblem } from "./problem";
import { type PublisherRegistry, parseRegistry } from "./publisher-registry";
import { validateDataset } from "./validate";

/** The reviewed publishers, beside the entities: the same registry whatever entities are built. */
export const REGISTRY_FILE = fileURLToPath(new URL("./publishers.json", import.meta.url));

export function loadRegistry(file = REGISTRY_FILE): {
  registry: PublisherRegistry;
  problems: DatasetProblem[];
} {
  try {
    return parseRegistry(JSON.parse(readFileSync(file, "utf8")), file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      registry: { publishers: {}, refused: {} },
      problems: [
        { file, entity: "(registry)", field: "(file)", message: `cannot read: ${reason}` },
      ],
    };
  }
}

/** Thrown by loadDatasetOrThrow; carries every problem so callers can print or inspect them. */
export class DatasetError extends Error {
  readonly problems: DatasetProblem[];

  constructor(problems: DatasetProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`The dataset has ${count}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DatasetError";
    this.problems = problems;
  }
}

export function loadDatasetFromDir(
  dir: string,
  registryFile = REGISTRY_FILE,
): {
  entities: Entity[];
  problems: DatasetProblem[];
  registry: PublisherRegistry;
} {
  const { registry, problems: registryProblems } = loadRegistry(registryFile);
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort(compareText);
  const files: Array<{ file: string; raw: unknown }> = [];
  const syntaxProblems: DatasetProblem[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      files.push({ file, raw: JSON.parse(readFileSync(file, "utf8")) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      syntaxProblems.push({
        file,
        entity: "?",
        field: "(file)",
        message: `not valid JSON: ${reason}`,
      });
    }
  }
  const unreadableIds = syntaxProblems.map((problem) => fileStem(problem.file));
  const { entities, problems } = validateDataset(files, registry, unreadableIds);
  return {
    entities,
    registry,
    problems: [...registryProblems, ...syntaxProblems, ...problems].sort((a, b) =>
      compareText(a.file, b.file),
    ),
  };
}

/** For the build: the validated entities sorted by id, or a DatasetError listing every problem. */
export function loadDatasetOrThrow(dir: string): {
  entities: Entity[];
  registry: PublisherRegistry;
} {
  const { entities, problems, registry } = loadDatasetFromDir(dir);
  if (problems.length > 0) throw new DatasetError(problems);
  return { entities, registry };
}
