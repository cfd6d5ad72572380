// Drives the built extension in Debian's Chromium through playwright-core. Fixtures are served
// by intercepting realistic news URLs inside the browser: no network, no local web server.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { CHROMIUM_PATH } from "./chromium-path";

export const EXTENSION_DIR = resolve("dist/chrome");
export const FIXTURES_DIR = resolve("test/fixtures");

/** The seed article, at the kind of address a reader would open it from. */
export const SEED_URL = "https://www.presse-citron.net/xai-leve-6-milliards-de-dollars-grok/";

/** The entities the seed article names, by dataset id. */
export const SEED_ENTITY_IDS = [
  "xai",
  "elon-musk",
  "grok",
  "x-premium-plus",
  "x",
  "valor-equity-partners",
  "vy-capital",
  "andreessen-horowitz",
  "sequoia-capital",
  "fidelity-management-and-research",
  "alwaleed-bin-talal",
  "openai",
  "microsoft",
  "apple",
];

export interface Session {
  context: BrowserContext;
  /** Null in a session launched without the extension. */
  extensionId: string | null;
  serviceWorker: Worker | null;
  /** Answer `url` with a fixture file from test/fixtures (and extra response headers). */
  serve(url: string, fixture: string, headers?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extension?: boolean;
  /** A profile to reuse (to test what survives a restart); a fresh temporary one by default. */
  userDataDir?: string;
  headless?: boolean;
  /** The unpacked extension to load; `dist/chrome` by default (the benchmark loads a snapshot). */
  extensionDir?: string;
  /** Other unpacked extensions loaded beside it (the benchmark's no-op control). */
  alsoLoad?: string[];
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const withExtension = options.extension ?? true;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), "backstory-e2e-"));
  const ownsProfile = options.userDataDir === undefined;
  const args = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--lang=en-US",
  ];
  if (withExtension) {
    const extensionDirs = [options.extensionDir ?? EXTENSION_DIR, ...(options.alsoLoad ?? [])];
    const list = extensionDirs.join(",");
    args.push(`--disable-extensions-except=${list}`, `--load-extension=${list}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? process.env.HEADED !== "1",
    args,
    ignoreDefaultArgs: ["--disable-extensions"],
    viewport: { width: 1200, height: 900 },
  });
  // Nothing reaches the network: whatever no test serves is refused.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("chrome-extension://") || url.startsWith("data:")) return route.continue();
    return route.abort("internetdisconnected");
  });

  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (withExtension) {
    serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
    extensionId = new URL(serviceWorker.url()).host;
  }

  const session: Session = {
    context,
    extensionId,
    serviceWorker,
    async serve(url, fixture, headers = {}) {
      const body = readFileSync(join(FIXTURES_DIR, fixture));
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers, body }),
      );
    },
    async close() {
      await context.close();
      if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Opens a served page and waits until the content script has had its chance to run. */
export async function openPage(
  session: Session,
  url: string,
  options: { expectHighlights?: boolean } = {},
): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: "load" });
  if (session.extensionId && (options.expectHighlights ?? true)) {
    await page.waitForFunction(
      () => [...CSS.highlights.keys()].some((name) => name.startsWith("backstory-")),
      null,
      { timeout: 10_000 },
    );
  }
  return page;
}

/**
 * In the page: every range Backstory highlights as a mention (one highlight per entity type,
 * all named backstory-*, besides backstory-active), in document order.
 */
function mentionRangesInPage(): Range[] {
  const ranges: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith("backstory-") || name.startsWith("backstory-active")) continue;
    // Backstory's spans are StaticRanges: live ones have the text and geometry the tests read.
    // A span whose text the page took out is not drawn (it waits for the read of the change).
    for (const span of highlight) {
      if (!span.startContainer.isConnected) continue;
      const range = document.createRange();
      range.setStart(span.startContainer, span.startOffset);
      range.setEnd(span.endContainer, span.endOffset);
      ranges.push(range);
    }
  }
  // Ranges in different trees (a shadow root's and the document's) cannot be compared: they
  // keep the order the highlights list them in.
  // (No named inner functions here: this function is sent to the page as text, and tsx's
  // keep-names helper would not exist there.)
  return ranges.sort((a, b) => {
    try {
      return a.compareBoundaryPoints(Range.START_TO_START, b);
    } catch {
      return 0;
    }
  });
}

/**
 * In a page (or frame), as text for `evaluate`: every highlighted mention as a live Range, in
 * document order (see `mentionRangesInPage`).
 */
export const MENTION_RANGES = `(${mentionRangesInPage.toString()})()`;

/** In a page, as text for `evaluate`: the text of every highlighted mention, in document order. */
export const HIGHLIGHTED_TEXTS = `${MENTION_RANGES}.map((range) => range.toString())`;

/** The text of every highlighted mention, in document order. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(HIGHLIGHTED_TEXTS) as Promise<string[]>;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Scrolls the first highlighted mention whose text is `text` to the middle of the view and
 * returns its first line's box, in viewport pixels (or document pixels: `fromDocument`).
 */
async function scrollToMention(
  page: { evaluate(expression: string): Promise<unknown> },
  text: string,
  fromDocument = false,
): Promise<Box> {
  const box = (await page.evaluate(`((wanted, fromDocument) => {
    const range = ${MENTION_RANGES}.find((r) => r.toString() === wanted);
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: "center" });
    const rect = range.getClientRects()[0];
    if (!rect) return null;
    const x = rect.left + (fromDocument ? scrollX : 0);
    const y = rect.top + (fromDocument ? scrollY : 0);
    return { x, y, width: rect.width, height: rect.height };
  })(${JSON.stringify(text)}, ${fromDocument})`)) as Box | null;
  if (!box) throw new Error(`no highlighted mention "${text}" on the page`);
  return box;
}

/** Moves the pointer onto the first highlighted mention whose text is `text`. */
export async function hoverMention(page: Page, text: string): Promise<void> {
  const box = await scrollToMention(page, text);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(point.x - 40, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** What `highlightIsPainted` needs of a page: Playwright's and Puppeteer's both have it. */
interface PaintablePage {
  evaluate(expression: string): Promise<unknown>;
  screenshot(options: { clip: Box }): Promise<Uint8Array>;
}

/**
 * Whether the browser paints the highlight of the first mention whose text is `text`: the
 * pixels around it, underline included, differ once Backstory's highlights are unregistered
 * (and they are registered again after). Registered highlights alone prove nothing: a rule that
 * matches no element paints nothing.
 */
export async function highlightIsPainted(
  page: PaintablePage,
  text: string,
  /** Where the screenshot's clip is measured from: Puppeteer's is the document, Playwright's the viewport. */
  clipFrom: "viewport" | "document" = "viewport",
): Promise<boolean> {
  const box = await scrollToMention(page, text, clipFrom === "document");
  // Around the text, with room below it for an underline.
  const clip = { x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 8 };
  const nextFrames =
    "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))";
  await page.evaluate(nextFrames);
  const highlighted = Buffer.from(await page.screenshot({ clip }));
  await page.evaluate(`(() => {
    window.__backstoryTestSaved = [...CSS.highlights].filter(([name]) => name.startsWith("backstory-"));
    for (const [name] of window.__backstoryTestSaved) CSS.highlights.delete(name);
  })()`);
  await page.evaluate(nextFrames);
  const plain = Buffer.from(await page.screenshot({ clip }));
  await page.evaluate(`(() => {
    for (const [name, highlight] of window.__backstoryTestSaved) CSS.highlights.set(name, highlight);
  })()`);
  return !highlighted.equals(plain);
}

/** The open card's root element (inside Backstory's shadow root). */
export function cardLocator(page: Page) {
  return page.locator("[data-backstory-host] .card");
}

/** Opens the whole card in place ("More"), as a reader does for everything past the preview. */
export async function expandCard(page: Page): Promise<void> {
  const more = cardLocator(page).locator(".more");
  await more.waitFor();
  if ((await more.getAttribute("aria-expanded")) !== "true") await more.click();
  await cardLocator(page).locator('.more[aria-expanded="true"]').waitFor();
}

/** The id of the tab showing `page`: the active one once the page is brought to front. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const worker = session.serviceWorker;
  if (!worker) throw new Error("this session has no extension");
  return activeTabId(worker, page);
}

/** `tabIdOf` for whoever holds the extension's service worker (the benchmark, say). */
export async function activeTabId(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  // Without the "tabs" permission the worker cannot read tab URLs: it asks for the active tab.
  const id = await worker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

interface ChromeTabsApi {
  tabs: { query(filter: object): Promise<Array<{ id?: number }>> };
}

/** The text of the toolbar button's badge on the tab of `page`. */
export async function badgeTextOf(session: Session, page: Page): Promise<string> {
  const tabId = await tabIdOf(session, page);
  return (session.serviceWorker as Worker).evaluate(async (id) => {
    const { action } = (globalThis as unknown as { chrome: ChromeActionApi }).chrome;
    return action.getBadgeText({ tabId: id });
  }, tabId);
}

interface ChromeActionApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** The toolbar popup, opened as a page that summarises the tab of `page`. */
export async function openPopupFor(session: Session, page: Page): Promise<Page> {
  const tabId = await tabIdOf(session, page);
  const popup = await session.context.newPage();
  await popup.goto(
    `chrome-extension://${session.extensionId}/src/pages/popup/index.html?tabId=${tabId}`,
  );
  return popup;
}

/** The options page, opened in a tab of its own. */
export async function openOptions(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/pages/options/index.html`);
  await page.locator("h1").waitFor();
  return page;
}

/** Runs a keyboard command's handler in the background (headless Chromium cannot press one). */
export async function runCommand(session: Session, page: Page, command: string): Promise<void> {
  await page.bringToFront();
  await session.serviceWorker?.evaluate(async (name) => {
    const run = (globalThis as unknown as { backstoryRunCommand(name: string): Promise<void> })
      .backstoryRunCommand;
    await run(name);
  }, command);
}

/** Waits until the page shows `count` highlighted mentions (settings apply asynchronously). */
export async function waitForHighlightCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction(`(${mentionRangesInPage.toString()})().length === ${count}`, null, {
    timeout: 10_000,
  });
}

/**
 * Runs axe-core in a page and returns its violations (none is the goal). `include` limits the
 * check to some elements (and their shadow trees), e.g. `["[data-backstory-host]"]` for the card.
 */
export async function axeViolations(
  page: Page,
  include?: string[],
): Promise<Array<{ id: string; help: string; nodes: number; targets: string[] }>> {
  const source = readFileSync(resolve("node_modules/axe-core/axe.min.js"), "utf8");
  // Evaluated through the protocol, which extension pages' CSP does not govern.
  if (!(await page.evaluate("typeof axe === 'object'")))
    await page.evaluate(`${source}\n;undefined`);
  return page.evaluate(async (selectors) => {
    const axe = (globalThis as unknown as { axe: { run(context?: object): Promise<AxeResults> } })
      .axe;
    const results = await axe.run(selectors ? { include: selectors.map((s) => [s]) } : undefined);
    return results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, include ?? null);
}

interface AxeResults {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>;
}
