// One fresh page load of one benchmark page with one method, and everything measured on it.
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { defaultSettings } from "../../src/core/settings";
import { activeTabId, MENTION_RANGES } from "../e2e/harness";
import type { BenchAlias } from "./aliases";
import {
  type BaselineApi,
  type BaselineRun,
  floorWalk,
  installBaselines,
  NAME_SHIM,
} from "./baselines";
import { FLOOR_SCRIPT_MARK, NOOP_MARK } from "./control-extension";
import {
  type FrameRecord,
  installProbe,
  type ProbeState,
  WATCHED_MARKS,
  type WatchFrames,
} from "./in-page-probe";
import {
  CONTENT_SCRIPT_INJECTION,
  frameAfter,
  type MainThreadTask,
  type MainThreadTimeline,
  MainThreadTrace,
  summariseTasks,
  tasksBetween,
} from "./main-thread-trace";
import type { PageName } from "./pages";
import { median } from "./summarise";

export const METHODS = [
  "none",
  "noop",
  "floorScript",
  "backstory",
  "floor",
  "markjs",
  "regex",
] as const;
/** The control extension's content scripts (control-extension.ts): marks to wait for. */
const CONTROL_MARKS: Partial<Record<Method, string>> = {
  noop: NOOP_MARK,
  floorScript: FLOOR_SCRIPT_MARK,
};
export type Method = (typeof METHODS)[number];

/** Everything one load yields; null where a figure does not apply to the method or page. */
export interface LoadMeasurement {
  /** Time until every mention is found and highlighted (scan start → highlighted). */
  ms: number | null;
  /** Backstory: DOMContentLoaded → highlighted (waiting for document_idle and settings too). */
  fromDclMs: number | null;
  mentions: number | null;
  /** Main-thread time the method's tasks took (trace). */
  mainThreadMs: number | null;
  /**
   * Every task of the page's main thread from navigation to the end of the load (CDP
   * `Performance.getMetrics` TaskDuration): the page's own work and the method's. Paired with
   * *page alone* of the same round, it gives the time a method adds, whatever task it ran in.
   */
  taskMs: number | null;
  /** Backstory: the task that compiles and runs the content script (from the trace). */
  evalMs: number | null;
  longestTaskMs: number | null;
  blockingMs: number | null;
  /** The longest `longtask` entry the page itself saw over the same span. */
  longTasksApiMs: number | null;
  /** Main-thread rendering of the first frame after highlighting. */
  renderMs: number | null;
  /** Heap after a full GC (MB): JS (V8) and DOM/embedder (Blink, Oilpan). */
  jsHeapMB: number;
  domHeapMB: number;
  /** End of the hover delay → card with its facts painted. */
  cardMs: number | null;
  /**
   * long: Backstory reads a large page as it is shown (src/content/shown-parts.ts). Then asked
   * for the page's summary, as the popup asks, it reads the rest: that read's scan-start →
   * highlighted, the main-thread time it added (TaskDuration), and the mentions after it.
   */
  restMs: number | null;
  restMainThreadMs: number | null;
  restMentions: number | null;
  /**
   * long, Backstory and the page alone: main-thread time (TaskDuration) while the reader
   * scrolls down an eighth of the page (SCROLL_STEPS of SCROLL_STEP_PX), after the load's window.
   */
  scrollTaskMs: number | null;
  /** Backstory: scans after the first (the page changed) and their median duration. */
  rescans: number | null;
  rescanMs: number | null;
  /** dynamic: share of planted mentions found by the end. */
  coverage: number | null;
  /** feed, dynamic: share of Backstory's highlight ranges left on detached nodes. */
  staleHighlights: number | null;
  /** floor: what it read. */
  textNodes: number | null;
  textChars: number | null;
  /**
   * floor: the same walk run again, after everything else was measured, in an isolated world of
   * its own, as a content script runs: the least a content script must do, like with like
   * (each world keeps its own wrapper per node). Not on `dynamic`.
   */
  isolatedFloorMs: number | null;
}

export interface LoadPlan {
  context: BrowserContext;
  page: PageName;
  method: Method;
  url: string;
  aliases: readonly BenchAlias[];
  markJsSource: string;
  /** The dynamic page's insertions last this long. */
  followMs: number;
}

const PROBE_SCRIPT = `${NAME_SHIM}\n(${installProbe.toString()})(${JSON.stringify(WATCHED_MARKS)});`;
const HOVER_DELAY_MS = defaultSettings().hoverDelayMs;
const CARD_PAGES: ReadonlySet<PageName> = new Set(["article", "long", "feed"]);
/**
 * Every method's main-thread total (TaskDuration) is read at the same time after navigation:
 * the page's own work after load (layout, paint) goes on for seconds on the large pages, and a
 * method read later counts more of it as "added". Measured on `empty`: a no-op content script
 * read about a second after the page alone "added" 213 ms; read 2.5 s after load like the page
 * alone, it adds nothing measurable (1,092 against 1,100 ms, medians of 5). Long enough for the
 * slowest method on each page; the dynamic feed's window also covers its insertions.
 */
const TASK_WINDOW_MS: Record<PageName, number> = {
  article: 3000,
  empty: 4000,
  long: 7000,
  feed: 6000,
  dynamic: 4000,
  quiet: 3000,
};
/** How long the re-rendering feed is watched after it is highlighted (it re-renders every 0.5 s). */
const FEED_WATCH_MS = 3000;

interface PageReadout {
  marks: Array<{ name: string; startTime: number; mentions: number | null }>;
  dcl: number;
  probe: ProbeState;
  planted: number | null;
  staleHighlights: number | null;
}

export async function measureLoad(plan: LoadPlan): Promise<LoadMeasurement> {
  const page = await plan.context.newPage();
  try {
    await page.addInitScript({ content: PROBE_SCRIPT });
    const cdp = await plan.context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const trace = await MainThreadTrace.start(cdp);
    await page.goto(plan.url, { waitUntil: "load", timeout: 60_000 });

    let baseline: BaselineRun | null = null;
    const dynamic = plan.page === "dynamic";
    const control = CONTROL_MARKS[plan.method];
    if (plan.method === "backstory" || control) {
      await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark).length > 0,
        control ?? "backstory:highlighted",
        { timeout: 20_000, polling: 50 },
      );
    } else {
      await settle(page, 500);
      if (plan.method !== "none") baseline = await runBaseline(page, plan, dynamic);
    }
    if (dynamic) await followFeed(page, plan.followMs);
    // The feed keeps re-rendering: watch it a while, so what follows its changes is measured.
    if (plan.page === "feed") await page.waitForTimeout(FEED_WATCH_MS);
    // The frame that paints the highlights is in the trace, which runs until the window's end.
    await settle(page, 300);
    const windowMs = TASK_WINDOW_MS[plan.page] + (dynamic ? plan.followMs : 0);
    const late = await untilPageTime(page, windowMs);
    const timeline = await trace.stop("bench:init");
    // A method still busy at the end of the window has no comparable total.
    const taskMs = late ? null : await taskDurationMs(cdp);
    const readout = await readPage(page);
    await page.evaluate(() => (globalThis as { __benchPause?: () => void }).__benchPause?.());
    const heap = await heapAfterGc(cdp);
    const isolatedFloor =
      plan.method === "floor" && !dynamic ? await isolatedFloorMs(cdp).catch(() => null) : null;

    const measurement = emptyMeasurement(heap);
    measurement.taskMs = taskMs;
    measurement.isolatedFloorMs = isolatedFloor;
    if (control) {
      // The floor script's whole work is its injection task: compile, run, walk.
      measurement.evalMs = summariseTasks(injectionTasks(timeline)).totalMs;
      if (plan.method === "floorScript") measurement.mainThreadMs = measurement.evalMs;
    } else if (plan.method === "none" && !dynamic) {
      // The page's own longest task in the window: Backstory's figure counts every task during
      // its scans, the page's own among them (on `feed`, its re-renders).
      measurement.longestTaskMs = summariseTasks(timeline.tasks).longestMs;
      if (plan.page === "long") measurement.scrollTaskMs = await scrollDown(page, cdp);
    } else if (plan.method === "backstory") {
      Object.assign(measurement, backstoryFigures(readout, timeline, dynamic));
      if (plan.page === "long") measurement.scrollTaskMs = await scrollDown(page, cdp);
      if (CARD_PAGES.has(plan.page)) measurement.cardMs = await hoverToCard(page);
      if (plan.page === "long") Object.assign(measurement, await readRestOnDemand(plan, page, cdp));
    } else if (baseline) {
      Object.assign(measurement, baselineFigures(readout, timeline, baseline, dynamic));
      if (dynamic) {
        const followed = await page.evaluate(() =>
          (globalThis as unknown as { __benchBaselines: BaselineApi }).__benchBaselines.followed(),
        );
        measurement.mainThreadMs = baseline.ms + followed.busyMs;
        if (plan.method !== "floor")
          measurement.coverage = ratioOf(followed.mentions, readout.planted);
        measurement.mentions = plan.method === "floor" ? null : followed.mentions;
      }
    }
    if (dynamic) Object.assign(measurement, windowFigures(readout, timeline, measurement));
    await cdp.detach();
    return measurement;
  } finally {
    await page.close();
  }
}

function emptyMeasurement(heap: { js: number; dom: number }): LoadMeasurement {
  return {
    ms: null,
    fromDclMs: null,
    mentions: null,
    mainThreadMs: null,
    taskMs: null,
    evalMs: null,
    longestTaskMs: null,
    blockingMs: null,
    longTasksApiMs: null,
    renderMs: null,
    jsHeapMB: heap.js,
    domHeapMB: heap.dom,
    cardMs: null,
    restMs: null,
    restMainThreadMs: null,
    restMentions: null,
    scrollTaskMs: null,
    rescans: null,
    rescanMs: null,
    coverage: null,
    staleHighlights: null,
    textNodes: null,
    textChars: null,
    isolatedFloorMs: null,
  };
}

/** The floor's walk (baselines.ts), as an expression timing itself. */
const ISOLATED_FLOOR = `(() => {
  const start = performance.now();
  const read = (${floorWalk.toString()})(document.body);
  return read.chars > 0 ? performance.now() - start : null;
})()`;

/** Runs the floor's walk in a new isolated world of the page's main frame; its time there. */
async function isolatedFloorMs(cdp: CDPSession): Promise<number | null> {
  const { frameTree } = await cdp.send("Page.getFrameTree");
  const { executionContextId } = await cdp.send("Page.createIsolatedWorld", {
    frameId: frameTree.frame.id,
    worldName: "bench-isolated-floor",
  });
  const { result } = await cdp.send("Runtime.evaluate", {
    expression: ISOLATED_FLOOR,
    contextId: executionContextId,
    returnByValue: true,
  });
  return typeof result.value === "number" ? result.value : null;
}

async function runBaseline(page: Page, plan: LoadPlan, dynamic: boolean): Promise<BaselineRun> {
  // Set-up is not timed (as Backstory's script evaluation is not part of its scan time).
  if (plan.method === "markjs") await page.evaluate(`${plan.markJsSource}\n;undefined`);
  const patterns = plan.aliases.map(({ text, caseSensitive }) => ({ text, caseSensitive }));
  await page.evaluate(
    `(${installBaselines.toString()})(${JSON.stringify(patterns)}, ${floorWalk.toString()})`,
  );
  return page.evaluate(
    ([method, follow]) => {
      const api = (globalThis as unknown as { __benchBaselines: BaselineApi }).__benchBaselines;
      return follow ? api.follow(method) : api.run(method);
    },
    [plan.method as "floor" | "markjs" | "regex", dynamic] as const,
  );
}

async function followFeed(page: Page, followMs: number): Promise<void> {
  await page.evaluate(() =>
    (globalThis as unknown as { __benchStartFeed(): void }).__benchStartFeed(),
  );
  await page.waitForFunction(
    () => (globalThis as { __benchFeedDone?: boolean }).__benchFeedDone === true,
    null,
    {
      timeout: followMs * 3,
      polling: 200,
    },
  );
  // Time to catch up with the last insertion.
  await page.waitForTimeout(1000);
}

/** Waits until `ms` after navigation start; true if that time had already passed. */
async function untilPageTime(page: Page, ms: number): Promise<boolean> {
  const now = await page.evaluate(() => performance.now());
  if (now > ms) return true;
  await page.waitForTimeout(ms - now);
  return false;
}

async function settle(page: Page, ms: number): Promise<void> {
  await page.evaluate(
    (wait) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, wait))),
      ),
    ms,
  );
}

async function waitForFrame(page: Page, mark: string): Promise<void> {
  await page
    .waitForFunction(
      (name) =>
        (globalThis as unknown as { __benchProbe: ProbeState }).__benchProbe.frames.some(
          (frame) => frame.name === name,
        ),
      mark,
      { timeout: 5000, polling: 50 },
    )
    .catch(() => undefined);
}

async function readPage(page: Page): Promise<PageReadout> {
  return page.evaluate(() => {
    const marks = performance.getEntriesByType("mark").map((entry) => {
      const detail = (entry as PerformanceMark).detail as { mentions?: unknown } | null;
      return {
        name: entry.name,
        startTime: entry.startTime,
        mentions: typeof detail?.mentions === "number" ? detail.mentions : null,
      };
    });
    const navigation = performance.getEntriesByType("navigation")[0] as
      | PerformanceNavigationTiming
      | undefined;
    let ranges = 0;
    let stale = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("backstory-") || name.startsWith("backstory-active")) continue;
      for (const range of highlight as Iterable<AbstractRange>) {
        ranges += 1;
        if (!range.startContainer.isConnected || range.collapsed) stale += 1;
      }
    }
    const planted = (globalThis as { __benchPlanted?: number }).__benchPlanted;
    return {
      marks,
      dcl: navigation?.domContentLoadedEventEnd ?? 0,
      probe: (globalThis as unknown as { __benchProbe: ProbeState }).__benchProbe,
      planted: typeof planted === "number" ? planted : null,
      staleHighlights: ranges > 0 ? stale / ranges : null,
    };
  });
}

/** The page's main-thread task time so far (CDP `TaskDuration`, seconds), in milliseconds. */
const SCROLL_STEPS = 30;
const SCROLL_STEP_PX = 1800;
const SCROLL_PAUSE_MS = 250;

/**
 * Scrolls down the page as a reader might (SCROLL_STEPS steps of two screens, a pause after
 * each), then back to the top; returns the main-thread time of the way down (TaskDuration).
 * Backstory reads a large page as it is shown: this is what a reader who scrolls pays for it.
 */
async function scrollDown(page: Page, cdp: CDPSession): Promise<number | null> {
  const before = await taskDurationMs(cdp);
  for (let step = 1; step <= SCROLL_STEPS; step += 1) {
    await page.evaluate((y) => window.scrollTo(0, y), step * SCROLL_STEP_PX);
    await page.waitForTimeout(SCROLL_PAUSE_MS);
  }
  await page.waitForTimeout(1000);
  const after = await taskDurationMs(cdp);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  return before !== null && after !== null ? after - before : null;
}

/**
 * Asks Backstory's content script for the page's summary, as the toolbar popup does (from the
 * service worker, by `tabs.sendMessage`), and measures the read of the rest of the page that
 * comes first (see `LoadMeasurement.restMs`). The page is quiet by then: its window has passed.
 */
async function readRestOnDemand(
  plan: LoadPlan,
  page: Page,
  cdp: CDPSession,
): Promise<Pick<LoadMeasurement, "restMs" | "restMainThreadMs" | "restMentions">> {
  const worker = plan.context.serviceWorkers().find((candidate) => {
    return candidate.url().startsWith("chrome-extension://");
  });
  const tabId = worker ? await activeTabId(worker, page) : null;
  const before = await taskDurationMs(cdp);
  const highlightsBefore = marksNamed(await readPage(page), "backstory:highlighted").length;
  await worker?.evaluate(async (id) => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome;
    await tabs.sendMessage(id, { type: "get-page-summary" });
  }, tabId);
  const after = await taskDurationMs(cdp);
  const readout = await readPage(page);
  const highlighted = marksNamed(readout, "backstory:highlighted");
  if (!worker || highlighted.length === highlightsBefore) {
    return { restMs: null, restMainThreadMs: null, restMentions: null };
  }
  const spans = scanSpans(marksNamed(readout, "backstory:scan-start"), highlighted);
  return {
    restMs: spans[spans.length - 1]?.duration ?? null,
    restMainThreadMs: before !== null && after !== null ? after - before : null,
    restMentions: highlighted[highlighted.length - 1]?.mentions ?? null,
  };
}

interface ChromeTabs {
  sendMessage(tabId: number | null, message: unknown): Promise<unknown>;
}

async function taskDurationMs(cdp: CDPSession): Promise<number | null> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as {
    metrics: Array<{ name: string; value: number }>;
  };
  const seconds = metrics.find((metric) => metric.name === "TaskDuration")?.value;
  return seconds === undefined ? null : seconds * 1000;
}

async function heapAfterGc(cdp: CDPSession): Promise<{ js: number; dom: number }> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const usage = (await cdp.send("Runtime.getHeapUsage")) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  return { js: usage.usedSize / 2 ** 20, dom: (usage.embedderHeapUsedSize ?? 0) / 2 ** 20 };
}

function marksNamed(readout: PageReadout, name: string) {
  return readout.marks.filter((mark) => mark.name === name);
}

function firstFrameAfter(frames: readonly FrameRecord[], name: string): FrameRecord | undefined {
  return frames.find((frame) => frame.name === name);
}

function longTasksApiBetween(readout: PageReadout, from: number, to: number): number {
  let longest = 0;
  for (const task of readout.probe.longTasks) {
    if (task.start <= to && task.start + task.duration >= from)
      longest = Math.max(longest, task.duration);
  }
  return longest;
}

/** The tasks that compile and run an extension's content script (see main-thread-trace.ts). */
function injectionTasks(timeline: MainThreadTimeline): MainThreadTask[] {
  return timeline.tasks.filter((task) => task.postedFrom === CONTENT_SCRIPT_INJECTION);
}

function backstoryFigures(
  readout: PageReadout,
  timeline: MainThreadTimeline,
  dynamic: boolean,
): Partial<LoadMeasurement> {
  const highlighted = marksNamed(readout, "backstory:highlighted");
  const first = highlighted[0];
  const last = highlighted[highlighted.length - 1];
  if (!first || !last) return {};
  const scans = scanSpans(marksNamed(readout, "backstory:scan-start"), highlighted);
  const firstScan = scans[0];
  // Backstory's own tasks: the one that evaluates the content script, and every task spanning
  // one of its scans (scan-start → highlighted: the first, and each rescan after the page
  // changed). Its mutation-observer callbacks run inside the page's own tasks and are cheap.
  const injection = injectionTasks(timeline);
  const tasks = new Set<MainThreadTask>(injection);
  const traceScans = scanSpans(
    (timeline.marks.get("backstory:scan-start") ?? []).map((startTime) => ({ startTime })),
    (timeline.marks.get("backstory:highlighted") ?? []).map((startTime) => ({ startTime })),
  );
  for (const span of traceScans) {
    for (const task of tasksBetween(timeline, span.start, span.end)) tasks.add(task);
  }
  const summary = summariseTasks([...tasks]);
  const highlightedAt = timeline.marks.get("backstory:highlighted")?.[0];
  const rescans = scans.slice(1).map((span) => span.end - span.start);
  return {
    ms: dynamic ? catchUpMs(readout, highlighted, readout.planted) : (firstScan?.duration ?? null),
    fromDclMs: first.startTime - readout.dcl,
    mentions: last.mentions,
    mainThreadMs: summary.totalMs,
    evalMs: summariseTasks(injection).totalMs,
    longestTaskMs: summary.longestMs,
    blockingMs: summary.blockingMs,
    longTasksApiMs: longTasksApiBetween(
      readout,
      firstScan?.start ?? first.startTime,
      first.startTime,
    ),
    renderMs: highlightedAt === undefined ? null : frameAfter(timeline, highlightedAt),
    rescans: rescans.length,
    rescanMs: rescans.length > 0 ? (median(rescans) ?? null) : null,
    coverage: dynamic ? ratioOf(last.mentions, readout.planted) : null,
    staleHighlights: readout.staleHighlights,
  };
}

/**
 * Pairs every `highlighted` mark with the `scan-start` just before it (a highlight without a
 * scan of its own, after a settings change, spans no time).
 */
function scanSpans(
  starts: ReadonlyArray<{ startTime: number }>,
  ends: ReadonlyArray<{ startTime: number }>,
): Array<{ start: number; end: number; duration: number }> {
  const spans: Array<{ start: number; end: number; duration: number }> = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const end of ends) {
    const candidates = starts.filter(
      (start) => start.startTime <= end.startTime && start.startTime > previousEnd,
    );
    const start = candidates[candidates.length - 1]?.startTime ?? end.startTime;
    spans.push({ start, end: end.startTime, duration: end.startTime - start });
    previousEnd = end.startTime;
  }
  return spans;
}

function baselineFigures(
  readout: PageReadout,
  timeline: MainThreadTimeline,
  run: BaselineRun,
  dynamic: boolean,
): Partial<LoadMeasurement> {
  const start = marksNamed(readout, "bench:start")[0];
  const highlighted = marksNamed(readout, "bench:highlighted");
  const first = highlighted[0];
  const traceStart = timeline.marks.get("bench:start")?.[0];
  const traceEnd = timeline.marks.get("bench:highlighted")?.[0];
  const summary =
    traceStart !== undefined && traceEnd !== undefined
      ? summariseTasks(tasksBetween(timeline, traceStart, traceEnd))
      : null;
  return {
    ms: dynamic ? catchUpMs(readout, highlighted, null) : run.ms,
    mentions: run.mentions,
    mainThreadMs: run.ms,
    longestTaskMs: summary?.longestMs ?? null,
    blockingMs: summary?.blockingMs ?? null,
    longTasksApiMs:
      start && first ? longTasksApiBetween(readout, start.startTime, first.startTime) : null,
    renderMs: traceEnd === undefined ? null : frameAfter(timeline, traceEnd),
    textNodes: run.textNodes || null,
    textChars: run.textChars || null,
  };
}

/**
 * dynamic: from the last insertion to the first highlight that accounts for everything found
 * by the end; null when the method never catches up with what was planted (`planted` given).
 */
function catchUpMs(
  readout: PageReadout,
  highlighted: PageReadout["marks"],
  planted: number | null,
): number | null {
  const inserts = marksNamed(readout, "page:insert");
  const lastInsert = inserts[inserts.length - 1];
  const final = highlighted[highlighted.length - 1];
  if (!lastInsert || !final) return null;
  if (planted !== null && (final.mentions ?? 0) < planted * 0.95) return null;
  const caughtUp = highlighted.find(
    (mark) => mark.startTime >= lastInsert.startTime && mark.mentions === final.mentions,
  );
  return caughtUp ? caughtUp.startTime - lastInsert.startTime : null;
}

/**
 * dynamic: the page's longest task and blocking time while it inserts (its own work and any
 * method's, which runs inside the same tasks), and the frames after each insertion.
 */
function windowFigures(
  readout: PageReadout,
  timeline: MainThreadTimeline,
  measurement: LoadMeasurement,
): Partial<LoadMeasurement> {
  const inserts = timeline.marks.get("page:insert") ?? [];
  const from = inserts[0];
  const to = inserts[inserts.length - 1];
  if (from === undefined || to === undefined) return {};
  const summary = summariseTasks(tasksBetween(timeline, from, to + 500));
  const pageInserts = marksNamed(readout, "page:insert");
  const pageFrom = pageInserts[0]?.startTime ?? 0;
  const pageTo = (pageInserts[pageInserts.length - 1]?.startTime ?? 0) + 500;
  const renders = ["backstory:highlighted", "bench:highlighted"]
    .flatMap((name) => timeline.marks.get(name) ?? [])
    .filter((at) => at >= from)
    .map((at) => frameAfter(timeline, at))
    .filter((duration) => duration !== null)
    .sort((a, b) => a - b);
  return {
    longestTaskMs: Math.max(summary.longestMs, measurement.longestTaskMs ?? 0),
    blockingMs: summary.blockingMs + (measurement.blockingMs ?? 0),
    longTasksApiMs: Math.max(
      longTasksApiBetween(readout, pageFrom, pageTo),
      measurement.longTasksApiMs ?? 0,
    ),
    renderMs:
      renders.length > 0 ? (renders[Math.floor(renders.length / 2)] ?? null) : measurement.renderMs,
  };
}

function ratioOf(found: number | null, planted: number | null): number | null {
  return found === null || !planted ? null : found / planted;
}

/**
 * Hovers the first live highlighted mention and measures from the end of the hover delay (the
 * frame where the pointer landed, plus the delay) to the first frame painted after
 * `backstory:card-rendered`.
 */
async function hoverToCard(page: Page): Promise<number | null> {
  const point = (await page.evaluate(`(() => {
    const range = ${MENTION_RANGES}[0];
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "instant" });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  })()`)) as { x: number; y: number } | null;
  if (!point) return null;
  // From the page's margin, where no mention is, straight onto the mention in one move.
  await page.mouse.move(2, 2);
  await page.waitForTimeout(100);
  await page.evaluate(() => {
    (globalThis as unknown as { __benchWatchFrames: WatchFrames }).__benchWatchFrames();
    (globalThis as unknown as { __benchProbe: ProbeState }).__benchProbe.hover.armed = true;
  });
  await page.mouse.move(point.x, point.y);
  await waitForFrame(page, "backstory:card-rendered");
  const probe = await page.evaluate(
    () => (globalThis as unknown as { __benchProbe: ProbeState }).__benchProbe,
  );
  const frame = firstFrameAfter(probe.frames, "backstory:card-rendered");
  if (!frame || probe.hover.frameAt === null) return null;
  return frame.frameEnd - (probe.hover.frameAt + HOVER_DELAY_MS);
}
