import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchFirefox, openFixture } from "./firefox-harness";
import { SEED_URL } from "./harness";

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
    const texts = await page.evaluate(() => {
      const ranges: Range[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith("backstory-") && name !== "backstory-active")
          ranges.push(...(highlight as Iterable<Range>));
      }
      return ranges.map((range) => range.toString());
    });
    expect(texts).toEqual(
      expect.arrayContaining(["xAI", "Elon Musk", "Sequoia Capital", "Alwaleed Bin Talal"]),
    );
  });

  it("opens a card on hover", async () => {
    const point = await page.evaluate(() => {
      const highlight = CSS.highlights.get("backstory-investor") as Iterable<Range> | undefined;
      const range = [...(highlight ?? [])].find((r) => r.toString() === "Sequoia Capital");
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move((point?.x ?? 0) - 30, (point?.y ?? 0) - 20);
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0, { steps: 4 });
    const name = await page.waitForFunction(
      () =>
        document
          .querySelector("backstory-root")
          ?.shadowRoot?.querySelector(".card:not([aria-busy]) .name")?.textContent,
      { timeout: 10_000 },
    );
    expect(await name.jsonValue()).toBe("Sequoia Capital");
  });
});
