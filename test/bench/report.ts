// The results file and its two readable forms: a table for the terminal, Markdown for README.
import { type BudgetCheck, type PageFigures, verdict } from "./budgets";
import type { BundleSizes } from "./build-snapshot";
import { METHODS } from "./measure";
import { PAGE_NAMES, type PageName } from "./pages";
import type { MethodFigures } from "./summarise";
import type { WakeFigures } from "./wake";

export interface PageInfo {
  description: string;
  htmlKB: number;
  planted: number;
  textNodes?: number;
  textChars?: number;
}

export interface BenchResults {
  meta: {
    date: string;
    mode: "full" | "quick";
    durationS: number;
    chromium: string;
    commit: string;
    machine: string;
    rounds: Partial<Record<PageName, number>>;
    aliases: { from: string; count: number; entities: number };
    seed: number;
  };
  pages: PageFigures;
  pageInfo: Partial<Record<PageName, PageInfo>>;
  /** The article's first read with the service worker asleep and warm (absent if unmeasured). */
  wake?: WakeFigures;
  bundle: BundleSizes;
  budgets: BudgetCheck[];
}

const METHOD_LABELS: Record<string, string> = {
  none: "page alone",
  noop: "no-op extension",
  floorScript: "floor, as a content script",
  backstory: "Backstory",
  floor: "floor",
  markjs: "mark.js",
  regex: "naive RegExp",
};

const COLUMNS = [
  "page",
  "method",
  "found",
  "ms",
  "× floor",
  "longest task",
  "TBT",
  "next frame",
  "JS heap MB",
  "DOM heap MB",
  "main thread",
  "eval",
  "page tasks",
  "added",
  "rescans",
  "card",
] as const;

function cell(value: number | undefined, places = 1, suffix = ""): string {
  return value === undefined ? "–" : `${value.toFixed(places)}${suffix}`;
}

function rowOf(page: PageName, method: string, figures: MethodFigures): string[] {
  const found =
    figures.coverage !== undefined
      ? `${cell(figures.mentions, 0)} (${(figures.coverage * 100).toFixed(0)}%)`
      : cell(figures.mentions, 0);
  const isNone = method === "none";
  return [
    page,
    METHOD_LABELS[method] ?? method,
    found,
    cell(figures.ms),
    cell(figures.ratio, 2, "×"),
    cell(figures.longestTaskMs),
    cell(figures.blockingMs),
    cell(figures.renderMs),
    isNone ? `(${cell(figures.baseHeapMB, 1)})` : cell(figures.heapMB, 2),
    isNone ? `(${cell(figures.baseDomHeapMB, 1)})` : cell(figures.domHeapMB, 2),
    cell(figures.mainThreadMs),
    cell(figures.evalMs),
    cell(figures.taskMs),
    isNone ? "–" : cell(figures.addedMs),
    figures.rescans ? `${cell(figures.rescans, 0)} × ${cell(figures.rescanMs)}` : "–",
    cell(figures.cardMs),
  ];
}

/** Content-script evaluation on the page it matters most and the one it is useless on. */
function evalLine(results: BenchResults, bold: (text: string) => string): string | null {
  const pages = (["article", "empty"] as const).filter(
    (page) => results.pages[page]?.backstory?.evalMs !== undefined,
  );
  if (pages.length === 0) return null;
  const figures = pages.map((page) => {
    const control = results.pages[page]?.noop?.evalMs;
    const beside = control === undefined ? "" : ` (a no-op content script: ${cell(control)} ms)`;
    return `${page} ${bold(`${cell(results.pages[page]?.backstory?.evalMs)} ms`)}${beside}`;
  });
  return `content script evaluated (compile + run, the injection task in the trace): ${figures.join(", ")}`;
}

/** The floor's walk in the page's own world (the baseline) and in an isolated world. */
function isolatedFloorLine(results: BenchResults, bold: (text: string) => string): string | null {
  const pages = PAGE_NAMES.filter(
    (page) => results.pages[page]?.floor?.isolatedFloorMs !== undefined,
  );
  if (pages.length === 0) return null;
  const figures = pages.map((page) => {
    const floor = results.pages[page]?.floor;
    return `${page} ${bold(`${cell(floor?.isolatedFloorMs)} ms`)} (in the page's world: ${cell(floor?.ms)} ms)`;
  });
  return `the floor walk in an isolated world, as a content script runs: ${figures.join(", ")}`;
}

/** long, read as it is shown: what the first read highlighted, and the rest read on demand. */
function restLine(results: BenchResults, bold: (text: string) => string): string | null {
  const long = results.pages.long?.backstory;
  if (long?.restMs === undefined) return null;
  const alone = results.pages.long?.none?.scrollTaskMs;
  const scrolling =
    long.scrollTaskMs === undefined
      ? ""
      : `; scrolling down an eighth of it (30 steps of 1,800 px): ${cell(long.scrollTaskMs)} ms ` +
        `of main thread, ${cell(alone)} ms for the page alone (${bold(`+${cell(long.scrollAddedMs)} ms`)})`;
  return (
    `long, read as it is shown: ${cell(long.mentions, 0)} mentions near the viewport at load; ` +
    `the rest read when the popup asks for the page's summary: all ${cell(long.restMentions, 0)} ` +
    `mentions in ${bold(`${cell(long.restMs)} ms`)}, ${cell(long.restMainThreadMs)} ms of main thread` +
    scrolling
  );
}

/** The first read with the service worker asleep against warm, and the difference. */
function wakeLine(results: BenchResults, bold: (text: string) => string): string | null {
  const { wake } = results;
  if (!wake) return null;
  const sign = wake.wakeCostMs >= 0 ? "+" : "";
  return (
    `first read of article (navigation start → highlighted, median of ${wake.rounds} rounds` +
    `${wake.dropped ? `, ${wake.dropped} dropped as unverified` : ""}): service worker warm ` +
    `${cell(wake.warmMs)} ms, asleep ${cell(wake.asleepMs)} ms: wake cost ` +
    `${bold(`${sign}${cell(wake.wakeCostMs)} ms`)} (scan-start → highlighted: warm ` +
    `${cell(wake.warmScanMs)} ms, asleep ${cell(wake.asleepScanMs)} ms)`
  );
}

function tableRows(results: BenchResults): string[][] {
  const rows: string[][] = [];
  for (const page of PAGE_NAMES) {
    const figures = results.pages[page];
    if (!figures) continue;
    for (const method of METHODS) {
      const methodFigures = figures[method];
      if (methodFigures) rows.push(rowOf(page, method, methodFigures));
    }
  }
  return rows;
}

export function textReport(results: BenchResults): string {
  const rows = [[...COLUMNS], ...tableRows(results)];
  const widths = COLUMNS.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  const lines = rows.map((row) =>
    row
      .map((value, column) =>
        column < 2 ? value.padEnd(widths[column] ?? 0) : value.padStart(widths[column] ?? 0),
      )
      .join("  "),
  );
  const { bundle } = results;
  const plain = (text: string) => text;
  lines.push(
    "",
    `bootstrap (the content script every page compiles): ${bundle.contentScriptGzKB.toFixed(1)} KB gzipped (${bundle.contentScriptKB.toFixed(1)} KB)${firefoxBootstrap(bundle, plain)}; ` +
      `compiled dataset: ${bundle.datasetGzKB.toFixed(1)} KB gzipped`,
    ...[
      evalLine(results, plain),
      isolatedFloorLine(results, plain),
      restLine(results, plain),
      wakeLine(results, plain),
    ].filter(isLine),
    "",
    "budget:",
    ...results.budgets.map(
      (check) =>
        `  ${check.met === false ? "✗" : check.met ? "✓" : "·"} ${check.budget}: ${verdict(check)}${check.note ? ` — ${check.note}` : ""}`,
    ),
  );
  return lines.join("\n");
}

export function markdownReport(results: BenchResults): string {
  const rows = tableRows(results);
  const header = `| ${COLUMNS.join(" | ")} |`;
  const rule = `| ${COLUMNS.map((_, column) => (column < 2 ? "---" : "---:")).join(" | ")} |`;
  const body = rows.map((row) => `| ${row.join(" | ")} |`);
  const { meta, bundle } = results;
  const budgets = results.budgets.map(
    (check) =>
      `| ${check.budget} | ${check.met === false ? "✗" : check.met ? "✓" : "·"} ${verdict(check)}${check.note ? ` (${check.note})` : ""} |`,
  );
  return [
    `Latest full run: ${meta.date.slice(0, 10)}, commit \`${meta.commit}\`, ${meta.chromium}, ${meta.machine}; ` +
      `${meta.aliases.count} aliases of ${meta.aliases.entities} entities; medians of ` +
      `${Object.entries(meta.rounds)
        .map(([page, rounds]) => `${rounds} (${page})`)
        .join(", ")} loads per method; ` +
      `${Math.round(meta.durationS / 60)} min.`,
    "",
    header,
    rule,
    ...body,
    "",
    `Bootstrap (the content script every page compiles): **${bundle.contentScriptGzKB.toFixed(1)} KB** gzipped (${bundle.contentScriptKB.toFixed(1)} KB)${firefoxBootstrap(bundle, bold)}; ` +
      `compiled dataset: **${bundle.datasetGzKB.toFixed(1)} KB** gzipped.`,
    ...[
      evalLine(results, bold),
      isolatedFloorLine(results, bold),
      restLine(results, bold),
      wakeLine(results, bold),
    ]
      .filter(isLine)
      .flatMap((line) => ["", `${line.charAt(0).toUpperCase()}${line.slice(1)}.`]),
    "",
    "| Budget | This run |",
    "| --- | --- |",
    ...budgets,
  ].join("\n");
}

function bold(text: string): string {
  return `**${text}**`;
}

function isLine(line: string | null): line is string {
  return line !== null;
}

/** ", Firefox's: 11.3 KB gzipped (…)", where the run measured it. */
function firefoxBootstrap(bundle: BenchResults["bundle"], mark: (text: string) => string): string {
  const { firefoxContentScriptGzKB: gzKB, firefoxContentScriptKB: kb } = bundle;
  if (gzKB === undefined || kb === undefined) return "";
  return `, Firefox's: ${mark(`${gzKB.toFixed(1)} KB`)} gzipped (${kb.toFixed(1)} KB)`;
}
