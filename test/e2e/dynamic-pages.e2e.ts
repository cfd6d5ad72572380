import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HIGHLIGHTED_TEXTS,
  highlightedTexts,
  highlightIsPainted,
  launch,
  openPage,
  type Session,
} from "./harness";

const SITE = "https://www.theverge.com";

/** Density "all" in these tests: every mention counts, so re-rendered copies are visible. */
async function showEveryMention(session: Session) {
  await session.serviceWorker?.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { sync: { set(items: object): Promise<void> } } };
      }
    ).chrome.storage.sync.set({
      "settings.version": 1,
      "settings.density": "all",
    }),
  );
}

describe("pages that change after load", () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await showEveryMention(session);
    await session.serve(`${SITE}/live/funding`, "dynamic/rerender.html");
    await session.serve(`${SITE}/feed`, "dynamic/inserts.html");
    await session.serve(`${SITE}/story`, "dynamic/spa.html");
    await session.serve(`${SITE}/embeds`, "dynamic/shadow-and-frames.html");
  });
  afterAll(() => session?.close());

  it("re-highlights text a framework re-renders, and the framework keeps working", async () => {
    const page = await openPage(session, `${SITE}/live/funding`);
    const renders = await page.evaluate(
      () => (window as unknown as { renderCount: number }).renderCount,
    );
    // Several re-renders later, the fresh copies of the list are highlighted.
    await page.waitForFunction(
      (start) => (window as unknown as { renderCount: number }).renderCount >= start + 3,
      renders,
    );
    await expect
      .poll(
        async () =>
          (await highlightedTexts(page)).filter((text) => text === "Sequoia Capital").length,
      )
      .toBe(1);
    await expect
      .poll(async () => page.evaluate(() => document.querySelector("#app li")?.isConnected))
      .toBe(true);
    const stale = await page.evaluate(() => {
      const ranges: Range[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith("backstory-") && !name.startsWith("backstory-active"))
          ranges.push(...(highlight as Iterable<Range>));
      }
      return ranges.filter((range) => !range.startContainer.isConnected || range.collapsed).length;
    });
    expect(stale).toBe(0);
    await page.getByRole("button", { name: /Like/ }).click();
    await page.getByRole("button", { name: /Like/ }).click();
    expect(await page.locator("#likes").textContent()).toBe("2");
    await page.close();
  });

  it("highlights names in content inserted after load", async () => {
    const page = await openPage(session, `${SITE}/feed`);
    await page.evaluate(() =>
      (window as unknown as { addPost(text: string): void }).addPost(
        "Breaking: Mistral AI partners with Microsoft.",
      ),
    );
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(expect.arrayContaining(["Mistral AI", "Microsoft"]));
    // Read as a change (with the change tools, loaded for it), not the whole page again.
    const failed = await page.evaluate(
      () => performance.getEntriesByName("backstory:change-tools-failed").length,
    );
    expect(failed).toBe(0);
    await page.close();
  });

  it("drops a name's highlight as soon as its text is edited in place, then reads it again", async () => {
    const page = await openPage(session, `${SITE}/live/funding`);
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(["OpenAI"]));
    // Spans are static: one left in the edited node would now cover other characters.
    const leftInEditedNode = await page.evaluate(async () => {
      const text = document.getElementById("intro")?.firstChild as Text;
      text.data = "Updated every few seconds. Nvidia and AMD lead the board this quarter.";
      await Promise.resolve();
      let left = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith("backstory-")) continue;
        for (const span of highlight) if (span.startContainer === text) left += 1;
      }
      return left;
    });
    expect(leftInEditedNode).toBe(0);
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(expect.arrayContaining(["Nvidia", "AMD"]));
    expect(await highlightedTexts(page)).not.toContain("OpenAI");
    await page.close();
  });

  it("tints its highlights once a feed has grown very large, keeping every one", async () => {
    const page = await openPage(session, `${SITE}/feed`);
    const ours = () =>
      page.evaluate(() =>
        [...CSS.highlights.keys()].filter((name) => name.startsWith("backstory-")),
      );
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(["OpenAI", "Nvidia"]));
    expect((await ours()).filter((name) => name.includes("-tint"))).toEqual([]);
    // Scrolled on and on: 10,000 posts of 8 nodes each arrive in batches (80,000 nodes).
    await page.evaluate(async () => {
      const feed = document.getElementById("feed") as HTMLElement;
      for (let batch = 0; batch < 10; batch += 1) {
        const posts = document.createDocumentFragment();
        for (let index = 0; index < 1000; index += 1) {
          const post = document.createElement("article");
          const body = document.createElement("p");
          const by = document.createElement("b");
          by.textContent = "by";
          const who = document.createElement("a");
          who.textContent = "someone";
          body.append(`Post ${batch * 1000 + index} `, by, " ", who);
          post.append(body);
          posts.append(post);
        }
        feed.append(posts);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    // (The active highlight is registered on the first card.)
    await expect
      .poll(ours, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(["backstory-company-tint"]));
    expect((await ours()).filter((name) => !name.includes("-tint"))).toEqual([]);
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(["OpenAI", "Nvidia"]));
    await page.close();
  });

  it("re-scans after a single-page-app navigation", async () => {
    const page = await openPage(session, `${SITE}/story`);
    expect(await highlightedTexts(page)).toContain("ChatGPT");
    await page.locator("#next").click();
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(expect.arrayContaining(["Mistral AI", "Nvidia"]));
    expect(await highlightedTexts(page)).not.toContain("ChatGPT");
    await page.close();
  });

  it("covers open shadow roots and same-origin frames", async () => {
    const page = await openPage(session, `${SITE}/embeds`);
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(expect.arrayContaining(["Anthropic", "Google"]));
    // In the shadow root: painted by the document's rules (Chromium inherits them there).
    expect(await highlightIsPainted(page, "Anthropic")).toBe(true);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame).toBeDefined();
    await expect
      .poll(async () => frame?.evaluate(HIGHLIGHTED_TEXTS))
      .toEqual(expect.arrayContaining(["Microsoft"]));
    await page.close();
  });
});
