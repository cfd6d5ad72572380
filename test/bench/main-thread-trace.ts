// Main-thread tasks from a Chromium trace. The Long Tasks API cannot be trusted for an
// extension: in Chromium 156 the content script's scan runs in a microtask checkpoint that is
// not inside any scheduler task (the reply of `storage.sync.get` resolves it), and no
// `longtask` entry is ever reported for it, however long it takes. The trace sees it.
//
// Categories are kept to `toplevel` (task boundaries) and `blink.user_timing` (the marks):
// `devtools.timeline` would attribute every JS callback but costs ~50% on a TreeWalker scan.
import type { CDPSession } from "playwright-core";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { src_func?: string; data?: unknown };
}

/** One top-level slice of the page's main thread, in milliseconds on the trace clock. */
export interface MainThreadTask {
  start: number;
  duration: number;
  /** Where the task was posted from (`PostExecuteAndDestroySelf` injects content scripts). */
  postedFrom: string;
}

export interface MainThreadTimeline {
  tasks: MainThreadTask[];
  /** Every User Timing mark of the document, by name, in trace milliseconds. */
  marks: Map<string, number[]>;
}

const CATEGORIES = ["toplevel", "blink.user_timing"];
// Blink runs injected content scripts from tasks posted here; nothing else in these pages does.
export const CONTENT_SCRIPT_INJECTION = "PostExecuteAndDestroySelf";
// The compositor asks for each frame from here: the task that runs the animation callbacks,
// style, layout and paint.
const FRAME = "ScheduledActionSendBeginMainFrame";

export class MainThreadTrace {
  private readonly events: TraceEvent[] = [];
  private readonly complete: Promise<unknown>;

  private constructor(private readonly cdp: CDPSession) {
    cdp.on("Tracing.dataCollected", (event) => {
      this.events.push(...(event.value as unknown as TraceEvent[]));
    });
    this.complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  }

  static async start(cdp: CDPSession): Promise<MainThreadTrace> {
    const trace = new MainThreadTrace(cdp);
    await cdp.send("Tracing.start", {
      traceConfig: { includedCategories: CATEGORIES, excludedCategories: ["*"] },
      transferMode: "ReportEvents",
    });
    return trace;
  }

  /** Stops tracing; the timeline of the thread where `anchorMark` was last set. */
  async stop(anchorMark: string): Promise<MainThreadTimeline> {
    await this.cdp.send("Tracing.end");
    await this.complete;
    return timelineOf(this.events, anchorMark);
  }
}

function timelineOf(events: readonly TraceEvent[], anchorMark: string): MainThreadTimeline {
  const anchors = events.filter(
    (event) => event.name === anchorMark && event.cat.includes("user_timing"),
  );
  const anchor = anchors[anchors.length - 1];
  if (!anchor) throw new Error(`trace holds no "${anchorMark}" mark`);
  const onThread = events.filter((event) => event.pid === anchor.pid && event.tid === anchor.tid);
  const marks = new Map<string, number[]>();
  for (const event of onThread) {
    if (!event.cat.includes("user_timing") || event.ts < anchor.ts) continue;
    const list = marks.get(event.name) ?? [];
    list.push(event.ts / 1000);
    marks.set(event.name, list);
  }
  const slices = onThread
    .filter(
      (event) => event.ph === "X" && event.cat.includes("toplevel") && event.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: MainThreadTask[] = [];
  let reached = -1;
  for (const slice of slices) {
    const end = slice.ts + (slice.dur ?? 0);
    // Nested slices (a microtask checkpoint inside a task) belong to their outer task.
    if (slice.ts < reached) continue;
    reached = end;
    if (slice.ts < anchor.ts) continue;
    tasks.push({
      start: slice.ts / 1000,
      duration: (slice.dur ?? 0) / 1000,
      postedFrom: slice.args?.src_func ?? slice.name,
    });
  }
  return { tasks, marks };
}

/**
 * The main-thread time of the first frame that starts after `at` (trace milliseconds): what
 * painting a change made at `at` cost, as the page's own probe of frames measured it before (see
 * in-page-probe.ts).
 */
export function frameAfter(timeline: MainThreadTimeline, at: number): number | null {
  return (
    timeline.tasks.find((task) => task.postedFrom === FRAME && task.start >= at)?.duration ?? null
  );
}

/** Tasks that overlap [from, to] (trace milliseconds). */
export function tasksBetween(
  timeline: MainThreadTimeline,
  from: number,
  to: number,
): MainThreadTask[] {
  return timeline.tasks.filter((task) => task.start <= to && task.start + task.duration >= from);
}

export interface TaskSummary {
  totalMs: number;
  longestMs: number;
  /** Total blocking time: what each task spends beyond 50 ms, summed. */
  blockingMs: number;
}

export function summariseTasks(tasks: readonly MainThreadTask[]): TaskSummary {
  let totalMs = 0;
  let longestMs = 0;
  let blockingMs = 0;
  for (const task of tasks) {
    totalMs += task.duration;
    longestMs = Math.max(longestMs, task.duration);
    blockingMs += Math.max(0, task.duration - 50);
  }
  return { totalMs, longestMs, blockingMs };
}
