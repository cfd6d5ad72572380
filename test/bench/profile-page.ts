// Where the main thread's time goes while Backstory reads one page (or opens one card): a
// Chromium trace with timeline categories, and for every task over a threshold, its longest
// parts (script, style, layout, pre-paint, paint). A heartbeat timer in the page marks every gap
// over 35 ms, as the end-to-end tests see them. A tool for finding long tasks, not a test.
//
//   npx tsx test/bench/profile-page.ts URL FIXTURE [--without] [--hover NAME] [--min MS] [--all]
//     [--hover-first NAME] [--top N] [--categories A,B] [--timeline] [--min-task MS] [--gaps]
//     [--run JS] [--settle MS]
//
// --without: no extension (the page's own costs); --hover NAME: trace the opening of NAME's card
// on the loaded page (--hover-first NAME2: open and close NAME2's card before, so the traced card
// is not the page's first); --min: report tasks over MS (30); --top: the N longest parts of each (8);
// --all: more trace categories; --categories: others still ("renderer" shows Chromium's own
// text capture, "*" everything, slowly); --timeline: every task of --min-task MS (2) or more
// around the read or the card; --gaps: what ran in each heartbeat gap; --run JS: run JS in the
// page's main world once it has settled, and trace that (what the page's own changes cost, with or
// without the extension); --settle MS: how long the page runs after load before --hover or --run
// (5000).
import { hoverMention, launch } from "../e2e/harness";

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const [url, fixture] = args;
if (!url || !fixture) throw new Error("usage: profile-page.ts URL FIXTURE [options]");
const hover = option("--hover");
const pageScript = option("--run");
const settled = hover !== undefined || pageScript !== undefined;
const minMs = Number(option("--min") ?? 30);
const categories = ["toplevel", "devtools.timeline", "blink.user_timing", "v8.execute"];
if (args.includes("--all")) categories.push("blink", "cc", "disabled-by-default-devtools.timeline");
categories.push(...(option("--categories")?.split(",") ?? []));

const session = await launch({ extension: !args.includes("--without") });
await session.serve(url, fixture);
const page = await session.context.newPage();
await page.addInitScript(`(() => {
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    if (now - last > 35) performance.mark("gap", { detail: now - last });
    last = now;
    setTimeout(beat, 5);
  };
  setTimeout(beat, 5);
})()`);
const cdp = await session.context.newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on("Tracing.dataCollected", (event) =>
  events.push(...(event.value as unknown as TraceEvent[])),
);
const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
if (settled) {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(Number(option("--settle") ?? 5000));
  const first = option("--hover-first");
  if (first) {
    await hoverMention(page, first);
    await page.waitForTimeout(1000);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(1000);
  }
}
await cdp.send("Tracing.start", {
  traceConfig: { includedCategories: categories, excludedCategories: ["*"] },
  transferMode: "ReportEvents",
});
if (hover) await hoverMention(page, hover);
else if (pageScript) await page.evaluate(pageScript);
else await page.goto(url, { waitUntil: "load" });
await page.waitForTimeout(settled ? 1500 : 6000);
await cdp.send("Tracing.end");
await complete;
await session.close();

const anchor = events.find((e) => e.name.startsWith("backstory:") || e.name === "gap");
const tid = anchor?.tid ?? events.find((e) => e.name === "ParseHTML")?.tid;
const thread = events.filter((e) => e.tid === tid);
const zero = thread.reduce((least, e) => (e.ph === "X" && e.ts < least ? e.ts : least), Infinity);
const ms = (us: number) => Math.round((us - zero) / 100) / 10;
for (const name of ["backstory:scan-start", "backstory:highlighted", "backstory:card-rendered"]) {
  console.log(
    name,
    thread.filter((e) => e.name === name).map((e) => ms(e.ts)),
  );
}
console.log(
  "heartbeat gaps end at",
  thread.filter((e) => e.name === "gap").map((e) => ms(e.ts)),
);
/** Scheduler tasks that start in [from, to] and last at least `minUs`, in order. */
function tasksBetween(from: number, to: number, minUs: number): TraceEvent[] {
  return thread.filter(
    (e) =>
      e.ph === "X" &&
      e.name === "ThreadControllerImpl::RunTask" &&
      e.ts >= from &&
      e.ts <= to &&
      (e.dur ?? 0) >= minUs,
  );
}

/** The timed events that ran inside `task`. */
function inside(task: TraceEvent): TraceEvent[] {
  const end = task.ts + (task.dur ?? 0);
  return thread.filter((e) => e !== task && e.ph === "X" && e.ts >= task.ts && e.ts < end);
}

const tasks = tasksBetween(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, minMs * 1000);
for (const task of tasks) {
  const longestByName = new Map<string, number>();
  for (const e of inside(task)) {
    const script = e.name === "FunctionCall" || e.name === "EvaluateScript";
    const key = script ? `${e.name} ${e.args?.data?.url?.slice(-40) ?? ""}` : e.name;
    longestByName.set(key, Math.max(longestByName.get(key) ?? 0, (e.dur ?? 0) / 1000));
  }
  console.log(`task at ${ms(task.ts)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms`);
  const longest = [...longestByName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(option("--top") ?? 8));
  for (const [name, duration] of longest) {
    if (duration >= 1) console.log(`   ${duration.toFixed(1).padStart(7)}  ${name}`);
  }
}

/** One line for a task: its start, length and its `parts` longest events inside. */
function taskLine(task: TraceEvent, parts: number): string {
  const inner = inside(task)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, parts)
    .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
  return `${ms(task.ts)}  ${((task.dur ?? 0) / 1000).toFixed(1)} ms  ${inner.join(", ")}`;
}

// --timeline: every task of 2 ms or more from just before the first scan to just after the
// highlights (with --hover: from the hover to just after the card), one line each, to see what
// runs between the slices.
if (args.includes("--timeline")) {
  const from = hover ? undefined : "backstory:scan-start";
  const to = hover ? "backstory:card-rendered" : "backstory:highlighted";
  const start = thread.find((e) => e.name === from)?.ts ?? zero;
  const done = thread.find((e) => e.name === to)?.ts ?? Number.POSITIVE_INFINITY;
  for (const task of tasksBetween(
    start - 50_000,
    done + 100_000,
    Number(option("--min-task") ?? 2) * 1000,
  )) {
    console.log(taskLine(task, 3));
  }
}

// --gaps: for every heartbeat gap, the tasks of 1 ms or more in the 80 ms before it ended.
if (args.includes("--gaps")) {
  for (const gap of thread.filter((e) => e.name === "gap")) {
    console.log(`gap ending at ${ms(gap.ts)}:`);
    for (const task of tasksBetween(gap.ts - 80_000, gap.ts, 1000)) {
      console.log(`  ${taskLine(task, 4)}`);
    }
  }
}
