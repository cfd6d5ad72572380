import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cardLocator,
  highlightedTexts,
  launch,
  openPage,
  runCommand,
  SEED_URL,
  type Session,
} from "./harness";

const FORMS_URL = "https://www.theverge.com/2025/openai-microsoft-deal";

describe("a page with Backstory on it still works as its author made it", () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await session.serve(SEED_URL, "seed-xai-fr.html");
    await session.serve(FORMS_URL, "forms-and-editing.html");
    page = await openPage(session, SEED_URL);
  });
  afterAll(() => session?.close());

  it("selecting and copying highlighted text gives the original text", async () => {
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const selected = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll("p")].find((p) =>
        p.textContent?.includes("Vy Capital"),
      );
      if (!paragraph) return null;
      getSelection()?.selectAllChildren(paragraph);
      return getSelection()?.toString() ?? null;
    });
    expect(selected).toContain(
      "Valor Equity Partner, Vy Capital, Andreessen Horowitz, Sequoia Capital",
    );
    await page.keyboard.press("Control+C");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(selected?.trim());
  });

  it("find-in-page still finds highlighted words", async () => {
    const found = await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      return (window as unknown as { find(text: string): boolean }).find("Sequoia Capital");
    });
    expect(found).toBe(true);
  });

  it("leaves the page no live Range to keep up to date: its highlights are static spans", async () => {
    // The browser updates every live Range on each change to the page: hundreds of them made a
    // feed's own re-render of its timestamps 6.5 times slower (see span-geometry.ts).
    const kinds = await page.evaluate(() => {
      const seen = new Set<string>();
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith("backstory-")) continue;
        for (const span of highlight) seen.add(span.constructor.name);
      }
      return [...seen];
    });
    expect(kinds).toEqual(["StaticRange"]);
  });

  it("leaves form fields, editable regions and code alone", async () => {
    const forms = await openPage(session, FORMS_URL);
    const texts = await highlightedTexts(forms);
    expect(texts).toEqual(expect.arrayContaining(["OpenAI", "Microsoft", "Elon Musk", "xAI"]));
    // Only the article's names: none from the input, textarea, select, editor or code block.
    expect(texts).not.toContain("Sequoia Capital");
    expect(texts).not.toContain("Apple");
    expect(texts).not.toContain("Grok");
    expect(texts.filter((text) => text === "OpenAI")).toHaveLength(1);

    await forms.locator("#editor").click();
    await forms.keyboard.press("End");
    await forms.keyboard.type(" And Mistral AI.");
    expect(await forms.locator("#editor").textContent()).toBe(
      "Draft: xAI and Grok deserve a longer look. And Mistral AI.",
    );
    await forms.locator("#body").fill("Anthropic and Google too.");
    await forms.getByRole("button", { name: "Send" }).click();
    expect(await forms.locator("#sent").textContent()).toBe("Anthropic and Google too.");
    await forms.close();
  });

  it("works on a page with a strict Content-Security-Policy", async () => {
    const url = "https://www.wired.com/story/xai-strict-csp/";
    await session.serve(url, "seed-xai-fr.html", {
      "Content-Security-Policy": "default-src 'none'; style-src 'none'; script-src 'none'",
    });
    const strict = await openPage(session, url);
    expect(await highlightedTexts(strict)).toContain("Sequoia Capital");
    await strict.close();
  });

  it("moves through mentions from the keyboard, with focus in the card, and Escape gives focus back", async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await runCommand(session, page, "next-mention");
    await expect.poll(() => cardLocator(page).locator(".name").textContent()).toBe("xAI");
    const focusedInCard = await page.evaluate(
      () => document.querySelector("[data-backstory-host]")?.shadowRoot?.activeElement?.className,
    );
    expect(focusedInCard).toBe("card");
    await runCommand(session, page, "next-mention");
    await expect.poll(() => cardLocator(page).locator(".name").textContent()).toBe("Grok");
    await page.keyboard.press("Escape");
    await expect.poll(() => cardLocator(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });
});
