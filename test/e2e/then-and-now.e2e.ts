import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cardLocator,
  expandCard,
  hoverMention,
  launch,
  openPage,
  openPopupFor,
  type Session,
} from "./harness";

// The seed article as a news site serves it, with the dates such a page carries: published
// 27 May 2024 in its meta tags, JSON-LD and dateline.
const DATED_URL = "https://www.presse-citron.net/2024/05/27/xai-leve-6-milliards-de-dollars-grok/";

describe("a card on an article written in May 2024", () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await launch();
    await session.serve(DATED_URL, "seed-xai-fr-dated.html");
    page = await openPage(session, DATED_URL);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("shows xAI as it was when the article was written, then what changed since", async () => {
    await hoverMention(page, "xAI");
    const card = cardLocator(page);
    await expect.poll(() => card.locator(".name").textContent()).toBe("xAI");
    const then = card.locator(".then");
    await expect
      .poll(() => then.locator("h3").textContent())
      .toBe("Quand cet article a été écrit — 27 mai 2024");
    // The valuation of the May 2024 round, not today's.
    const thenText = (await then.textContent()) ?? "";
    expect(thenText).toContain("24 milliards $US");
    expect(thenText).not.toContain("250 milliards");
    // The preview: then and the latest change, in one card height with its header in view.
    expect(await card.locator(".since li").count()).toBeGreaterThan(0);
    expect((await card.boundingBox())?.height).toBeLessThanOrEqual(440);
    expect(
      await card.locator(".body").evaluate((body) => body.scrollHeight <= body.clientHeight),
    ).toBe(true);
    await expandCard(page);
    // Later rounds and changes, newest first, each with its date and source.
    const changes = await card.locator(".since li").allTextContents();
    expect(changes.length).toBeGreaterThan(0);
    // The round named as the French press names it, on this French page.
    expect(changes.join("\n")).toMatch(/Série E : 20 milliards \$US/);
    expect(changes.join("\n")).not.toMatch(/Series E/);
    const years = changes.map((line) => Number(/\b(20\d\d)\b/.exec(line)?.[1]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(await card.locator(".since li .source").count()).toBe(changes.length);
    // Then first, today's facts after.
    const headings = await card.locator("h3").allTextContents();
    expect(headings.findIndex((heading) => heading.startsWith("Quand cet article"))).toBeLessThan(
      headings.indexOf("Aujourd’hui"),
    );
  });

  it("shows Sequoia and Elon Musk as they were then too, with later ties under Since then", async () => {
    await page.mouse.move(2, 2);
    await hoverMention(page, "Sequoia Capital");
    const card = cardLocator(page);
    await expect.poll(() => card.locator(".name").textContent()).toBe("Sequoia Capital");
    await expandCard(page);
    // Its leader in May 2024, and the change of November 2025 after it.
    expect(await card.locator(".then").textContent()).toContain("Roelof Botha");
    expect((await card.locator(".since li").allTextContents()).join("\n")).toMatch(/Alfred Lin/);
    // Its tie to xAI as of the article: the May 2024 round, not the later ones.
    const xai = card.locator('.relations li[data-entity-id="xai"]');
    expect(await xai.textContent()).toContain("mai 2024");
    expect(await xai.textContent()).not.toContain("décembre 2024");

    await page.mouse.move(2, 2);
    await hoverMention(page, "Elon Musk");
    await expect.poll(() => card.locator(".name").textContent()).toBe("Elon Musk");
    expect(await card.locator(".then h3").textContent()).toBe(
      "Quand cet article a été écrit — 27 mai 2024",
    );
  });

  it("says in the popup when the page was published, and switches cards to today's facts first", async () => {
    const popup = await openPopupFor(session, page);
    await expect
      .poll(() => popup.locator(".page-date").textContent())
      .toBe("Published 27 May 2024 (from the page’s meta tags).");
    await popup.locator('input[name="facts-as-of"][value="today"]').check();
    await popup.close();
    // Settings apply to pages opened from now on.
    const later = await openPage(session, DATED_URL);
    await hoverMention(later, "xAI");
    const card = cardLocator(later);
    await expandCard(later);
    await expect.poll(() => card.locator(".then").count()).toBe(1);
    const headings = await card.locator("h3").allTextContents();
    expect(headings).toContain("Aujourd’hui");
    expect(headings.indexOf("Aujourd’hui")).toBeLessThan(
      headings.findIndex((heading) => heading.startsWith("Quand cet article")),
    );
  });
});
