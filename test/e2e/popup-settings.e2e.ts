import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  cardLocator,
  highlightedTexts,
  launch,
  openOptions,
  openPage,
  openPopupFor,
  runCommand,
  SEED_URL,
  type Session,
  waitForHighlightCount,
} from "./harness";

const SEED_NAME_COUNT = 14;

/** What Backstory has left in a page: nothing at all once it is switched off. */
async function backstoryTraces(page: Page) {
  return page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith("backstory")),
    hosts: document.querySelectorAll("[data-backstory-host]").length,
    sheets: document.adoptedStyleSheets.length,
  }));
}

describe("the popup", () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await session.serve(SEED_URL, "seed-xai-fr.html");
    page = await openPage(session, SEED_URL);
  });
  afterAll(() => session?.close());

  it("groups the page's entities by type with their mention counts", async () => {
    const popup = await openPopupFor(session, page);
    const investors = popup.locator('.entity-group[data-type="investor"] [data-entity-id]');
    await expect.poll(() => investors.count()).toBe(5);
    const xai = popup.locator('[data-entity-id="xai"] .count');
    // Every mention is counted, though only the first is highlighted by default.
    expect(Number.parseInt((await xai.textContent()) ?? "", 10)).toBeGreaterThanOrEqual(6);
    await popup.close();
  });

  it("lists each connection between the page's names once, collapsed, sourced and clickable", async () => {
    const popup = await openPopupFor(session, page);
    const connections = popup.locator("details.connections");
    await connections.waitFor();
    expect(await connections.getAttribute("open")).toBeNull();
    await connections.locator("summary").click();
    const lines = connections.locator(".relations [data-relation]");
    const edges = await lines.evaluateAll((items) =>
      items.map((item) => item.getAttribute("data-relation")),
    );
    expect(new Set(edges).size, "one line per pair").toBe(edges.length);
    const sequoia = connections.locator('[data-relation="sequoia-capital xai"]');
    // Two rounds, one line: "Sequoia Capital invested in xAI · May 2024, December 2024 — Source".
    expect(await sequoia.textContent()).toMatch(/invested in xAI · May 2024, December 2024/);
    expect(await connections.locator('[data-relation="elon-musk xai"]').textContent()).toContain(
      "founded and leads xAI",
    );
    for (const line of await lines.all()) {
      expect(await line.locator(".source").count(), "each line names its source").toBe(1);
    }
    // The list opens with the story's main names.
    expect(edges.slice(0, 3).some((edge) => edge?.includes("xai"))).toBe(true);
    await sequoia.getByRole("button", { name: "Sequoia Capital" }).click();
    await expect
      .poll(() => cardLocator(page).locator(".name").textContent())
      .toBe("Sequoia Capital");
    await page.keyboard.press("Escape");
    await popup.close();
  });

  it("fits one screen: at most 600 px tall at 400 px wide", async () => {
    const popup = await openPopupFor(session, page);
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.locator(".entity-group").first().waitFor();
    const height = await popup.evaluate(() => document.body.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(600);
    // Every type on the page shows its colour beside its name: the legend.
    const swatches = await popup.locator(".entity-group .swatch").count();
    expect(swatches).toBe(await popup.locator(".entity-group").count());
    await popup.close();
  });

  it("shows one effective state: a site switched off reads off, whatever the page switch", async () => {
    const popup = await openPopupFor(session, page);
    await popup.getByRole("radio", { name: "Off on presse-citron.net" }).check();
    await waitForHighlightCount(page, 0);
    await expect
      .poll(() => popup.locator(".state-reason").textContent())
      .toContain("presse-citron.net");
    await popup.getByRole("radio", { name: "On", exact: true }).check();
    await waitForHighlightCount(page, SEED_NAME_COUNT);
    await popup.close();
  });

  it("shows an entity in the page and opens its card when clicked", async () => {
    const popup = await openPopupFor(session, page);
    await popup.locator('[data-entity-id="vy-capital"] button').click();
    await expect.poll(() => cardLocator(page).locator(".name").textContent()).toBe("Vy Capital");
    await page.keyboard.press("Escape");
    await popup.close();
  });

  it("has no accessibility violations", async () => {
    const popup = await openPopupFor(session, page);
    await popup.locator(".entity-group").first().waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});

describe("switches that stick", () => {
  let profile: string;
  let session: Session | null = null;
  beforeAll(() => {
    profile = mkdtempSync(join(tmpdir(), "backstory-profile-"));
  });
  afterEach(async () => {
    await session?.close();
    session = null;
  });
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  async function start() {
    session = await launch({ userDataDir: profile });
    await session.serve(SEED_URL, "seed-xai-fr.html");
    return session;
  }

  it("the site switch removes every highlight, listener and element, and survives a reload", async () => {
    const browser = await start();
    const page = await openPage(browser, SEED_URL);
    const popup = await openPopupFor(browser, page);
    await popup.getByRole("radio", { name: "Off on presse-citron.net" }).check();
    await waitForHighlightCount(page, 0);
    expect(await backstoryTraces(page)).toEqual({ highlights: [], hosts: 0, sheets: 0 });
    await page.reload();
    await page.waitForTimeout(500);
    expect(await backstoryTraces(page)).toEqual({ highlights: [], hosts: 0, sheets: 0 });
  });

  it("stays off after a browser restart with the same profile, and the command turns it back on", async () => {
    const browser = await start();
    const page = await openPage(browser, SEED_URL, { expectHighlights: false });
    await page.waitForTimeout(500);
    expect((await backstoryTraces(page)).hosts).toBe(0);
    await runCommand(browser, page, "toggle-site");
    await waitForHighlightCount(page, SEED_NAME_COUNT);
    await runCommand(browser, page, "toggle-site");
    await waitForHighlightCount(page, 0);
    await runCommand(browser, page, "toggle-site");
    await waitForHighlightCount(page, SEED_NAME_COUNT);
  });
});

describe("filters and the options page", () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await session.serve(SEED_URL, "seed-xai-fr.html");
  });
  afterAll(() => session?.close());

  it("a type filter removes that type's highlights", async () => {
    const page = await openPage(session, SEED_URL);
    const popup = await openPopupFor(session, page);
    await popup.getByRole("checkbox", { name: "Investors" }).uncheck();
    await waitForHighlightCount(page, SEED_NAME_COUNT - 5);
    expect(await highlightedTexts(page)).not.toContain("Sequoia Capital");
    await popup.getByRole("checkbox", { name: "Investors" }).check();
    await waitForHighlightCount(page, SEED_NAME_COUNT);
    await popup.close();
  });

  it("density 'every mention' highlights each occurrence", async () => {
    const page = await openPage(session, SEED_URL);
    const popup = await openPopupFor(session, page);
    await popup.getByRole("radio", { name: "Every mention" }).check();
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(30);
    expect(
      (await highlightedTexts(page)).filter((text) => text === "xAI").length,
    ).toBeGreaterThanOrEqual(6);
    await popup.getByRole("radio", { name: "First mention of each name" }).check();
    await waitForHighlightCount(page, SEED_NAME_COUNT);
    await popup.close();
  });

  it("an own entity is highlighted like a bundled one", async () => {
    const options = await openOptions(session);
    await options.getByLabel("Name", { exact: true }).fill("Gigafactory of Compute");
    await options.getByLabel("Note").fill("Musk's name for the planned supercomputer");
    await options.getByRole("button", { name: "Add" }).click();
    await expect
      .poll(() => options.locator(".removable li").allTextContents())
      .toContainEqual(expect.stringContaining("Gigafactory of Compute"));
    await session.serve("https://www.presse-citron.net/gigafactory/", "own-entity-page.html");
    const page = await openPage(session, "https://www.presse-citron.net/gigafactory/");
    expect(await highlightedTexts(page)).toContain("Gigafactory of Compute");
    await options.close();
  });

  it("a bad import is refused with a message and changes nothing", async () => {
    const options = await openOptions(session);
    await options.getByRole("radio", { name: "Every mention" }).check();
    const before = await session.serviceWorker?.evaluate(() => chrome.storage.sync.get(null));
    const bad = JSON.stringify({
      format: "backstory-settings",
      version: 1,
      settings: { enabled: false, density: "first", hoverDelayMs: "soon" },
    });
    await options.locator('input[type="file"]').setInputFiles({
      name: "settings.json",
      mimeType: "application/json",
      buffer: Buffer.from(bad),
    });
    await expect
      .poll(() => options.getByRole("alert").textContent())
      .toContain("settings.hoverDelayMs");
    const after = await session.serviceWorker?.evaluate(() => chrome.storage.sync.get(null));
    expect(after).toEqual(before);
    expect(after?.["settings.density"]).toBe("all");
    await options.close();
  });

  it("has no accessibility violations on the options page", async () => {
    const options = await openOptions(session);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});

declare const chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } };
