import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchFirefox, openExtensionPage, openFixture, openPopupForUrl } from "./firefox-harness";
import {
  HIGHLIGHTED_TEXTS,
  highlightIsPainted,
  MENTION_RANGES,
  SEED_ENTITY_IDS,
  SEED_URL,
} from "./harness";

describe("the Firefox build in firefox-esr", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchFirefox();
    page = await openFixture(browser, SEED_URL, "seed-xai-fr.html");
    await page.waitForFunction(() => CSS.highlights.has("backstory-company"), { timeout: 15_000 });
  });
  afterAll(() => browser?.close());

  it("highlights the seed article's names", async () => {
    const texts = await page.evaluate(HIGHLIGHTED_TEXTS);
    expect(texts).toEqual(
      expect.arrayContaining(["xAI", "Elon Musk", "Sequoia Capital", "Alwaleed Bin Talal"]),
    );
  });

  it("highlights a name the page writes after load, with the change tools loaded for it", async () => {
    const changing = await openFixture(browser, SEED_URL, "seed-xai-fr.html");
    await changing.waitForFunction(() => CSS.highlights.has("backstory-company"), {
      timeout: 15_000,
    });
    await changing.evaluate(() => {
      const paragraph = document.createElement("p");
      paragraph.textContent = "Anthropic lève aussi des fonds.";
      (document.querySelector("article") ?? document.body).append(paragraph);
    });
    await changing.waitForFunction(`${HIGHLIGHTED_TEXTS}.includes("Anthropic")`, {
      timeout: 15_000,
    });
    // A failed load of the change tools leaves a mark (and reads the page again in full).
    const failed = await changing.evaluate(
      () => performance.getEntriesByName("backstory:change-tools-failed").length,
    );
    expect(failed).toBe(0);
    await changing.close();
    await page.bringToFront();
  });

  it("reads a large page as it is shown: a name far below is highlighted once scrolled to", async () => {
    const blog = await openFixture(
      browser,
      "https://www.theguardian.com/technology/live/ai-funding-week",
      "large-page-as-shown.html",
    );
    await blog.waitForFunction(`${HIGHLIGHTED_TEXTS}.includes("xAI")`, { timeout: 15_000 });
    expect(await blog.evaluate(HIGHLIGHTED_TEXTS)).not.toContain("Sequoia Capital");
    await blog.evaluate(() =>
      document.getElementById("updates")?.children[3000]?.scrollIntoView({ block: "center" }),
    );
    await blog.waitForFunction(`${HIGHLIGHTED_TEXTS}.includes("Sequoia Capital")`, {
      timeout: 15_000,
    });
    await blog.close();
    await page.bringToFront();
  });

  it("paints the highlights it registers", async () => {
    expect(await highlightIsPainted(page, "Sequoia Capital", "document")).toBe(true);
  });

  // Firefox gives a shadow tree's text only the shadow tree's own highlight rules: the shadow
  // root gets a copy of ours, loaded for it (shadow-rules-bundle.ts).
  it("paints a mention inside a web component's shadow tree", async () => {
    const quoted = await openFixture(
      browser,
      "https://www.theguardian.com/uk/weather/reports#shadow",
      "large-page-glance.html",
    );
    await quoted.waitForFunction(`${HIGHLIGHTED_TEXTS}.includes("Sequoia Capital")`, {
      timeout: 15_000,
    });
    await quoted.waitForFunction(
      () => (document.querySelector("news-quote")?.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0,
      { timeout: 15_000 },
    );
    expect(await highlightIsPainted(quoted, "Sequoia Capital", "document")).toBe(true);
    await quoted.close();
    await page.bringToFront();
  });

  it("opens a card on hover", async () => {
    const point = (await page.evaluate(`(() => {
      const range = ${MENTION_RANGES}.find((r) => r.toString() === "Sequoia Capital");
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    })()`)) as { x: number; y: number } | null;
    expect(point).not.toBeNull();
    await page.mouse.move((point?.x ?? 0) - 30, (point?.y ?? 0) - 20);
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0, { steps: 4 });
    const name = await page.waitForFunction(
      () =>
        document
          .querySelector("[data-backstory-host]")
          ?.shadowRoot?.querySelector(".card:not([aria-busy]) .name")?.textContent,
      { timeout: 10_000 },
    );
    expect(await name.jsonValue()).toBe("Sequoia Capital");
  });

  it("lists the page's entities in the toolbar popup, grouped by type", async () => {
    const popup = await openPopupForUrl(browser, SEED_URL);
    await popup.waitForSelector(".entities [data-entity-id]", { timeout: 10_000 });
    const ids = await popup.$$eval(".entities [data-entity-id]", (items) =>
      items.map((item) => item.getAttribute("data-entity-id")),
    );
    expect(new Set(ids)).toEqual(new Set(SEED_ENTITY_IDS));
    const investors = await popup.$$eval(
      '.entity-group[data-type="investor"] [data-entity-id]',
      (items) => items.length,
    );
    expect(investors).toBe(5);
    await popup.close();
  });

  it("opens the options page under the extension's strict CSP", async () => {
    const options = await openExtensionPage(browser, "src/pages/options/index.html");
    const heading = await options.waitForSelector("h1", { timeout: 10_000 });
    expect(await heading?.evaluate((element) => element.textContent)).toBeTruthy();
    await options.close();
  });
});
