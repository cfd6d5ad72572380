// Long work split into slices of a few milliseconds, so the page never sees a long task
// (> 50 ms): input stays responsive and frames keep coming while we scan.

/** 8 ms: half a frame at 60 Hz, leaving the page the other half even on a 2-core laptop. */
export const SLICE_BUDGET_MS = 8;

type Yield = () => Promise<void>;

/** Gives the main thread back: `scheduler.yield()` where it exists, else a macrotask. */
export const yieldToPage: Yield = (() => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return () => scheduler.yield?.() ?? Promise.resolve();
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
})();

/**
 * Runs `steps` (each a small piece of work) in slices of `budgetMs`, yielding between slices.
 * Stops early, without error, once `signal` aborts. Resolves true when every step ran.
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
      await pause();
      if (signal.aborted) return false;
      sliceStart = now();
    }
  }
  return !signal.aborted;
}
