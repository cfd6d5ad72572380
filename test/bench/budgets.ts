// The performance budget Backstory is held to, checked against one run's figures. The
// benchmark reports; it never fails a run on a budget.
import type { BundleSizes } from "./build-snapshot";
import type { Method } from "./measure";
import type { PageName } from "./pages";
import type { MethodFigures } from "./summarise";

export type PageFigures = Partial<Record<PageName, Partial<Record<Method, MethodFigures>>>>;

export interface BudgetCheck {
  budget: string;
  limit: number;
  value: number | null;
  unit: string;
  /** "max": the value must stay at or under the limit; "min": at or over it. */
  kind: "max" | "min";
  /** null when the run did not measure it (e.g. --quick skips pages). */
  met: boolean | null;
  note?: string;
}

const TASK_LIMIT_MS = 50;

export function checkBudgets(pages: PageFigures, bundle: BundleSizes): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  checks.push(atMost("bootstrap ≤ 12 KB gzipped (goal 8)", 12, bundle.contentScriptGzKB, "KB"));
  checks.push(
    atMost("Firefox: bootstrap ≤ 12 KB gzipped", 12, bundle.firefoxContentScriptGzKB, "KB"),
  );
  checks.push(
    atMost(
      "article: content script evaluated (compile + run) in ≤ 5 ms",
      5,
      pages.article?.backstory?.evalMs,
      "ms",
    ),
  );
  // "Not for us" and "an AI article": main thread added (TaskDuration, with − without). The
  // floor walk's cost is what the floor script (control-extension.ts) adds the same way: a
  // content script that walks the page's text and does nothing else.
  // Whatever its size: the 1 MB `empty` page, and `quiet`, an article of the usual size.
  for (const page of ["empty", "quiet"] as const) checks.push(...notForUs(page, pages[page]));
  checks.push(
    noteControl(
      share(
        "article: added main thread ≤ 20 % of the page's own",
        0.2,
        pages.article?.backstory?.addedMs,
        pages.article,
      ),
      pages.article,
    ),
  );
  checks.push(
    noteControl(
      atMost(
        "empty: ≤ 5 ms of main-thread time added at load",
        5,
        pages.empty?.backstory?.addedMs,
        "ms",
      ),
      pages.empty,
    ),
  );
  const long = pages.long;
  const backstoryLong = long?.backstory;
  checks.push(
    noteControl(
      noteIsolatedFloor(
        atMost(
          "long: added main thread ≤ 2× the floor walk's (as a content script)",
          2,
          ratio(backstoryLong?.addedMs, long?.floorScript?.addedMs),
          "×",
        ),
        long,
      ),
      long,
    ),
  );
  const markjsMs = long?.markjs?.ms;
  const speedup =
    markjsMs !== undefined && backstoryLong?.ms ? markjsMs / backstoryLong.ms : undefined;
  const highlights = atLeast(
    "long: highlights in view ≥ 5× sooner than mark.js's",
    5,
    speedup,
    "×",
  );
  // A large page is read as it is shown (src/content/shown-parts.ts): say what that leaves out,
  // and what the whole page costs when the reader asks for it.
  if (backstoryLong?.restMs !== undefined && markjsMs !== undefined) {
    highlights.note =
      `Backstory reads a large page as it is shown: ${backstoryLong.mentions?.toFixed(0)} ` +
      `mentions near the viewport at load, all ${backstoryLong.restMentions?.toFixed(0)} when the ` +
      `popup asks, ${backstoryLong.restMs.toFixed(0)} ms later (mark.js: all in ` +
      `${markjsMs.toFixed(0)} ms, one task)`;
  }
  checks.push(highlights);
  for (const page of ["article", "long", "feed", "empty", "dynamic", "quiet"] as const) {
    const figures = pages[page]?.backstory;
    if (!figures) continue;
    const check = atMost(`${page}: no task over 50 ms`, TASK_LIMIT_MS, figures.longestTaskMs, "ms");
    const notes: string[] = [];
    if (figures.renderMs !== undefined && figures.renderMs > TASK_LIMIT_MS) {
      notes.push(`the frame after highlighting takes ${figures.renderMs.toFixed(0)} ms more`);
      check.met = false;
    }
    const pageAlone = pages[page]?.none?.longestTaskMs;
    if (page === "dynamic" && pageAlone !== undefined) {
      notes.push(`the page alone: ${pageAlone.toFixed(0)} ms`);
    } else if (page === "feed" && pageAlone !== undefined && pageAlone > TASK_LIMIT_MS) {
      // Backstory's figure counts every task during its scans; on `feed` the page's own
      // re-renders (timer tasks of its own script) fall in them.
      notes.push(
        `tasks during the scans, the page's own included: the page alone's longest ${pageAlone.toFixed(0)} ms`,
      );
    }
    if (page === "dynamic" && figures.coverage !== undefined && figures.coverage < 0.95) {
      // Doing nothing is cheap: say so rather than let the tick stand alone.
      const share = (figures.coverage * 100).toFixed(0);
      notes.push(
        `but Backstory highlights only ${share}% of the names: it does not follow insertions`,
      );
    }
    if (notes.length > 0) check.note = notes.join("; ");
    checks.push(check);
  }
  const heap = backstoryLong
    ? (backstoryLong.heapMB ?? 0) + (backstoryLong.domHeapMB ?? 0)
    : undefined;
  const heapCheck = atMost("long: heap added ≤ 10 MB (JS + DOM)", 10, heap, "MB");
  if (backstoryLong?.heapMB !== undefined) {
    heapCheck.note = `JS ${backstoryLong.heapMB.toFixed(1)} MB + DOM ${(backstoryLong.domHeapMB ?? 0).toFixed(1)} MB`;
  }
  checks.push(heapCheck);
  for (const page of ["article", "long", "feed"] as const) {
    const cardMs = pages[page]?.backstory?.cardMs;
    if (cardMs !== undefined) {
      checks.push(atMost(`${page}: card painted ≤ 16 ms after the hover delay`, 16, cardMs, "ms"));
    }
  }
  return checks;
}

/** The early "not for us" on a page that names no one: against the floor script, and the page. */
function notForUs(
  page: "empty" | "quiet",
  figures: Partial<Record<Method, MethodFigures>> | undefined,
): BudgetCheck[] {
  const added = figures?.backstory?.addedMs;
  return [
    noteControl(
      noteIsolatedFloor(
        atMost(
          `${page}: added main thread ≤ 1.5× the floor walk's (as a content script)`,
          1.5,
          ratio(added, figures?.floorScript?.addedMs),
          "×",
        ),
        figures,
      ),
      figures,
    ),
    noteControl(
      share(`${page}: added main thread ≤ 10 % of the page's own`, 0.1, added, figures),
      figures,
    ),
  ];
}

function ratio(value: number | undefined, base: number | undefined): number | undefined {
  return value === undefined || !base ? undefined : value / base;
}

/**
 * Says beside a "× the floor walk's" figure what it compares: Backstory's added time and the
 * floor script's, the floor walk's own time in an isolated world (the floor itself runs in the
 * page's world), and Backstory's own tasks against that walk (less noisy than "added").
 */
function noteIsolatedFloor(
  check: BudgetCheck,
  figures: Partial<Record<Method, MethodFigures>> | undefined,
): BudgetCheck {
  const backstory = figures?.backstory;
  const floorScript = figures?.floorScript?.addedMs;
  const parts: string[] = [];
  if (backstory?.addedMs !== undefined && floorScript !== undefined) {
    parts.push(
      `Backstory adds ${addedMs(backstory)}, the floor walk as a content script ${addedMs(figures?.floorScript)}`,
    );
  }
  const isolated = figures?.floor?.isolatedFloorMs;
  if (isolated !== undefined && isolated > 0) {
    const times = (value: number) => `${(value / isolated).toFixed(1)}×`;
    parts.push(`the walk alone in an isolated world: ${isolated.toFixed(0)} ms`);
    if (backstory?.addedMs !== undefined)
      parts.push(`Backstory's added ${times(backstory.addedMs)} that`);
    if (backstory?.mainThreadMs !== undefined) {
      parts.push(`its own tasks ${times(backstory.mainThreadMs)}`);
    }
  }
  return parts.length > 0 ? appendNote(check, parts.join(", ")) : check;
}

/**
 * Says beside an "added" figure what the no-op control extension added on the same page in the
 * same run: the cost of being a content script at all, which no extension can avoid.
 */
function noteControl(
  check: BudgetCheck,
  figures: Partial<Record<Method, MethodFigures>> | undefined,
): BudgetCheck {
  const control = figures?.noop?.addedMs;
  if (control === undefined) return check;
  return appendNote(check, `a no-op content script adds ${addedMs(figures?.noop)}`);
}

/**
 * A method's added time, and the middle half of the rounds' figures where known: "45 ms (middle
 * half of rounds 31–58)".
 */
function addedMs(figures: MethodFigures | undefined): string {
  const added = `${figures?.addedMs?.toFixed(0) ?? "?"} ms`;
  const low = figures?.addedLowMs;
  const high = figures?.addedHighMs;
  if (low === undefined || high === undefined) return added;
  return `${added} (middle half of rounds ${low.toFixed(0)}–${high.toFixed(0)})`;
}

function appendNote(check: BudgetCheck, said: string): BudgetCheck {
  check.note = check.note ? `${check.note}; ${said}` : said;
  return check;
}

/** Backstory's added main thread as a share of the page's own (page alone, same run). */
function share(
  budget: string,
  limit: number,
  added: number | undefined,
  figures: Partial<Record<Method, MethodFigures>> | undefined,
): BudgetCheck {
  const own = figures?.none?.taskMs;
  const check = atMost(budget, limit * 100, (ratio(added, own) ?? Number.NaN) * 100, "%");
  if (check.value !== null && Number.isNaN(check.value)) {
    check.value = null;
    check.met = null;
  }
  if (added !== undefined && own !== undefined) {
    check.note = `+${addedMs(figures?.backstory)} on the page's own ${own.toFixed(0)} ms`;
  }
  return check;
}

function atMost(
  budget: string,
  limit: number,
  value: number | undefined,
  unit: string,
): BudgetCheck {
  const met = value === undefined ? null : value <= limit;
  return { budget, limit, value: value ?? null, unit, kind: "max", met };
}

function atLeast(
  budget: string,
  limit: number,
  value: number | undefined,
  unit: string,
): BudgetCheck {
  const met = value === undefined ? null : value >= limit;
  return { budget, limit, value: value ?? null, unit, kind: "min", met };
}

/** "met", "not measured", or how far off: "missed: 228.4 ms for ≤ 50 ms (4.6× over)". */
export function verdict(check: BudgetCheck): string {
  if (check.met === null || check.value === null) return "not measured";
  if (check.met) return "met";
  const unit = (value: number) =>
    `${Math.round(value * 10) / 10}${check.unit === "×" ? "×" : ` ${check.unit}`}`;
  const bound = `${check.kind === "max" ? "≤" : "≥"} ${unit(check.limit)}`;
  const factor =
    check.kind === "max" ? check.value / check.limit : check.limit / Math.max(check.value, 1e-9);
  const off = check.kind === "max" ? "over" : "short";
  return `missed: ${unit(check.value)} for ${bound} (${factor.toFixed(1)}× ${off})`;
}
