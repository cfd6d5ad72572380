// While several people write entity files at once, a reference to an entity that another batch
// has planned but not written yet is expected. The CLI says so next to the problem, so the writer
// can tell "not written yet" from "typo". Plan files (`src/data/plan/*.txt`, lines of
// `id<TAB>name<TAB>type`) are a temporary coordination aid; without them this adds nothing.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DatasetProblem } from "./problem";
import { UNKNOWN_ID_MESSAGE } from "./validate";

/** Planned id → the plan file that lists it. */
export function parsePlans(
  plans: ReadonlyArray<{ file: string; text: string }>,
): Map<string, string> {
  const planned = new Map<string, string>();
  for (const { file, text } of plans) {
    for (const line of text.split(/\r?\n/)) {
      const id = line.split("\t")[0]?.trim();
      if (id && !planned.has(id)) planned.set(id, file);
    }
  }
  return planned;
}

export function readPlans(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  const files = readdirSync(dir).filter((name) => name.endsWith(".txt"));
  return parsePlans(
    files.map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), "utf8") })),
  );
}

/** Appends "(planned in <file>, not written yet)" to unknown-id problems whose id is planned. */
export function withPlanHints(
  problems: readonly DatasetProblem[],
  planned: ReadonlyMap<string, string>,
): DatasetProblem[] {
  return problems.map((problem) => {
    const id = problem.message.startsWith(UNKNOWN_ID_MESSAGE)
      ? problem.message.slice(UNKNOWN_ID_MESSAGE.length).replace(/"$/, "")
      : undefined;
    const planFile = id === undefined ? undefined : planned.get(id);
    return planFile === undefined
      ? problem
      : { ...problem, message: `${problem.message} (planned in ${planFile}, not written yet)` };
  });
}
