// The card is a preview (issue #15): on real articles it was never tuned on, the default card of
// the story's main company fits one card height with its header in view, without scrolling, and
// with few enough links to read at a glance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardLocator, hoverMention, launch, openPage, type Session } from "./harness";
import { PREVIEW_ARTICLES } from "./preview-articles";

describe("the default card of a story's main company", () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    for (const article of PREVIEW_ARTICLES) await session.serve(article.url, article.fixture);
  });
  afterAll(() => session?.close());

  for (const article of PREVIEW_ARTICLES) {
    it(`is a preview on ${article.fixture}: ≤ 10 links, ≤ 440 px, header in view`, async () => {
      const page = await openPage(session, article.url);
      await hoverMention(page, article.company);
      const card = cardLocator(page);
      await expect.poll(() => card.locator(".name").textContent()).toBe(article.company);
      await card.locator(".summary:not(.loading)").waitFor();
      expect(await card.locator("a[href]").count()).toBeLessThanOrEqual(10);
      const box = await card.boundingBox();
      expect(box?.height).toBeLessThanOrEqual(440);
      const header = await card.locator("header").boundingBox();
      expect(
        header && box && header.y >= box.y && header.y + header.height <= box.y + box.height,
      ).toBe(true);
      expect(
        await card.locator(".body").evaluate((body) => body.scrollHeight <= body.clientHeight),
      ).toBe(true);
      await page.close();
    });
  }
});
