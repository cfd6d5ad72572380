// Matching runs in the background (src/background/page-reads.ts): what a page sees when the
// service worker sleeps between two reads, and on a page with no text at all.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  badgeTextOf,
  cardLocator,
  highlightedTexts,
  hoverMention,
  launch,
  openPage,
  openPopupFor,
  runCommand,
  type Session,
} from "./harness";

const ARTICLE = "https://www.lemonde.fr/pixels/article/xai-levee-de-fonds.html";
const BLANK = "https://www.lemonde.fr/pixels/article/vide.html";
const LARGE = "https://www.theguardian.com/uk/weather/reports";
const LIVE_BLOG = "https://www.theguardian.com/technology/live/ai-funding-week";
/** What the live blog names on its first screen, and what only far below it. */
const FIRST_SCREEN = ["xAI", "Elon Musk"];
const FAR_BELOW = ["Sequoia Capital", "Andreessen Horowitz"];

/** Backstory's own warnings in the page's console (it logs there only when it fails soft). */
function backstoryWarnings(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("[Backstory]")) seen.push(message.text());
  });
  page.on("pageerror", (error) => seen.push(String(error)));
  return seen;
}

/**
 * Stops the extension's service worker, as the browser does when it has been idle, and waits
 * until the browser reports it stopped (it does not sleep by itself here: the test's DevTools
 * connection keeps it up). Returns the statuses the browser reports for it from then on, until
 * `stopWatching()`.
 */
async function putBackgroundToSleep(
  session: Session,
): Promise<{ since: string[]; stopWatching(): Promise<void> }> {
  const control = await session.context.newPage();
  const cdp = await session.context.newCDPSession(control);
  const ours = `chrome-extension://${session.extensionId}/`;
  let status = "unknown";
  const since: string[] = [];
  cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(ours) || version.runningStatus === status) continue;
      status = version.runningStatus;
      since.push(status);
    }
  });
  await cdp.send("ServiceWorker.enable");
  await expect.poll(() => status, { timeout: 5000 }).toBe("running");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await expect.poll(() => status, { timeout: 5000 }).toBe("stopped");
  since.length = 0;
  return {
    since,
    async stopWatching() {
      await cdp.detach();
      await control.close();
    },
  };
}

describe("matching in the background", () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await session.serve(ARTICLE, "seed-xai-fr.html");
    await session.serve(BLANK, "empty-body.html");
    await session.serve(LARGE, "large-page-glance.html");
    await session.serve(LIVE_BLOG, "large-page-as-shown.html");
  });
  afterAll(() => session?.close());

  it("reads a change after the service worker slept: the page sends its text again", async () => {
    const page = await openPage(session, ARTICLE);
    const warnings = backstoryWarnings(page);
    const before = await highlightedTexts(page);
    expect(before).not.toContain("Anthropic");
    await (await putBackgroundToSleep(session)).stopWatching();
    // The port to the sleeping background is gone; the next read opens a new one.
    // A change inside one paragraph: only that block is read again and sent.
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll("p");
      paragraphs[paragraphs.length - 1]?.append(" Anthropic, rival de xAI, lève aussi des fonds.");
    });
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain("Anthropic");
    // The names found before are still there: the whole page was matched again, not only the
    // new paragraph (whose name needs the page's context to count).
    const after = await highlightedTexts(page);
    for (const name of new Set(before)) expect(after).toContain(name);
    expect(warnings).toEqual([]);
  });

  // The cards of the page's names come in idle time after the read (prefetched-cards.ts): a card
  // opened after the worker slept is drawn at once, without waking it.
  it("opens a card from the facts fetched ahead, with the service worker asleep", async () => {
    const page = await openPage(session, ARTICLE);
    const warnings = backstoryWarnings(page);
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByName("backstory:cards-prefetched").length),
      )
      .toBe(1);
    const worker = await putBackgroundToSleep(session);
    await hoverMention(page, "Sequoia Capital");
    const card = cardLocator(page);
    await expect.poll(() => card.locator(".name").textContent()).toBe("Sequoia Capital");
    expect((await card.locator(".summary").textContent())?.length ?? 0).toBeGreaterThan(40);
    // Nor did anything else of the card (its code, the page's date) need the worker.
    await page.waitForTimeout(300);
    expect(worker.since).toEqual([]);
    await worker.stopWatching();
    expect(warnings).toEqual([]);
  });

  it("does nothing on a page with no text, and says nothing", async () => {
    const page = await openPage(session, BLANK, { expectHighlights: false });
    const warnings = backstoryWarnings(page);
    await page.waitForTimeout(1500);
    expect(await highlightedTexts(page)).toEqual([]);
    const ours = await page.evaluate(
      () => document.querySelectorAll("[data-backstory-host]").length,
    );
    expect(ours).toBe(0);
    expect(warnings).toEqual([]);
  });

  // A large page is first glanced at (src/content/glance.ts): its text is copied in a few native
  // calls and the background only says whether any name may be in it.
  it("glances at a large page that names no one, highlights nothing, and still sees a name added later", async () => {
    const page = await openPage(session, `${LARGE}#late`, { expectHighlights: false });
    const warnings = backstoryWarnings(page);
    await page.waitForTimeout(500);
    expect(await highlightedTexts(page)).toEqual([]);
    await expect
      .poll(() => highlightedTexts(page), { timeout: 10_000 })
      .toEqual(["Elon Musk", "xAI", "Sequoia Capital", "Andreessen Horowitz"]);
    expect(warnings).toEqual([]);
  });

  it("sees a name on a large page that is only inside a custom element's open shadow root", async () => {
    const page = await openPage(session, `${LARGE}#shadow`, { expectHighlights: false });
    await expect
      .poll(() => highlightedTexts(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(["xAI", "Sequoia Capital"]));
  });

  // A large page that names someone is read as it is shown (src/content/shown-parts.ts): what
  // is near the viewport at once, the rest as the reader scrolls to it or asks for all of it.
  describe("a large page, read as it is shown", () => {
    it("highlights the names near the viewport at once, and the others as the reader scrolls to them", async () => {
      const page = await openPage(session, LIVE_BLOG);
      const warnings = backstoryWarnings(page);
      await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(FIRST_SCREEN));
      await page.waitForTimeout(500);
      const atLoad = await highlightedTexts(page);
      for (const name of FAR_BELOW) expect(atLoad).not.toContain(name);
      await page.evaluate(() =>
        document.getElementById("updates")?.children[3000]?.scrollIntoView({ block: "center" }),
      );
      await expect
        .poll(() => highlightedTexts(page))
        .toEqual(expect.arrayContaining([...FIRST_SCREEN, "Sequoia Capital"]));
      expect(await highlightedTexts(page)).not.toContain("Andreessen Horowitz");
      expect(warnings).toEqual([]);
    });

    it("reads the rest when the popup opens: it lists every name on the page", async () => {
      const page = await openPage(session, LIVE_BLOG);
      const popup = await openPopupFor(session, page);
      for (const id of ["xai", "elon-musk", "sequoia-capital", "andreessen-horowitz"]) {
        await popup.locator(`[data-entity-id="${id}"]`).waitFor({ timeout: 10_000 });
      }
      await popup.close();
      expect(await highlightedTexts(page)).toEqual(
        expect.arrayContaining([...FIRST_SCREEN, ...FAR_BELOW]),
      );
    });

    it("counts on the toolbar badge with a '+' until the rest is read", async () => {
      const page = await openPage(session, LIVE_BLOG);
      await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(FIRST_SCREEN));
      // xAI, Elon Musk and Colossus near the top; more names below, not read yet.
      await expect.poll(() => badgeTextOf(session, page)).toBe("3+");
      const popup = await openPopupFor(session, page);
      await popup.locator('[data-entity-id="andreessen-horowitz"]').waitFor({ timeout: 10_000 });
      await popup.close();
      await expect.poll(() => badgeTextOf(session, page)).toBe("5");
    });

    it("reads the rest for the keyboard commands: 'previous mention' from the top goes to the last", async () => {
      const page = await openPage(session, LIVE_BLOG);
      await runCommand(session, page, "previous-mention");
      await expect
        .poll(() =>
          page.evaluate(() => {
            const last = document.getElementById("updates")?.lastElementChild;
            const box = last?.getBoundingClientRect();
            return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
          }),
        )
        .toBe(true);
      expect(await highlightedTexts(page)).toContain("Andreessen Horowitz");
    });
  });
});
