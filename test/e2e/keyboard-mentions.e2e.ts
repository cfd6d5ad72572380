// Chromium: the keyboard works like Wikipedia's Page Previews. Tabbing onto a link whose text is
// a mention opens its card after the delay; Escape gives focus back to the link; the previous-
// mention command goes back; with no names on the page the commands say so in a live region.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_MENTION_FIXTURE, FIRST_MENTION_URL } from "./article-mentions";
import { cardLocator, launch, openPage, openPopupFor, runCommand, type Session } from "./harness";

const NO_NAMES_URL = "https://www.theverge.com/2024/5/27/weather-in-lyon";

/** The href of the focused element (a link), or its tag name. */
function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute("href") ?? active?.tagName.toLowerCase() ?? null;
  });
}

describe("the keyboard (Chromium)", () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await session.serve(FIRST_MENTION_URL, FIRST_MENTION_FIXTURE);
    await session.serve(NO_NAMES_URL, "no-names.html");
    page = await openPage(session, FIRST_MENTION_URL);
  });
  afterAll(() => session?.close());

  /** Tabs from the link before the article's "Valor Equity Partners" link onto it. */
  async function tabOntoValor(): Promise<void> {
    await page.keyboard.press("Escape");
    await page.locator('a[href="/anthropic-claude"]').focus();
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("/tag/valor");
  }

  it("opens the card of a mention whose link gets focus, and Escape leaves focus on the link", async () => {
    await tabOntoValor();
    await expect
      .poll(() => cardLocator(page).locator(".name").textContent())
      .toBe("Valor Equity Partners");
    await page.keyboard.press("Escape");
    await expect.poll(() => cardLocator(page).count()).toBe(0);
    expect(await focused(page)).toBe("/tag/valor");
  });

  it("gives focus back to the link after Tab into the card and Escape", async () => {
    await tabOntoValor();
    await cardLocator(page).locator(".name").waitFor();
    await page.keyboard.press("Tab");
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector("[data-backstory-host]")?.shadowRoot?.activeElement !== null,
        ),
      )
      .toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => cardLocator(page).count()).toBe(0);
    expect(await focused(page)).toBe("/tag/valor");
  });

  it("closes the card when focus leaves the link, and opens the next focused mention's", async () => {
    await tabOntoValor();
    await cardLocator(page).locator(".name").waitFor();
    // Back onto the "most read" link, whose "Claude" is highlighted (the article never names it).
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("/anthropic-claude");
    await expect.poll(() => cardLocator(page).locator(".name").textContent()).toBe("Claude");
    // Onward to a link with no name in it: the card closes.
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("/xai-grok-3");
    await expect.poll(() => cardLocator(page).count()).toBe(0);
  });

  it("goes back to the previous mention with the previous-mention command", async () => {
    await page.keyboard.press("Escape");
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await runCommand(session, page, "next-mention");
    await cardLocator(page).locator(".name").waitFor();
    const first = await cardLocator(page).locator(".name").textContent();
    await runCommand(session, page, "next-mention");
    await expect.poll(() => cardLocator(page).locator(".name").textContent()).not.toBe(first);
    await runCommand(session, page, "previous-mention");
    await expect.poll(() => cardLocator(page).locator(".name").textContent()).toBe(first);
  });

  it("says 'No names on this page' in a live region when a command finds none", async () => {
    const plain = await openPage(session, NO_NAMES_URL, { expectHighlights: false });
    const status = () =>
      plain.evaluate(
        () =>
          document
            .querySelector("[data-backstory-host]")
            ?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? null,
      );
    // The content script may still be starting: the command is sent until our live region is there.
    await expect
      .poll(async () => {
        await runCommand(session, plain, "previous-mention").catch(() => undefined);
        return status();
      })
      .not.toBe(null);
    await expect.poll(status).toBe("No names on this page");
    // Nothing of ours in the page's body.
    expect(await plain.evaluate(() => document.body.querySelector("[data-backstory-host]"))).toBe(
      null,
    );
    await plain.close();
  });

  it("lists the keyboard commands and their current keys in the popup", async () => {
    const popup = await openPopupFor(session, page);
    // Collapsed by default, like the connections: one click opens them.
    await popup.locator(".shortcuts summary").click();
    const rows = popup.locator(".shortcuts [data-command]");
    await rows.first().waitFor();
    // The keys are the browser's: Chromium loaded with --load-extension assigns none of the
    // suggested ones, so every row says so.
    const keys = await session.serviceWorker?.evaluate(async () => {
      const { commands } = (globalThis as unknown as { chrome: ChromeCommandsApi }).chrome;
      return Object.fromEntries((await commands.getAll()).map((c) => [c.name, c.shortcut ?? ""]));
    });
    expect(await rows.evaluateAll((items) => items.map((item) => item.textContent))).toEqual(
      ["next-mention", "previous-mention", "toggle-site"].map((name) => {
        const description = {
          "next-mention": "Go to the next name and open its card",
          "previous-mention": "Go to the previous name and open its card",
          "toggle-site": "Switch highlights off or on for the current site",
        }[name];
        return `${description}${keys?.[name] || "Not set"}`;
      }),
    );
    await popup.close();
  });
});

interface ChromeCommandsApi {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
}
