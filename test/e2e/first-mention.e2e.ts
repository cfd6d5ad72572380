// Chromium: with the default "first mention" density, the one underline of the story's subjects
// is in the article (headline or body), not in the menus, breadcrumb and lists the page shows
// before it; and text the page underlines itself (an underlined heading, a link) shows one
// underline, not the page's plus ours.
import type { Page } from "playwright-core";
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
import { launch, openPage, type Session } from "./harness";
import { underlineBands } from "./underline-bands";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe("first mention in the article (Chromium)", () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await session.serve(FIRST_MENTION_URL, FIRST_MENTION_FIXTURE);
    page = await openPage(session, FIRST_MENTION_URL);
    await page.waitForFunction(`${placesOfHighlighted("Valor Equity Partners")}.length > 0`);
  });
  afterAll(() => session?.close());

  it("underlines the story's subjects in the article, not in the menus named before it", async () => {
    for (const name of ["xAI", "OpenAI", "Nvidia"]) {
      expect(await page.evaluate(placesOfHighlighted(name)), name).toEqual(["article"]);
    }
  });

  it("still underlines a name the article never gives, where the page gives it", async () => {
    expect(await page.evaluate(placesOfHighlighted("Claude"))).toEqual(["aside.most-read"]);
  });

  /** Underlines under a name, and under it once Backstory's highlights are unregistered. */
  async function bandsWithAndWithout(selector: string, text: string): Promise<number[]> {
    const highlighted = await bandsUnder(selector, text);
    await page.evaluate(UNREGISTER_HIGHLIGHTS);
    const plain = await bandsUnder(selector, text, false);
    await page.evaluate(REGISTER_HIGHLIGHTS_AGAIN);
    return [highlighted, plain];
  }

  /** The last box measured: kept while the highlights are unregistered. */
  let clip: Box | null = null;

  async function bandsUnder(selector: string, text: string, find = true): Promise<number> {
    if (find) clip = (await page.evaluate(underlineClip(selector, text, false))) as Box | null;
    if (!clip) throw new Error(`no highlighted "${text}" in ${selector}`);
    await page.evaluate(NEXT_FRAMES);
    return underlineBands(await page.screenshot({ clip }));
  }

  it("shows one underline under a name in an underlined heading and in a link", async () => {
    expect(await bandsWithAndWithout("h1", "xAI")).toEqual([1, 1]);
    expect(await bandsWithAndWithout("a", "Valor Equity Partners")).toEqual([1, 1]);
    // The counter sees a doubled underline: the highlights as they were before.
    await page.evaluate(DECORATE_PLAIN_MENTIONS);
    expect(await bandsUnder("h1", "xAI")).toBe(2);
    expect(await bandsUnder("a", "Valor Equity Partners")).toBe(2);
  });
});
