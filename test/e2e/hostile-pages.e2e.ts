// Hostile and broken pages, in Chromium. Each page is opened twice, without and with Backstory,
// and compared: no exception of ours reaches the page's console, the page's own scripts see
// exactly what they see without us, none of our tasks blocks the page for more than 50 ms (on
// the largest pages: nor for longer than the browser takes to paint such highlights for the page
// itself, see `firstHighlightPaintWithout`), and the names in view are highlighted.
//
// Everything is read through the Chrome DevTools Protocol, in the page's main world (what the
// page's scripts see) or in a fresh isolated world (pristine DOM APIs, whatever the page broke),
// so the test's own code never runs through the page's overridden prototypes.
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_RANGE } from "./article-mentions";
import { launch, SEED_URL, type Session } from "./harness";

/** One page of the suite: where it is served, and the names it must show highlighted. */
interface HostilePage {
  url: string;
  fixture: string;
  headers?: Record<string, string>;
  /** Names in the first screen of text, which must be highlighted. */
  names: string[];
  /** Other URLs the page loads (frames), each answered with a fixture. */
  also?: Record<string, string>;
  /** How long the page's own timers run (tickers, churn, late messages); 800 ms by default. */
  settleMs?: number;
}

const PAGES = {
  overrides: {
    url: "https://www.wired.com/story/page-rewrites-dom-prototypes/",
    fixture: "hostile/overrides.html",
    names: ["xAI", "Elon Musk", "Sequoia Capital", "Andreessen Horowitz", "OpenAI", "Microsoft"],
  },
  hugeText: {
    url: "https://www.theverge.com/2025/transcript-10-mb/",
    fixture: "hostile/huge-text-node.html",
    names: ["xAI", "OpenAI", "Elon Musk", "Grok"],
  },
  deepNesting: {
    url: "https://www.engadget.com/5000-levels-deep/",
    fixture: "hostile/deep-nesting.html",
    names: ["xAI", "OpenAI", "Elon Musk", "Sequoia Capital", "Microsoft"],
  },
  manyElements: {
    url: "https://www.axios.com/200000-elements/",
    fixture: "hostile/many-elements.html",
    names: ["xAI", "OpenAI", "Microsoft", "Sequoia Capital"],
  },
  mutating: {
    url: "https://www.cnbc.com/live-ticker/",
    fixture: "hostile/mutating.html",
    settleMs: 3000,
    names: ["xAI", "Elon Musk", "Sequoia Capital", "Andreessen Horowitz"],
  },
  shadowRoots: {
    url: "https://www.zdnet.com/shadow-roots/",
    fixture: "hostile/shadow-roots.html",
    settleMs: 2500,
    names: ["xAI", "Elon Musk", "Sequoia Capital", "Andreessen Horowitz"],
  },
  strictCsp: {
    url: "https://www.ft.com/content/strict-csp",
    fixture: "hostile/strict-csp.html",
    headers: {
      "Content-Security-Policy":
        "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; " +
        "require-trusted-types-for 'script'; trusted-types 'none'",
    },
    names: ["xAI", "Elon Musk", "Sequoia Capital", "OpenAI", "Microsoft"],
  },
  frames: {
    url: "https://www.techcrunch.com/2025/with-frames/",
    fixture: "hostile/with-frames.html",
    also: {
      "https://ads.example-adnetwork.net/slot/1": "hostile/frame.html",
      "https://www.theverge.com/embed/player/42": "hostile/frame.html",
    },
    names: ["xAI", "Elon Musk", "Sequoia Capital", "Andreessen Horowitz"],
  },
  fakeMessages: {
    url: "https://www.reuters.com/technology/fake-messages/",
    fixture: "hostile/fake-messages.html",
    settleMs: 1500,
    names: ["xAI", "Elon Musk", "Sequoia Capital", "Andreessen Horowitz"],
  },
} satisfies Record<string, HostilePage>;

type PageKey = keyof typeof PAGES;

const LONG_TASK_MS = 50;
/** The longest slice slices.ts does not report as long (its LONG_SLICE_MS). */
const SHORT_SLICE_MS = 16;

// Before any page script: a heartbeat in the page's main world that notes every time the main
// thread was blocked for longer than 30 ms, whoever blocked it. The Long Tasks API cannot be
// used: Chromium does not report tasks that run in an extension's isolated world (a 575 ms scan
// of ours showed up in no PerformanceLongTaskTiming entry). Written with functions captured
// before the page runs and without Array.prototype.push: a page here counts every call of those.
const HEARTBEAT_MS = 5;
const BLOCKING_RECORDER = `(() => {
  const blocked = [];
  Object.defineProperty(window, "__backstoryTestBlocked", { value: blocked });
  const now = performance.now.bind(performance);
  const wait = setTimeout.bind(window);
  let last = now();
  const beat = () => {
    const time = now();
    if (time - last > 30 + ${HEARTBEAT_MS}) {
      blocked[blocked.length] = { start: last, duration: time - last - ${HEARTBEAT_MS} };
    }
    last = time;
    wait(beat, ${HEARTBEAT_MS});
  };
  wait(beat, ${HEARTBEAT_MS});
})();`;

/** A stretch of time in which the page's main thread ran nothing else. */
interface LongTask {
  start: number;
  duration: number;
}

/** What one visit of a page saw. */
interface Visit {
  page: Page;
  cdp: CDPSession;
  freshWorld: number;
  /** Uncaught exceptions and console errors, as the page's console shows them. */
  errors: string[];
  /** Console lines of Backstory's own ("[Backstory] …"): it fails soft, but should not fail. */
  ourLines: string[];
}

/** Evaluates `expression` through the protocol, in the main world or in a fresh isolated one. */
async function evaluate<T>(visit: Visit, expression: string, world: "main" | "fresh"): Promise<T> {
  const { result, exceptionDetails } = await visit.cdp.send("Runtime.evaluate", {
    expression,
    returnByValue: true,
    awaitPromise: true,
    ...(world === "fresh" ? { contextId: visit.freshWorld } : {}),
  });
  if (exceptionDetails) {
    throw new Error(`${expression.slice(0, 60)}…: ${exceptionDetails.exception?.description}`);
  }
  return result.value as T;
}

async function openVisit(session: Session, target: HostilePage): Promise<Visit> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  const ourLines: string[] = [];
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.text().includes("[Backstory]")) ourLines.push(message.text());
    else if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  // In front: a background tab's timers are throttled, and the heartbeat would misread that.
  await page.bringToFront();
  await page.goto(target.url, { waitUntil: "load", timeout: 60_000 });
  const cdp = await session.context.newCDPSession(page);
  const { frameTree } = await cdp.send("Page.getFrameTree");
  const { executionContextId } = await cdp.send("Page.createIsolatedWorld", {
    frameId: frameTree.frame.id,
    worldName: "backstory-hostile-test",
  });
  return { page, cdp, freshWorld: executionContextId, errors, ourLines };
}

/** In a fresh world: Backstory's highlighted mentions, with whether each is painted in view. */
const MENTIONS = `(() => {
  const mentions = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith("backstory-") || name.startsWith("backstory-active")) continue;
    for (const span of highlight) {
      const range = ${LIVE_RANGE}(span);
      const rect = range.getClientRects()[0];
      mentions.push({
        text: range.toString(),
        visible: !!rect && rect.width > 0 && rect.height > 0 && rect.top < innerHeight && rect.bottom > 0,
      });
    }
  }
  return mentions;
})()`;

/** In a fresh world: the first scan's start and end (Backstory's performance marks). */
const SCAN_MARKS = `(() => {
  const start = performance.getEntriesByName("backstory:scan-start")[0]?.startTime ?? null;
  const done = performance
    .getEntriesByName("backstory:highlighted")
    .find((mark) => start !== null && mark.startTime >= start)?.startTime ?? null;
  return { start, done };
})()`;

interface Outcome {
  visit: Visit;
  mentions: Array<{ text: string; visible: boolean }>;
  scan: { start: number | null; done: number | null };
  /** Every time the page's main thread was blocked over 30 ms (by the page or by us). */
  longTasks: LongTask[];
  /** What the page's own scripts report (its log, its counters), as JSON. */
  pageState: string;
  /**
   * Backstory's own slices that overran their budget, in ms: each leaves a
   * `backstory:long-slice` measure on the page's timeline (see slices.ts).
   */
  overranSlices: number[];
}

/** Opens a page, lets it and Backstory settle, and reads what happened. */
async function run(session: Session, key: PageKey, extension: boolean): Promise<Outcome> {
  const target: HostilePage = PAGES[key];
  const visit = await openVisit(session, target);
  if (extension) {
    // Backstory has run once its first scan is marked done.
    await expect
      .poll(() => evaluate<{ done: number | null }>(visit, SCAN_MARKS, "fresh"), {
        timeout: 60_000,
        interval: 100,
      })
      .toMatchObject({ done: expect.any(Number) });
  }
  // The page's own timers run on (tickers, churn, late messages): let them finish.
  await visit.page.waitForTimeout(target.settleMs ?? 800);
  const pageState = await evaluate<string>(
    visit,
    `JSON.stringify({
      log: (window.pageLog ?? []).slice().sort(),
      calls: window.hostileCalls ?? null,
      report: typeof window.pageReport === "function" ? window.pageReport() : null,
    })`,
    "main",
  );
  return {
    visit,
    mentions: await evaluate(visit, MENTIONS, "fresh"),
    scan: await evaluate(visit, SCAN_MARKS, "fresh"),
    longTasks: await evaluate(visit, "window.__backstoryTestBlocked ?? []", "main"),
    pageState,
    overranSlices: await evaluate(
      visit,
      `performance.getEntriesByName("backstory:long-slice").map((entry) => Math.round(entry.duration))`,
      "fresh",
    ),
  };
}

/**
 * The main thread's blocking while Backstory read the page: from its first scan's start to just
 * after its highlights were shown, which takes in its slices and the style and paint work our
 * highlights cause. (The read is spread over many tasks: its length alone says nothing.)
 */
function scanBlocking(outcome: Outcome): LongTask[] {
  const { start, done } = outcome.scan;
  if (start === null || done === null) {
    return [{ start: 0, duration: Number.POSITIVE_INFINITY }];
  }
  return outcome.longTasks.filter(
    (task) => task.start < done + 20 && task.start + task.duration > start,
  );
}

function longest(tasks: LongTask[]): number {
  return Math.round(Math.max(0, ...tasks.map((task) => task.duration)));
}

let withBackstory: Session;
let without: Session;
const outcomes = new Map<PageKey, { baseline: Outcome; extension: Outcome }>();

beforeAll(async () => {
  without = await launch({ extension: false });
  withBackstory = await launch();
  for (const session of [without, withBackstory]) {
    await session.context.addInitScript(BLOCKING_RECORDER);
    for (const target of Object.values(PAGES) as HostilePage[]) {
      await session.serve(target.url, target.fixture, target.headers);
      for (const [url, fixture] of Object.entries(target.also ?? {})) {
        await session.serve(url, fixture);
      }
    }
  }
});

afterAll(async () => {
  await withBackstory?.close();
  await without?.close();
});

/** Both runs of a page, made once and shared by its tests. */
async function outcomesOf(key: PageKey) {
  let found = outcomes.get(key);
  if (!found) {
    // One page open at a time, as a reader has: the pages before stop running (the live ticker
    // keeps mutating, the 10 MB page holds its memory) and cannot skew this one's timings.
    for (const earlier of outcomes.values()) {
      if (!earlier.extension.visit.page.isClosed()) await earlier.extension.visit.page.close();
    }
    const baseline = await run(without, key, false);
    await baseline.visit.page.close();
    found = { baseline, extension: await run(withBackstory, key, true) };
    outcomes.set(key, found);
  }
  return found;
}

/** The middle of the first highlighted mention whose text is `text`, in viewport pixels. */
async function mentionPoint(visit: Visit, text: string): Promise<{ x: number; y: number }> {
  const point = await evaluate<{ x: number; y: number } | null>(
    visit,
    `(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith("backstory-")) continue;
        for (const span of highlight) {
          const range = ${LIVE_RANGE}(span);
          if (range.toString() !== ${JSON.stringify(text)}) continue;
          const rect = range.getClientRects()[0];
          if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    })()`,
    "fresh",
  );
  if (!point) throw new Error(`no highlighted "${text}" in view`);
  return point;
}

/** Moves the pointer onto a highlighted mention and waits for its card; returns the card's name. */
async function openCard(visit: Visit, text: string): Promise<string> {
  const point = await mentionPoint(visit, text);
  await visit.page.mouse.move(point.x - 40, point.y - 30);
  await visit.page.mouse.move(point.x, point.y, { steps: 4 });
  const cardName = `document.querySelector("[data-backstory-host]")?.shadowRoot
    ?.querySelector(".card:not([aria-busy]) .name")?.textContent ?? null`;
  await expect
    .poll(() => evaluate<string | null>(visit, cardName, "fresh"), { timeout: 15_000 })
    .not.toBeNull();
  return (await evaluate<string>(visit, cardName, "fresh")) ?? "";
}

/** The four requirements every hostile page is held to (long tasks are checked on their own). */
function checkPage(key: PageKey, extra?: () => void) {
  it("no exception reaches the page's console, and Backstory did not have to fail soft", async () => {
    const { baseline, extension } = await outcomesOf(key);
    expect(extension.visit.errors.sort()).toEqual(baseline.visit.errors.sort());
    expect(extension.visit.ourLines).toEqual([]);
  });

  it("the page's own scripts see exactly what they see without Backstory", async () => {
    const { baseline, extension } = await outcomesOf(key);
    expect(JSON.parse(extension.pageState)).toEqual(JSON.parse(baseline.pageState));
  });

  it("highlights the names in view", async () => {
    const { extension } = await outcomesOf(key);
    const visible = extension.mentions.filter((mention) => mention.visible);
    expect(visible.map((mention) => mention.text)).toEqual(
      expect.arrayContaining(PAGES[key].names),
    );
  });

  extra?.();
}

/** One visit's figure for a timing check, its limit, and what to show when it fails. */
interface Timing {
  ms: number;
  /** This visit's limit, where it is not the test's own. */
  limit?: number;
  detail: string;
}

/**
 * Timings on a 2-core machine are noisy (a garbage collection, another process): a timing whose
 * first visit of the page goes over its limit is measured on two more visits, and the median of
 * the three visits' excess over their limits is what must not be above 0. Returns that excess,
 * and what each visit saw.
 */
async function medianOfVisits(
  key: PageKey,
  measure: (outcome: Outcome) => Promise<Timing> | Timing,
  limit = LONG_TASK_MS,
): Promise<{ excess: number; seen: string }> {
  const excessOf = (timing: Timing) => timing.ms - (timing.limit ?? limit);
  const { extension } = await outcomesOf(key);
  const timings = [await measure(extension)];
  if (excessOf(timings[0] as Timing) > 0) {
    for (let again = 0; again < 2; again += 1) {
      const outcome = await run(withBackstory, key, true);
      timings.push(await measure(outcome));
      await outcome.visit.page.close();
    }
  }
  const excesses = timings.map(excessOf).sort((x, y) => x - y);
  return {
    excess: excesses[Math.floor(excesses.length / 2)] as number,
    seen: timings
      .map(({ ms, detail, limit: own }) => `${ms} ms, limit ${own ?? limit} (${detail})`)
      .join("; "),
  };
}

/**
 * What the browser itself takes to paint highlights like Backstory's the first time, on the page
 * without Backstory: the page's own script registers the names in view (every occurrence, up to
 * 50), tinted as Backstory tints them on the largest pages, and the longest blocking of its main
 * thread that follows is measured. The first paint of a highlight costs more than a repaint
 * (5,000 levels of nesting: Chromium works out the highlight's style down the whole chain).
 */
async function firstHighlightPaintWithout(key: PageKey): Promise<number> {
  const { visit } = await run(without, key, false);
  const tint = "color: rgb(29 78 216); background-color: rgb(29 78 216 / 0.08);";
  await evaluate(
    visit,
    `(() => {
      const style = document.createElement("style");
      style.textContent = ":root::highlight(backstory-test) { ${tint} }";
      document.head.append(style);
    })()`,
    "fresh",
  );
  // The new stylesheet restyles the page: that is not what is measured.
  await visit.page.waitForTimeout(1500);
  const start = await evaluate<number>(
    visit,
    `(() => {
      const names = ${JSON.stringify(PAGES[key].names)};
      const highlight = new Highlight();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node && highlight.size < 50; node = walker.nextNode()) {
        for (const name of names) {
          for (let at = node.data.indexOf(name); at >= 0; at = node.data.indexOf(name, at + 1)) {
            const range = new Range();
            range.setStart(node, at);
            range.setEnd(node, at + name.length);
            highlight.add(range);
          }
        }
      }
      const start = performance.now();
      CSS.highlights.set("backstory-test", highlight);
      return start;
    })()`,
    "fresh",
  );
  await visit.page.waitForTimeout(800);
  const blocked = await blockedSince(visit, start);
  await visit.page.close();
  return longest(blocked);
}

/**
 * What the browser itself takes to paint Backstory's highlights on this page, as they are: they
 * are taken away, then registered again from outside Backstory, and the longest blocking of the
 * page's main thread that follows is measured. Any change to the registered highlights makes
 * Chromium repaint the whole page, and on the largest pages that repaint alone can take more
 * than 50 ms on a slow machine (5,000 levels of nesting: 35-45 ms for one highlight registered
 * by the page itself, 43-59 ms for six, on a machine where Backstory's frame took 52-65 ms).
 */
async function repaintOfHighlights(visit: Visit): Promise<number> {
  // A page's first visit is closed once the next page is opened: its limit stays at 50 ms, and
  // the two visits after it are measured.
  if (visit.page.isClosed()) return 0;
  const start = await evaluate<number>(
    visit,
    `new Promise((done) => {
      const ours = [...CSS.highlights].filter(([name]) => name.startsWith("backstory-"));
      for (const [name] of ours) CSS.highlights.delete(name);
      setTimeout(() => {
        const start = performance.now();
        for (const [name, highlight] of ours) CSS.highlights.set(name, highlight);
        done(start);
      }, 500);
    })`,
    "fresh",
  );
  await visit.page.waitForTimeout(500);
  return longest(await blockedSince(visit, start));
}

/** Every stretch the page's main thread was blocked that ended after `start`. */
async function blockedSince(visit: Visit, start: number): Promise<LongTask[]> {
  const blocked = await evaluate<LongTask[]>(visit, "window.__backstoryTestBlocked", "main");
  return blocked.filter((task) => task.start + task.duration > start);
}

function checkLongTasks(key: PageKey) {
  it(`no task of Backstory's runs over ${LONG_TASK_MS} ms, nor over what the page's own first highlights cost where that is longer`, async () => {
    const { baseline } = await outcomesOf(key);
    const show = (tasks: LongTask[]) =>
      tasks.map((task) => `${Math.round(task.start)}+${Math.round(task.duration)}`).join(", ");
    const { excess, seen } = await medianOfVisits(key, async (outcome) => {
      const blocked = scanBlocking(outcome);
      const { start, done } = outcome.scan;
      const ms = longest(blocked);
      // Over 50 ms, the limit is what the browser needs to paint such highlights, if more, after
      // the slice of ours that registered them (the page sees the two as one stretch).
      const repaint = ms > LONG_TASK_MS ? await firstHighlightPaintWithout(key) : 0;
      return {
        ms,
        limit: Math.max(LONG_TASK_MS, repaint && repaint + SHORT_SLICE_MS),
        detail:
          `read ${Math.round(start ?? 0)}–${Math.round(done ?? 0)} ms; ` +
          `main thread blocked around it: ${show(blocked)}; ` +
          `all blocking with Backstory: ${show(outcome.longTasks)}` +
          (repaint ? `; the page painting such highlights itself: ${repaint} ms` : ""),
      };
    });
    expect(excess, `${seen}; without Backstory: ${show(baseline.longTasks)}`).toBeLessThanOrEqual(
      0,
    );
  });
}

/**
 * Backstory's own work on a page, whatever the browser's frames cost: every slice that overran
 * its budget leaves a `backstory:long-slice` measure on the page's timeline (see slices.ts).
 */
function checkOwnSlices(key: PageKey) {
  it(`no slice of Backstory's own work runs over ${LONG_TASK_MS} ms`, async () => {
    const { excess, seen } = await medianOfVisits(key, ({ overranSlices }) => ({
      ms: Math.max(0, ...overranSlices),
      detail: `slices over their budget: ${overranSlices.join(", ") || "none"}`,
    }));
    expect(excess, seen).toBeLessThanOrEqual(0);
  });
}

describe("a page that overrides DOM prototypes and globals (Array.prototype.map, appendChild, CSS…)", () => {
  checkPage("overrides", () => {
    it("still opens a card, without touching anything the page overrode", async () => {
      const { extension } = await outcomesOf("overrides");
      const before = await evaluate<string>(
        extension.visit,
        "JSON.stringify(window.hostileCalls)",
        "main",
      );
      expect(await openCard(extension.visit, "Sequoia Capital")).toBe("Sequoia Capital");
      const after = await evaluate<string>(
        extension.visit,
        "JSON.stringify(window.hostileCalls)",
        "main",
      );
      expect(JSON.parse(after)).toEqual(JSON.parse(before));
    });
  });
  checkLongTasks("overrides");
});

describe("a page with 5,000 levels of nesting", () => {
  checkPage("deepNesting");
});

describe("a page whose DOM changes every few milliseconds", () => {
  checkPage("mutating", () => {
    it("sees no element of Backstory's in its <body>", async () => {
      const { extension } = await outcomesOf("mutating");
      const report = JSON.parse(extension.pageState).report;
      expect(report).toEqual({ made: 400, foreign: 0, shown: 30 });
    });
  });
  checkLongTasks("mutating");
});

describe("a page that opens and closes shadow roots", () => {
  checkPage("shadowRoots");
  checkLongTasks("shadowRoots");
});

describe("a page with a strict Content-Security-Policy (Trusted Types included)", () => {
  checkPage("strictCsp", () => {
    it("opens a card", async () => {
      const { extension } = await outcomesOf("strictCsp");
      expect(await openCard(extension.visit, "Sequoia Capital")).toBe("Sequoia Capital");
      expect(extension.visit.errors).toEqual([]);
    });
  });
  checkLongTasks("strictCsp");
});

describe("a page with frames from other origins", () => {
  checkPage("frames", () => {
    it("leaves frames of other origins alone: no highlight and no element of Backstory's in them", async () => {
      const { extension } = await outcomesOf("frames");
      const frames = extension.visit.page.frames().filter((frame) => frame.parentFrame());
      expect(frames).toHaveLength(2);
      for (const frame of frames) {
        const traces = await frame.evaluate(() => ({
          highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith("backstory")),
          hosts: document.querySelectorAll("[data-backstory-host]").length,
        }));
        expect(traces).toEqual({ highlights: [], hosts: 0 });
      }
      // The page and its frames still talk to each other.
      expect(JSON.parse(extension.pageState).log).toHaveLength(2);
    });
  });
  checkLongTasks("frames");
});

describe("a page that posts messages and events that look like Backstory's", () => {
  checkPage("fakeMessages", () => {
    it("changes nothing: highlights stay on, settings stay as they were", async () => {
      const { extension } = await outcomesOf("fakeMessages");
      expect(extension.mentions.length).toBeGreaterThan(0);
      const stored = await withBackstory.serviceWorker?.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { storage: { sync: { get(keys: null): Promise<object> } } };
          }
        ).chrome.storage.sync.get(null),
      );
      expect(stored).toEqual({});
      // The page cannot reach the extension at all.
      expect(JSON.parse(extension.pageState).log).toContain("round 0: runtime unreachable");
    });
  });
  checkLongTasks("fakeMessages");
});

describe("a page holding one 10 MB text node", () => {
  checkPage("hugeText");
});

describe("a page with 200,000 elements", () => {
  checkPage("manyElements");
});

describe("pages that change after load, and pages that go after the card", () => {
  // The largest pages: the read is spread over slices of a few milliseconds, highlights are
  // added near the viewport first, the rest in idle time. Two checks each: Backstory's own slices
  // (its performance measures), and every stretch the page's main thread was blocked while we
  // read and painted, the browser's frames included (the heartbeat). Measured here with
  // test/bench/profile-page.ts: the frame that paints the highlights (and takes in the card's
  // host) costs 17–20 ms on 200,000 elements, 37 ms at 5,000 levels (where any DOM change
  // repaints 5,000 levels: the host in a later frame cost a second one); a card's frame on
  // 200,000 elements 26–41 ms. Chromium's one text capture after load (35–45 ms on 200,000
  // elements) gets a frame of its own before the read starts: painted together with the
  // highlights, that frame took 53–60 ms.
  describe("no long task on the largest pages", () => {
    describe("5,000 levels of nesting", () => {
      checkOwnSlices("deepNesting");
      checkLongTasks("deepNesting");
    });
    describe("one 10 MB text node", () => {
      checkOwnSlices("hugeText");
      checkLongTasks("hugeText");
    });
    describe("200,000 elements", () => {
      checkOwnSlices("manyElements");
      checkLongTasks("manyElements");
      it("opens a card, adding no task over 50 ms to what the same pointer moves cost without Backstory (or its highlights' repaint)", async () => {
        const { extension } = await outcomesOf("manyElements");
        const blockedWhile = async (visit: Visit, move: () => Promise<unknown>) => {
          // What is measured is the pointer's cost: first let the page, the browser's own work
          // after load and the closing of the page visited before (on 2 cores) settle.
          await visit.page.waitForTimeout(1500);
          const since = await evaluate<number>(visit, "performance.now()", "fresh");
          await move();
          await visit.page.waitForTimeout(300);
          return blockedSince(visit, since);
        };
        // The same pointer moves over the same page without Backstory: the page's own hover cost.
        const point = await mentionPoint(extension.visit, "Sequoia Capital");
        const baseline = await run(without, "manyElements", false);
        const theirs = await blockedWhile(baseline.visit, async () => {
          await baseline.visit.page.mouse.move(point.x - 40, point.y - 30);
          await baseline.visit.page.mouse.move(point.x, point.y, { steps: 4 });
        });
        await baseline.visit.page.close();
        const limit = Math.max(LONG_TASK_MS, longest(theirs));
        const { excess, seen } = await medianOfVisits(
          "manyElements",
          async ({ visit }) => {
            const ours = await blockedWhile(visit, async () => {
              expect(await openCard(visit, "Sequoia Capital")).toBe("Sequoia Capital");
            });
            const ms = longest(ours);
            // The card marks its mention with a highlight: the page is repainted (see
            // `repaintOfHighlights`), and that repaint is the browser's own cost.
            const repaint = ms > limit ? await repaintOfHighlights(visit) : 0;
            return {
              ms,
              limit: Math.max(limit, repaint),
              detail:
                JSON.stringify(ours) +
                (repaint ? `; the browser's repaint of the same highlights: ${repaint} ms` : ""),
            };
          },
          limit,
        );
        expect(
          excess,
          `with Backstory: ${seen}; without: ${JSON.stringify(theirs)}`,
        ).toBeLessThanOrEqual(0);
      });
    });
  });

  it("a name the page adds after load is highlighted", async () => {
    const { extension } = await outcomesOf("mutating");
    expect(extension.mentions.map((mention) => mention.text)).toEqual(
      expect.arrayContaining(["OpenAI", "Microsoft"]),
    );
  });

  it("a name inside an open shadow root is highlighted", async () => {
    const { extension } = await outcomesOf("shadowRoots");
    expect(extension.mentions.map((mention) => mention.text)).toEqual(
      expect.arrayContaining(["OpenAI", "Microsoft"]),
    );
  });

  // The card shows public facts, so a page reading it learns nothing it could not look up; what
  // matters is that it cannot act for the user. Its shadow root stays open for assistive tools.
  it("a page cannot press the card's buttons", async () => {
    const page = await withBackstory.context.newPage();
    await withBackstory.serve(SEED_URL, "seed-xai-fr.html");
    await page.goto(SEED_URL);
    const cdp = await withBackstory.context.newCDPSession(page);
    const { frameTree } = await cdp.send("Page.getFrameTree");
    const { executionContextId } = await cdp.send("Page.createIsolatedWorld", {
      frameId: frameTree.frame.id,
    });
    const visit: Visit = { page, cdp, freshWorld: executionContextId, errors: [], ourLines: [] };
    await expect
      .poll(() => evaluate<{ done: number | null }>(visit, SCAN_MARKS, "fresh"))
      .toMatchObject({ done: expect.any(Number) });
    await openCard(visit, "Sequoia Capital");
    // The page's own script, in its main world: find the card and press "Hide everywhere".
    const seen = await evaluate<string | null>(
      visit,
      `(() => {
        const root = document.querySelector("[data-backstory-host]")?.shadowRoot;
        if (!root) return null;
        root.querySelectorAll(".actions button")[1]?.click();
        return root.textContent;
      })()`,
      "main",
    );
    await page.waitForTimeout(500);
    const stored = await withBackstory.serviceWorker?.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { get(keys: string): Promise<object> } } };
        }
      ).chrome.storage.sync.get("settings.hiddenNames"),
    );
    // Undo what the page did, for the tests after this one.
    await withBackstory.serviceWorker?.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { remove(key: string): Promise<void> } } };
        }
      ).chrome.storage.sync.remove("settings.hiddenNames"),
    );
    await page.close();
    expect(stored, "a page hid a name everywhere by clicking the card's button").toEqual({});
    expect(seen, "the page found the card").not.toBeNull();
  });

  it("a page that defines <backstory-root> itself never gets Backstory's element", async () => {
    const url = "https://www.lemonde.fr/pixels/custom-element-trap/";
    await withBackstory.serve(url, "hostile/custom-element-trap.html");
    const visit = await openVisit(withBackstory, { url, fixture: "", names: [] });
    await expect
      .poll(() => evaluate<{ done: number | null }>(visit, SCAN_MARKS, "fresh"))
      .toMatchObject({ done: expect.any(Number) });
    await openCard(visit, "Sequoia Capital");
    const log = await evaluate<string[]>(visit, "window.pageLog", "main");
    await visit.page.close();
    expect(log).toEqual([]);
  });
});
