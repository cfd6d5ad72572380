// From loads to the figures reported: medians over the measured rounds, and ratios and heap
// growth paired within a round (the floor, Backstory and the baselines of one round ran back to
// back on the same page), so slow drift of a noisy machine cancels out.
import type { LoadMeasurement, Method } from "./measure";

/** One page's loads: loads[method][round], null where a load failed. */
export type PageLoads = Record<Method, Array<LoadMeasurement | null>>;

export interface MethodFigures {
  ms?: number;
  ratio?: number;
  fromDclMs?: number;
  mentions?: number;
  mainThreadMs?: number;
  /** `none`: the page's own main-thread time (TaskDuration); others: the same, whole load. */
  taskMs?: number;
  /** Main-thread time added to the page (TaskDuration minus *page alone*'s, same round). */
  addedMs?: number;
  /**
   * The middle half of those rounds' differences (lower and upper quartile): how far a
   * difference of two noisy totals can be trusted.
   */
  addedLowMs?: number;
  addedHighMs?: number;
  /** Backstory: compile and run of the content script. */
  evalMs?: number;
  longestTaskMs?: number;
  blockingMs?: number;
  longTasksApiMs?: number;
  renderMs?: number;
  /** JS heap (V8) added over the page alone, after a full GC. */
  heapMB?: number;
  /** DOM/embedder heap (Blink) added over the page alone. */
  domHeapMB?: number;
  /** `none` only: the page's own heaps, which the others are measured against. */
  baseHeapMB?: number;
  baseDomHeapMB?: number;
  cardMs?: number;
  /** long: the rest of the page read on demand (see LoadMeasurement.restMs). */
  restMs?: number;
  restMainThreadMs?: number;
  restMentions?: number;
  /** long: main thread while scrolling down (see LoadMeasurement.scrollTaskMs), and Backstory's
   * over the page alone's, paired by round. */
  scrollTaskMs?: number;
  scrollAddedMs?: number;
  /** Backstory: scans after the first while the page changed, and their median duration. */
  rescans?: number;
  rescanMs?: number;
  coverage?: number;
  staleHighlights?: number;
  textNodes?: number;
  textChars?: number;
  /** floor: its walk run in an isolated world, as a content script's (see LoadMeasurement). */
  isolatedFloorMs?: number;
  loads: number;
}

/** The lower and upper quartiles (Tukey's hinges: the medians of each half); null if empty. */
export function quartiles(values: readonly number[]): [number, number] | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = (sorted.length + 1) >> 1;
  return [median(sorted.slice(0, half)) ?? 0, median(sorted.slice(sorted.length - half)) ?? 0];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

const MEDIAN_FIELDS = [
  "ms",
  "fromDclMs",
  "mentions",
  "mainThreadMs",
  "taskMs",
  "evalMs",
  "longestTaskMs",
  "blockingMs",
  "longTasksApiMs",
  "renderMs",
  "cardMs",
  "restMs",
  "restMainThreadMs",
  "restMentions",
  "scrollTaskMs",
  "rescans",
  "rescanMs",
  "coverage",
  "staleHighlights",
  "textNodes",
  "textChars",
  "isolatedFloorMs",
] as const satisfies ReadonlyArray<keyof LoadMeasurement & keyof MethodFigures>;

/** The figures of every method of one page; `measuredFrom` skips the warm-up rounds. */
export function summarisePage(
  loads: PageLoads,
  measuredFrom: number,
  /** Ratios to the floor; not on `dynamic`, where ms is a catch-up delay, not a scan. */
  withRatio = true,
): Partial<Record<Method, MethodFigures>> {
  const figures: Partial<Record<Method, MethodFigures>> = {};
  const measured = (method: Method) => (loads[method] ?? []).slice(measuredFrom);
  for (const method of Object.keys(loads) as Method[]) {
    const rounds = measured(method);
    const present = rounds.filter((load): load is LoadMeasurement => load !== null);
    if (present.length === 0) continue;
    const result: MethodFigures = { loads: present.length };
    for (const field of MEDIAN_FIELDS) {
      const value = median(present.map((load) => load[field]).filter(isNumber));
      if (value !== null) result[field] = value;
    }
    if (method === "none") {
      result.baseHeapMB = median(present.map((load) => load.jsHeapMB)) ?? undefined;
      result.baseDomHeapMB = median(present.map((load) => load.domHeapMB)) ?? undefined;
    } else {
      const none = measured("none");
      const floor = measured("floor");
      const pairs = (
        pick: (load: LoadMeasurement, other: LoadMeasurement) => number | null,
        with_: Array<LoadMeasurement | null>,
      ) =>
        rounds
          .map((load, round) => {
            const other = with_[round];
            return load && other ? pick(load, other) : null;
          })
          .filter(isNumber);
      const paired = (
        pick: (load: LoadMeasurement, other: LoadMeasurement) => number | null,
        with_: Array<LoadMeasurement | null>,
      ) => median(pairs(pick, with_));
      const heap = paired((load, page) => load.jsHeapMB - page.jsHeapMB, none);
      const domHeap = paired((load, page) => load.domHeapMB - page.domHeapMB, none);
      const addedByRound = pairs(
        (load, page) =>
          load.taskMs !== null && page.taskMs !== null ? load.taskMs - page.taskMs : null,
        none,
      );
      const added = median(addedByRound);
      if (added !== null) result.addedMs = added;
      const spread = quartiles(addedByRound);
      if (spread) [result.addedLowMs, result.addedHighMs] = spread;
      const scrollAdded = paired(
        (load, page) =>
          load.scrollTaskMs !== null && page.scrollTaskMs !== null
            ? load.scrollTaskMs - page.scrollTaskMs
            : null,
        none,
      );
      if (scrollAdded !== null) result.scrollAddedMs = scrollAdded;
      if (heap !== null) result.heapMB = heap;
      if (domHeap !== null) result.domHeapMB = domHeap;
      if (method !== "floor" && withRatio) {
        const ratio = paired(
          (load, base) => (load.ms !== null && base.ms ? load.ms / base.ms : null),
          floor,
        );
        if (ratio !== null) result.ratio = ratio;
      }
    }
    figures[method] = result;
  }
  return figures;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Rounds every figure for the results file: 0.1 ms, 0.01 for ratios and MB. */
export function rounded(figures: MethodFigures): MethodFigures {
  const out: MethodFigures = { loads: figures.loads };
  for (const [key, value] of Object.entries(figures) as Array<[keyof MethodFigures, number]>) {
    if (key === "loads") continue;
    const places = /ratio|MB|coverage|stale/i.test(key)
      ? 100
      : key.startsWith("text") || key === "mentions"
        ? 1
        : 10;
    out[key] = Math.round(value * places) / places;
  }
  return out;
}
