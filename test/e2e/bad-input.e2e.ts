// Bad input, nothing lost: hand-edited or corrupted storage, a settings file from a future
// version and 10 MB of junk offered as an import. Each gets defaults where needed and a clear
// message, and nothing else the user has is lost or rewritten.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  highlightedTexts,
  launch,
  openOptions,
  SEED_URL,
  type Session,
  waitForHighlightCount,
} from "./harness";

interface StorageApi {
  chrome: {
    storage: Record<
      "sync" | "local",
      {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      }
    >;
  };
}

async function stored(session: Session) {
  return session.serviceWorker?.evaluate(async () => {
    const { storage } = (globalThis as unknown as StorageApi).chrome;
    return { sync: await storage.sync.get(null), local: await storage.local.get(null) };
  });
}

/** What a user's hand edit (or a storage bug) might leave behind, valid parts among the bad. */
const CORRUPTED = {
  sync: {
    "settings.version": "banana",
    "settings.density": "all",
    "settings.types": { person: "yes", alien: true },
    "settings.hoverDelayMs": -5,
    "settings.openOn": null,
    "settings.disabledSites": ["not a host", 42, "example.org"],
    "settings.hiddenNames": [{ entityId: "apple", site: null }, { entityId: 7 }, "grok"],
  },
  local: {
    ownEntities: [{ name: "Gigafactory of Compute" }, "junk", { name: 5 }],
  },
};

describe("corrupted or hand-edited storage", () => {
  let session: Session;
  let page: Page;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    session = await launch();
    await session.serviceWorker?.evaluate(async (items) => {
      const { storage } = (globalThis as unknown as StorageApi).chrome;
      await storage.sync.set(items.sync);
      await storage.local.set(items.local);
    }, CORRUPTED);
    await session.serve(SEED_URL, "seed-xai-fr.html");
    page = await session.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(SEED_URL);
  });
  afterAll(() => session?.close());

  it("keeps every valid setting and uses defaults for the rest: the page is highlighted", async () => {
    // "all" (every mention) was valid and is kept; the hidden "apple" was valid and is kept.
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(14);
    const texts = await highlightedTexts(page);
    expect(texts).toEqual(expect.arrayContaining(["xAI", "Elon Musk", "Sequoia Capital"]));
    expect(texts).not.toContain("Apple");
    expect(pageErrors).toEqual([]);
  });

  it("the options page shows the valid values and the defaults, without an error", async () => {
    const options = await openOptions(session);
    await expect
      .poll(() => options.getByRole("radio", { name: "Every mention" }).isChecked())
      .toBe(true);
    expect(await options.getByRole("alert").count()).toBe(0);
    await options.close();
  });

  it("rewrites nothing it was not asked to: the stored values stay as the user left them", async () => {
    expect(await stored(session)).toEqual(CORRUPTED);
  });

  it("a change the user makes is saved without losing the rest", async () => {
    const options = await openOptions(session);
    await options.getByRole("radio", { name: "First mention of each name" }).check();
    await waitForHighlightCount(page, 13);
    const after = await stored(session);
    expect(after?.sync["settings.density"]).toBe("first");
    expect(after?.sync["settings.hiddenNames"]).toEqual(CORRUPTED.sync["settings.hiddenNames"]);
    expect(after?.local).toEqual(CORRUPTED.local);
    await options.close();
  });
});

describe("an import that is not a settings file this version can read", () => {
  let session: Session;
  let options: Page;
  beforeAll(async () => {
    session = await launch();
    options = await openOptions(session);
    await options.getByRole("radio", { name: "Every mention" }).check();
  });
  afterAll(() => session?.close());

  async function importFile(contents: string | Buffer): Promise<string> {
    await options.locator('input[type="file"]').setInputFiles({
      name: "settings.json",
      mimeType: "application/json",
      buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
    });
    const alert = options.getByRole("alert");
    await alert.waitFor();
    return (await alert.textContent()) ?? "";
  }

  it("10 MB of junk: refused at once with a message, nothing changed", async () => {
    const before = await stored(session);
    const junk = Buffer.alloc(10 * 1024 * 1024, '{[\u00ff"junk');
    const message = await importFile(junk);
    expect(message).toMatch(/too large/);
    expect(await stored(session)).toEqual(before);
  });

  it("a file from a future version: refused, naming both versions, nothing changed", async () => {
    const before = await stored(session);
    const future = JSON.stringify({
      format: "backstory-settings",
      version: 7,
      settings: { enabled: false, newIdea: { nested: true } },
      ownEntities: [],
    });
    const message = await importFile(future);
    expect(message).toContain("version 7");
    expect(message).toContain("version 1");
    expect(await stored(session)).toEqual(before);
  });

  it("a file with a megabyte-long field name: a message of normal length", async () => {
    const file = JSON.stringify({
      format: "backstory-settings",
      version: 1,
      settings: { [`<img src=x onerror=alert(1)>${"x".repeat(900_000)}`]: true },
    });
    const message = await importFile(file);
    expect(message.length).toBeLessThan(300);
    // Shown as text: the markup in the name is not a live element.
    expect(await options.locator(".status img").count()).toBe(0);
  });
});
