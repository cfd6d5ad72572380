// The first read of a page when the extension's service worker slept. The background matches
// the page's text, so a page opened after it went to sleep also waits for it to wake: the
// background bundle (with the facts index) evaluated and the matcher compiled again.
//
// Chromium never puts the worker to sleep here (a DevTools client is attached to it, which
// holds off its idle timeout), so each round stops it with `ServiceWorker.stopAllWorkers` and
// loads the page (asleep), then loads it again at once (warm: it just served a page). Whether
// it really slept, or stayed up, is read from the browser's own account of the worker's
// running status (`ServiceWorker.workerVersionUpdated`); a load that does not show what it is
// meant to measure is dropped, not counted.
//
// Timed from navigation start, not from `backstory:scan-start`: the content script sends the
// background its first message (the badge count) before it waits for the page to be idle, so
// part of the wake hides before scan-start.
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { median } from "./summarise";

export interface WakeFigures {
  /** Rounds whose two loads were both verified (asleep, then warm). */
  rounds: number;
  /** Rounds dropped: a load failed, or the worker's status did not show what it was to measure. */
  dropped: number;
  /** Navigation start → `backstory:highlighted`, medians. */
  warmMs: number;
  asleepMs: number;
  /** asleepMs − warmMs. */
  wakeCostMs: number;
  /** `backstory:scan-start` → `backstory:highlighted`, medians: what the `ms` figure sees. */
  warmScanMs: number;
  asleepScanMs: number;
}

type RunningStatus = "stopped" | "starting" | "running" | "stopping";

interface FirstRead {
  ms: number;
  scanMs: number;
}

/** The extension's worker as the browser reports it: its status, and how often it started. */
class WorkerStatus {
  status: RunningStatus | null = null;
  starts = 0;
  stops = 0;
  private waiters: Array<() => void> = [];

  constructor(cdp: CDPSession, scriptPrefix: string) {
    cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(scriptPrefix)) this.update(version.runningStatus);
      }
    });
  }

  private update(status: RunningStatus): void {
    if (status !== this.status && status === "starting") this.starts += 1;
    if (status !== this.status && status === "stopped") this.stops += 1;
    this.status = status;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** True once the worker reports `status`; false if it has not within `timeoutMs`. */
  async until(status: RunningStatus, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.status !== status) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, left);
      });
    }
    return true;
  }
}

/**
 * `rounds` rounds (the first `warmUp` dropped) of: stop the worker, load `url` (asleep), load it
 * again (warm). Null when no round could be verified.
 */
export async function measureWake(
  context: BrowserContext,
  extensionId: string,
  url: string,
  plan: { rounds: number; warmUp: number; log: (line: string) => void },
): Promise<WakeFigures | null> {
  // A blank tab of its own holds the CDP session that stops the worker and watches it.
  const control = await context.newPage();
  try {
    const cdp = await context.newCDPSession(control);
    const worker = new WorkerStatus(cdp, `chrome-extension://${extensionId}/`);
    await cdp.send("ServiceWorker.enable");
    const warm: FirstRead[] = [];
    const asleep: FirstRead[] = [];
    let dropped = 0;
    for (let round = 0; round < plan.rounds; round += 1) {
      const cold = await asleepLoad(context, cdp, worker, url);
      const hot = cold ? await warmLoad(context, worker, url) : null;
      // A round whose asleep load is dropped does not load the page warm.
      const warmMs = hot?.ms.toFixed(1) ?? (cold ? "dropped" : "skipped");
      const line = `asleep ${cold?.ms.toFixed(1) ?? "dropped"}, warm ${warmMs}`;
      plan.log(`[wake] ${round < plan.warmUp ? "warm-up" : `round ${round}`}: ${line} ms`);
      if (round < plan.warmUp) continue;
      if (!cold || !hot) {
        dropped += 1;
        continue;
      }
      asleep.push(cold);
      warm.push(hot);
    }
    return summarise(warm, asleep, dropped);
  } finally {
    await control.close();
  }
}

/** Stops the worker, checks it stopped, loads the page, checks the load started it again. */
async function asleepLoad(
  context: BrowserContext,
  cdp: CDPSession,
  worker: WorkerStatus,
  url: string,
): Promise<FirstRead | null> {
  if (!(await worker.until("running", 5000))) return null;
  await cdp.send("ServiceWorker.stopAllWorkers");
  if (!(await worker.until("stopped", 5000))) return null;
  const starts = worker.starts;
  const read = await firstRead(context, url);
  const startedOnce = worker.starts === starts + 1 && (await worker.until("running", 5000));
  return read && startedOnce ? read : null;
}

/** Loads the page again; counted only if the worker neither stopped nor started meanwhile. */
async function warmLoad(
  context: BrowserContext,
  worker: WorkerStatus,
  url: string,
): Promise<FirstRead | null> {
  const { starts, stops } = worker;
  if (worker.status !== "running") return null;
  const read = await firstRead(context, url);
  const stayedUp =
    worker.starts === starts && worker.stops === stops && worker.status === "running";
  return read && stayedUp ? read : null;
}

/** A fresh tab: navigation start → highlighted, and scan-start → highlighted. */
async function firstRead(context: BrowserContext, url: string): Promise<FirstRead | null> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    return await readMarks(page);
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

async function readMarks(page: Page): Promise<FirstRead | null> {
  await page.waitForFunction(
    () => performance.getEntriesByName("backstory:highlighted").length > 0,
    null,
    { timeout: 20_000, polling: 50 },
  );
  // Mark times are relative to the page's time origin: its navigation start.
  const marks = await page.evaluate(() => ({
    start: performance.getEntriesByName("backstory:scan-start")[0]?.startTime,
    highlighted: performance.getEntriesByName("backstory:highlighted")[0]?.startTime,
  }));
  if (marks.start === undefined || marks.highlighted === undefined) return null;
  return { ms: marks.highlighted, scanMs: marks.highlighted - marks.start };
}

function summarise(
  warm: readonly FirstRead[],
  asleep: readonly FirstRead[],
  dropped: number,
): WakeFigures | null {
  const warmMs = median(warm.map((read) => read.ms));
  const asleepMs = median(asleep.map((read) => read.ms));
  if (warmMs === null || asleepMs === null) return null;
  const tenth = (value: number) => Math.round(value * 10) / 10;
  return {
    rounds: warm.length,
    dropped,
    warmMs: tenth(warmMs),
    asleepMs: tenth(asleepMs),
    wakeCostMs: tenth(asleepMs - warmMs),
    warmScanMs: tenth(median(warm.map((read) => read.scanMs)) ?? 0),
    asleepScanMs: tenth(median(asleep.map((read) => read.scanMs)) ?? 0),
  };
}
