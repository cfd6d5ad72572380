// Firefox: the card-preview checks of card-preview.e2e.ts, in firefox-esr. On the same held-out
// articles the main company's default card has at most 10 links, is at most 440 px tall with
// its header inside it, and its body does not scroll.
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchFirefox, openFixture } from "./firefox-harness";
import { MENTION_RANGES } from "./harness";
import { PREVIEW_ARTICLES } from "./preview-articles";

interface CardMeasure {
  name: string | null;
  links: number;
  height: number;
  headerInside: boolean;
  bodyScrolls: boolean;
}

describe("the default card of a story's main company (Firefox)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox();
  });
  afterAll(() => browser?.close());

  for (const article of PREVIEW_ARTICLES) {
    it(`is a preview on ${article.fixture}: ≤ 10 links, ≤ 440 px, header in view`, async () => {
      const page = await openFixture(browser, article.url, article.fixture);
      await page.waitForFunction(() => CSS.highlights.has("backstory-company"), {
        timeout: 15_000,
      });
      const point = (await page.evaluate(`(() => {
        const company = ${JSON.stringify(article.company)};
        const range = ${MENTION_RANGES}.find((r) => r.toString() === company);
        const rect = range?.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      })()`)) as { x: number; y: number } | null;
      expect(point, article.company).not.toBeNull();
      await page.mouse.move((point?.x ?? 0) - 30, (point?.y ?? 0) - 20);
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0, { steps: 4 });
      const measured = await page.waitForFunction(
        () => {
          const card = document
            .querySelector("[data-backstory-host]")
            ?.shadowRoot?.querySelector(".card:not([aria-busy])");
          if (!card?.querySelector(".summary:not(.loading)")) return null;
          const box = card.getBoundingClientRect();
          const header = card.querySelector("header")?.getBoundingClientRect();
          const body = card.querySelector(".body");
          return {
            name: card.querySelector(".name")?.textContent ?? null,
            links: card.querySelectorAll("a[href]").length,
            height: box.height,
            headerInside: !!header && header.top >= box.top && header.bottom <= box.bottom,
            bodyScrolls: !!body && body.scrollHeight > body.clientHeight,
          };
        },
        { timeout: 10_000 },
      );
      const card = (await measured.jsonValue()) as CardMeasure;
      expect(card.name).toBe(article.company);
      expect(card.links).toBeLessThanOrEqual(10);
      expect(card.height).toBeLessThanOrEqual(440);
      expect(card.headerInside).toBe(true);
      expect(card.bodyScrolls).toBe(false);
      await page.close();
    });
  }
});
