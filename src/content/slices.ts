// Long work split into slices of a few milliseconds, so the page never sees a long task
// (> 50 ms): input stays responsive and frames keep coming while we scan.

/** 8 ms: half a frame at 60 Hz, leaving the page the other half even on a 2-core laptop. */
export const SLICE_BUDGET_MS = 8;

type Yield = () => Promise<void>;

/**
 * Gives the main thread back, queueing the rest behind whatever the page has waiting (its timers,
 * input, rendering). Not `scheduler.yield()`: its continuations go before the page's own tasks,
 * so a long read in slices would still starve the page's scripts; and not a "user-visible" task
 * either (measured on a page being loaded: the page's timers then waited up to 66 ms).
 */
export const yieldToPage: Yield = (() => {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  const postTask = scheduler?.postTask?.bind(scheduler);
  if (postTask) return () => postTask(() => undefined, { priority: "background" });
  if (typeof MessageChannel === "function") {
    // A message is a task with no minimum delay, unlike a nested setTimeout (4 ms).
    const channel = new MessageChannel();
    const waiting: Array<() => void> = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
})();

type PostTask = (task: () => void, options: { priority: string }) => Promise<void>;

/** A slice longer than this is put on the page's timeline (see `runInSlices`). */
const LONG_SLICE_MS = 16;

/**
 * Runs `steps` (each a small piece of work) in slices of `budgetMs`, yielding between slices.
 * Stops early, without error, once `signal` aborts. Resolves true when every step ran.
 *
 * A slice that overran (a step longer than planned, a garbage collection inside it) leaves a
 * `backstory:long-slice` measure on the page's performance timeline, for whoever profiles it
 * (and for the tests that hold every slice under 50 ms).
 */
export async function runInSlices(
  steps: Iterable<unknown>,
  signal: AbortSignal,
  budgetMs = SLICE_BUDGET_MS,
  now: () => number = () => performance.now(),
  pause: Yield = yieldToPage,
): Promise<boolean> {
  let sliceStart = now();
  for (const _ of steps) {
    if (signal.aborted) return false;
    if (now() - sliceStart >= budgetMs) {
      noteSlice(sliceStart, now());
      await pause();
      if (signal.aborted) return false;
      sliceStart = now();
    }
  }
  noteSlice(sliceStart, now());
  return !signal.aborted;
}

/** Puts a slice of work that overran on the page's timeline (see `runInSlices`). */
export function noteSlice(start: number, end = performance.now()): void {
  if (end - start > LONG_SLICE_MS) performance.measure("backstory:long-slice", { start, end });
}

/**
 * Resolves in a task of its own after the browser's next frame; at once in a hidden tab, which
 * draws no frames, and after at most `timeoutMs` wherever frames stall.
 */
export async function afterNextFrame(timeoutMs = 200): Promise<void> {
  if (document.visibilityState === "visible") {
    await new Promise<void>((resolve) => {
      // Whichever comes first cancels the other: no stray task later.
      const timer = setTimeout(() => {
        cancelAnimationFrame(frame);
        resolve();
      }, timeoutMs);
      const frame = requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  await yieldToPage();
}

/**
 * Calls `run` with a time budget once the page is idle (at the latest after `timeoutMs`): for
 * work the reader does not wait for. Nothing runs once `signal` has aborted.
 */
export function whenIdle(
  run: (budgetMs: number) => void,
  signal: AbortSignal,
  timeoutMs = 500,
): void {
  if (signal.aborted) return;
  if (typeof requestIdleCallback !== "function") {
    setTimeout(() => signal.aborted || run(SLICE_BUDGET_MS), 0);
    return;
  }
  requestIdleCallback(
    (deadline) => {
      if (signal.aborted) return;
      run(deadline.didTimeout ? SLICE_BUDGET_MS : Math.max(1, deadline.timeRemaining()));
    },
    { timeout: timeoutMs },
  );
}
