// Maintainer CLI for the dataset:
// `npx tsx src/data/cli.ts <command> [--dir <entities dir>] [--registry <publishers file>]`.
// A thin shell: every command's output is computed by a pure, tested function.

import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Entity } from "../core/dataset";
import { todayIso } from "../core/page-date";
import { auditDataset, formatAudit } from "./audit";
import { exportDataset } from "./export-dataset";
import { buildLinkReport, formatLinkReport } from "./link-report";
import { loadDatasetFromDir } from "./load";
import { readPlans, withPlanHints } from "./plan-hints";
import { type DatasetProblem, formatProblem } from "./problem";
import type { PublisherRegistry } from "./publisher-registry";
import { computeStats, formatStats } from "./stats";
import { englishWikipediaTitles } from "./wikipedia-titles";

const USAGE = `Usage: npx tsx src/data/cli.ts <command> [--dir <entities dir>] [--registry <publishers file>]

Commands:
  validate      check every entity file; list each problem, or print "N entities OK"
  stats         counts of entities, statements by property, sources; the values checked longest ago
  titles        every English Wikipedia title, one per line, sorted
  check-links   source URLs grouped by domain; flags non-https or malformed URLs (no network)
  export        the whole validated dataset as one JSON document on stdout
  audit         statements by publisher kind, publishers cited, what to refresh first, entities
                without facts, and every problem the build refuses (runs on a dataset with problems)`;

interface CommandOutput {
  stdout: string;
  exitCode: number;
}

const ok = (stdout: string): CommandOutput => ({ stdout, exitCode: 0 });

interface Loaded {
  entities: Entity[];
  registry: PublisherRegistry;
  problems: DatasetProblem[];
}

/** Each command runs on a dataset that has already passed validation, except `audit`. */
const COMMANDS: Record<string, (loaded: Loaded) => CommandOutput> = {
  validate: ({ entities }) => ok(`${entities.length} entities OK\n`),
  stats: ({ entities }) => ok(formatStats(computeStats(entities))),
  titles: ({ entities }) =>
    ok(
      englishWikipediaTitles(entities)
        .map((title) => `${title}\n`)
        .join(""),
    ),
  "check-links": ({ entities }) => {
    const groups = buildLinkReport(entities);
    const flagged = groups.some((group) => group.urls.some((source) => source.flag !== undefined));
    return { stdout: formatLinkReport(groups), exitCode: flagged ? 1 : 0 };
  },
  export: ({ entities, registry }) => ok(exportDataset(entities, registry)),
  audit: ({ entities, registry, problems }) => {
    const today = todayIso();
    const report = auditDataset(entities, registry, problems, today);
    return { stdout: formatAudit(report), exitCode: problems.length > 0 ? 1 : 0 };
  },
};

function option(args: string[], name: string): string | undefined {
  const flag = args.indexOf(name);
  return flag >= 0 ? args[flag + 1] : undefined;
}

function entitiesDir(args: string[]): string {
  const given = option(args, "--dir");
  if (given !== undefined) return given;
  // Relative to the current directory so problems name files the way the maintainer types them.
  return relative(process.cwd(), fileURLToPath(new URL("./entities", import.meta.url))) || ".";
}

function main(args: string[]): number {
  const command = args[0];
  if (command === undefined || command === "--help" || command === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 1 : 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) {
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
    return 1;
  }
  const dir = entitiesDir(args);
  // The reviewed registry (src/data/publishers.json) unless another is given.
  const loaded = loadDatasetFromDir(dir, option(args, "--registry"));
  const { entities } = loaded;
  const problems = withPlanHints(loaded.problems, readPlans(join(dirname(dir), "plan")));
  if (problems.length > 0 && command !== "audit") {
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    process.stderr.write(
      `${count} in the dataset${command === "validate" ? "" : `; "${command}" refused`}\n`,
    );
    return 1;
  }
  const { stdout, exitCode } = run({ entities, registry: loaded.registry, problems });
  process.stdout.write(stdout);
  return exitCode;
}

process.exitCode = main(process.argv.slice(2));
