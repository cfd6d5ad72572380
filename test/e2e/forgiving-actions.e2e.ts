// Forgiving actions and truthful options (issue #15, items 7 and 8): Hide and Wrong entity can
// be undone from a toast, Wrong entity says what the name really is and the options page lists
// it in plain words; invalid values are refused next to the field, never silently dropped.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cardLocator,
  highlightedTexts,
  hoverMention,
  launch,
  openOptions,
  openPage,
  SEED_URL,
  type Session,
} from "./harness";

interface SyncApi {
  chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } };
}

async function storedSync(session: Session): Promise<Record<string, unknown>> {
  const stored = await session.serviceWorker?.evaluate(() =>
    (globalThis as unknown as SyncApi).chrome.storage.sync.get(null),
  );
  return stored ?? {};
}

/** The undo toast, in its own shadow root. */
const toastLocator = (page: Page) => page.locator("[data-backstory-toast] .toast");

async function openCardOf(page: Page, name: string): Promise<void> {
  await hoverMention(page, name);
  await expect.poll(() => cardLocator(page).locator(".name").textContent()).toBe(name);
}

describe("forgiving actions on a card", () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await session.serve(SEED_URL, "seed-xai-fr.html");
    page = await openPage(session, SEED_URL);
  });
  afterAll(() => session?.close());

  it("Hide shows a toast in the page's language; Undo brings the highlight back", async () => {
    await openCardOf(page, "Sequoia Capital");
    await cardLocator(page)
      .getByRole("button", { name: /Masquer ici/ })
      .click();
    const toast = toastLocator(page);
    await expect.poll(() => toast.textContent()).toContain("Sequoia Capital masqué sur");
    expect(await toast.getAttribute("role")).toBe("status");
    await expect.poll(() => highlightedTexts(page)).not.toContain("Sequoia Capital");
    await toast.getByRole("button", { name: "Annuler" }).click();
    await expect.poll(() => highlightedTexts(page)).toContain("Sequoia Capital");
    expect(await toast.count()).toBe(0);
    expect((await storedSync(session))["settings.hiddenNames"]).toEqual([]);
  });

  it("Escape dismisses the toast and keeps the name hidden", async () => {
    await openCardOf(page, "Sequoia Capital");
    await cardLocator(page).getByRole("button", { name: "Masquer partout" }).click();
    await toastLocator(page).waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => toastLocator(page).count()).toBe(0);
    expect((await storedSync(session))["settings.hiddenNames"]).toEqual([
      { entityId: "sequoia-capital", site: null },
    ]);
    const options = await openOptions(session);
    await options.getByText("Sequoia Capital is hidden everywhere").waitFor();
    await options
      .getByRole("button", { name: "Remove Sequoia Capital is hidden everywhere" })
      .click();
    await expect.poll(() => highlightedTexts(page)).toContain("Sequoia Capital");
    await options.close();
  });

  it("Wrong entity asks what the name is; the options page says it in plain words", async () => {
    await openCardOf(page, "Vy Capital");
    await cardLocator(page).getByRole("button", { name: "Mauvaise entité" }).click();
    const chooser = cardLocator(page).locator(".chooser");
    await expect.poll(() => chooser.textContent()).toContain("Que désigne « Vy Capital » ici ?");
    await chooser.getByRole("button", { name: "Autre chose" }).click();
    await expect.poll(() => toastLocator(page).textContent()).toContain("Vy Capital");
    await expect.poll(() => highlightedTexts(page)).not.toContain("Vy Capital");
    const options = await openOptions(session);
    await options
      .getByText("“Vy Capital” on presse-citron.net is not Vy Capital but something else")
      .waitFor();
    await options.close();
  });
});

describe("a name two entities share", () => {
  const url = "https://www.theverge.com/ai/anthropic-claude-sonnet";
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    // Every mention: the short "Amodei" is highlighted too, not only each name's first.
    await session.serviceWorker?.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { set(items: object): Promise<void> } } };
        }
      ).chrome.storage.sync.set({ "settings.density": "all" }),
    );
    await session.serve(url, "corpus/en-anthropic-claude.html");
    page = await openPage(session, url);
  });
  afterAll(() => session?.close());

  it("Wrong entity offers the other one, and the options page names it", async () => {
    await hoverMention(page, "Amodei");
    const card = cardLocator(page);
    await card.locator(".name").waitFor();
    const shown = (await card.locator(".name").textContent()) ?? "";
    const other = shown === "Dario Amodei" ? "Daniela Amodei" : "Dario Amodei";
    await card.getByRole("button", { name: "Wrong entity" }).click();
    const chooser = card.locator(".chooser");
    expect(await chooser.locator("legend").textContent()).toBe("What is “Amodei” here?");
    await chooser.getByRole("button", { name: other }).click();
    await toastLocator(page).waitFor();
    const options = await openOptions(session);
    await options.getByText(`“Amodei” on theverge.com is ${other}, not ${shown}`).waitFor();
    await options.close();
  });
});

describe("options that tell the truth", () => {
  let session: Session;
  let options: Page;
  beforeAll(async () => {
    session = await launch();
    options = await openOptions(session);
  });
  afterAll(() => session?.close());

  it("an invalid hover delay stays on screen with an error next to it, and nothing is stored", async () => {
    const field = options.getByLabel("Hover delay (milliseconds)");
    for (const typed of ["abc", "99999"]) {
      await field.fill(typed);
      expect(await field.inputValue()).toBe(typed);
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      const error = options.locator(`#${await field.getAttribute("aria-describedby")}`);
      expect(await error.textContent()).toContain("from 0 to 3000");
      expect((await storedSync(session))["settings.hoverDelayMs"]).toBeUndefined();
    }
    await field.fill("500");
    await expect.poll(async () => (await storedSync(session))["settings.hoverDelayMs"]).toBe(500);
    expect(await field.getAttribute("aria-invalid")).toBe("false");
  });

  it("says how fresh the facts are and how many entities there are", async () => {
    const line = (await options.locator(".facts-line").textContent()) ?? "";
    expect(line).toMatch(/^Facts checked up to \d{1,2} [A-Z][a-z]+ \d{4} · [\d,]+ entities$/);
  });

  it("lists the built-in news sites", async () => {
    const sites = options.locator(".built-in-sites li");
    expect(await sites.count()).toBeGreaterThan(40);
    expect(await sites.allTextContents()).toContain("presse-citron.net");
  });

  it("'Run on every site' unticks and says why when the browser refuses access", async () => {
    // The browser's prompt cannot be answered here: the refusal is what it answers.
    await options.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } })
        .chrome.permissions;
      api.request = () => Promise.resolve(false);
    });
    const box = options.getByRole("checkbox", { name: /Run on every site/ });
    await box.click();
    await options.getByText("did not grant access to all sites").waitFor();
    expect(await box.isChecked()).toBe(false);
    expect((await storedSync(session))["settings.allSites"]).toBeUndefined();
  });

  it("an import of a file that is not JSON is refused with a message", async () => {
    await options.locator('input[type="file"]').setInputFiles({
      name: "settings.json",
      mimeType: "application/json",
      buffer: Buffer.from("{nope"),
    });
    await expect
      .poll(() => options.getByRole("alert").first().textContent())
      .toBe("This file is not valid JSON.");
  });

  it("an own name that is a built-in one asks first, inside the page", async () => {
    const local = async () =>
      session.serviceWorker?.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.local.get("ownEntities"),
      );
    await options.getByLabel("Name", { exact: true }).fill("Sequoia Capital");
    await options.getByRole("button", { name: "Add", exact: true }).click();
    const question = options.getByText(
      "“Sequoia Capital” is already known as Sequoia Capital. Add yours anyway?",
    );
    await question.waitFor();
    await options.getByRole("button", { name: "Cancel" }).click();
    expect(await question.count()).toBe(0);
    expect(await local()).toEqual({});
    await options.getByRole("button", { name: "Add", exact: true }).click();
    await options.getByRole("button", { name: "Add anyway" }).click();
    await expect
      .poll(async () => JSON.stringify(await local()))
      .toContain('"name":"Sequoia Capital"');
  });

  it("Reset to defaults asks first, keeps own names unless asked, and can be undone", async () => {
    await options.getByRole("radio", { name: "Every mention" }).check();
    await expect.poll(async () => (await storedSync(session))["settings.density"]).toBe("all");
    await options.getByRole("button", { name: "Reset to defaults…" }).click();
    await options.getByRole("button", { name: "Reset", exact: true }).click();
    await expect
      .poll(() => options.getByRole("radio", { name: "First mention of each name" }).isChecked())
      .toBe(true);
    expect((await storedSync(session))["settings.hoverDelayMs"]).toBe(350);
    // Own names stay: the reader did not tick "Also remove your own names".
    await options.getByRole("button", { name: "Remove Sequoia Capital" }).waitFor();
    await options.getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(() => options.getByRole("radio", { name: "Every mention" }).isChecked())
      .toBe(true);
    expect((await storedSync(session))["settings.hoverDelayMs"]).toBe(500);
  });
});
