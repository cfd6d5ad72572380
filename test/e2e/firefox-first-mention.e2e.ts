// Firefox: the first-mention and one-underline checks of first-mention.e2e.ts, in firefox-esr.
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DECORATE_PLAIN_MENTIONS,
  FIRST_MENTION_FIXTURE,
  FIRST_MENTION_URL,
  NEXT_FRAMES,
  placesOfHighlighted,
  REGISTER_HIGHLIGHTS_AGAIN,
  UNREGISTER_HIGHLIGHTS,
  underlineClip,
} from "./article-mentions";
import { launchFirefox, openFixture } from "./firefox-harness";
import { underlineBands } from "./underline-bands";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe("first mention in the article (Firefox)", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchFirefox();
    page = await openFixture(browser, FIRST_MENTION_URL, FIRST_MENTION_FIXTURE);
    await page.waitForFunction(`${placesOfHighlighted("Valor Equity Partners")}.length > 0`, {
      timeout: 15_000,
    });
  });
  afterAll(() => browser?.close());

  it("underlines the story's subjects in the article, not in the menus named before it", async () => {
    for (const name of ["xAI", "OpenAI", "Nvidia"]) {
      expect(await page.evaluate(placesOfHighlighted(name)), name).toEqual(["article"]);
    }
    expect(await page.evaluate(placesOfHighlighted("Claude"))).toEqual(["aside.most-read"]);
  });

  /** The last box measured (document pixels: Puppeteer's clip), kept while highlights are off. */
  let clip: Box | null = null;

  async function bandsUnder(selector: string, text: string, find = true): Promise<number> {
    if (find) clip = (await page.evaluate(underlineClip(selector, text, true))) as Box | null;
    if (!clip) throw new Error(`no highlighted "${text}" in ${selector}`);
    await page.evaluate(NEXT_FRAMES);
    return underlineBands(await page.screenshot({ clip }));
  }

  async function bandsWithAndWithout(selector: string, text: string): Promise<number[]> {
    const highlighted = await bandsUnder(selector, text);
    await page.evaluate(UNREGISTER_HIGHLIGHTS);
    const plain = await bandsUnder(selector, text, false);
    await page.evaluate(REGISTER_HIGHLIGHTS_AGAIN);
    return [highlighted, plain];
  }

  it("shows one underline under a name in an underlined heading and in a link", async () => {
    expect(await bandsWithAndWithout("h1", "xAI")).toEqual([1, 1]);
    expect(await bandsWithAndWithout("a", "Valor Equity Partners")).toEqual([1, 1]);
    await page.evaluate(DECORATE_PLAIN_MENTIONS);
    expect(await bandsUnder("h1", "xAI")).toBe(2);
    expect(await bandsUnder("a", "Valor Equity Partners")).toBe(2);
  });
});
