import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeHost, type PublisherRegistry } from "../../src/data/publisher-registry";
import {
  cardLocator,
  expandCard,
  highlightedTexts,
  highlightIsPainted,
  hoverMention,
  launch,
  openPage,
  openPopupFor,
  SEED_ENTITY_IDS,
  SEED_URL,
  type Session,
} from "./harness";

// Every name of the seed article that matters, as the article writes it.
const SEED_NAMES = [
  "xAI",
  "Elon Musk",
  "Grok",
  "X Premium+",
  "X",
  "Valor Equity Partner",
  "Vy Capital",
  "Andreessen Horowitz",
  "Sequoia Capital",
  "Fidelity Management & Research",
  "Alwaleed Bin Talal",
  "OpenAI",
  "Microsoft",
  "Apple",
];

describe("the seed article (French, xAI's US$6 billion raise)", () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await launch();
    await session.serve(SEED_URL, "seed-xai-fr.html");
    page = await openPage(session, SEED_URL);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("highlights the names that matter and nothing else", async () => {
    const texts = await highlightedTexts(page);
    expect(new Set(texts)).toEqual(new Set(SEED_NAMES));
    // By default only the first mention of each name is marked.
    expect(texts).toHaveLength(SEED_NAMES.length);
  });

  it("paints the highlights it registers", async () => {
    for (const name of ["xAI", "Elon Musk", "Sequoia Capital"]) {
      expect(await highlightIsPainted(page, name), name).toBe(true);
    }
  });

  it("opens no card for a pointer that only passes over a mention, and leaves none behind", async () => {
    const popoverOpen = () =>
      page.evaluate(
        () =>
          document
            .querySelector("[data-backstory-host]")
            ?.shadowRoot?.querySelector(".popover")
            ?.matches(":popover-open") ?? false,
      );
    // A card a reader can see or reach: open, not transparent, not inert. (Playwright's
    // isVisible() counts a transparent element as visible.)
    const cardSeen = () =>
      page.evaluate(() => {
        const popover = document
          .querySelector("[data-backstory-host]")
          ?.shadowRoot?.querySelector<HTMLElement>(".popover");
        if (!popover?.matches(":popover-open") || popover.inert) return false;
        const style = getComputedStyle(popover);
        return style.opacity !== "0" && style.visibility !== "hidden";
      });
    // On the mention for less than the hover delay (350 ms): its card may be laid out, unseen.
    await hoverMention(page, "Vy Capital");
    await page.waitForTimeout(150);
    expect(await cardSeen()).toBe(false);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(600);
    expect(await cardSeen()).toBe(false);
    expect(await popoverOpen()).toBe(false);
  });

  it("shows a card with the entity's name and summary on hover", async () => {
    await hoverMention(page, "Sequoia Capital");
    const card = cardLocator(page);
    await expect.poll(() => card.locator(".name").textContent()).toBe("Sequoia Capital");
    // The article is French, so the card is too.
    await expect
      .poll(async () => (await card.locator(".summary").textContent())?.length ?? 0)
      .toBeGreaterThan(40);
    expect(await card.getAttribute("lang")).toBe("fr");
  });

  it("names who published each fact of a card, linked to the original publication", async () => {
    const registry = JSON.parse(
      readFileSync("src/data/publishers.json", "utf8"),
    ) as PublisherRegistry;
    const names = new Set(Object.values(registry.publishers).map((publisher) => publisher.name));
    await page.mouse.move(2, 2);
    await hoverMention(page, "xAI");
    const card = cardLocator(page);
    await expect.poll(() => card.locator(".name").textContent()).toBe("xAI");
    // The preview fits one card height, header in view, without scrolling; "More" has the rest.
    expect((await card.boundingBox())?.height).toBeLessThanOrEqual(440);
    expect(
      await card.locator(".body").evaluate((body) => body.scrollHeight <= body.clientHeight),
    ).toBe(true);
    await expandCard(page);
    const sources = await card.locator(".source").evaluateAll((elements) =>
      elements.map((element) => ({
        text: element.textContent ?? "",
        href: element.getAttribute("href"),
      })),
    );
    expect(sources.length).toBeGreaterThan(3);
    for (const { text, href } of sources) {
      // "Reuters · 27 mai 2024", or the publisher alone where the publication is undated.
      const [publisher = "", date] = text.split(" · ");
      expect(names.has(publisher), text).toBe(true);
      if (date !== undefined) expect(date).toMatch(/^(1er |\d{1,2} )?[a-zéû]+ \d{4}$|^\d{4}$/);
      if (href === null) continue;
      const verdict = judgeHost(registry, new URL(href).hostname);
      expect(verdict.status === "admitted" && verdict.publisher.name, href).toBe(publisher);
    }
  });

  it("links Wikipédia in French where a French article exists, and in English otherwise", async () => {
    const wikipediaLinkOf = async (name: string) => {
      await page.mouse.move(2, 2);
      await hoverMention(page, name);
      const card = cardLocator(page);
      await expect.poll(() => card.locator(".name").textContent()).toBe(name);
      return card.locator("a.wikipedia").getAttribute("href");
    };
    expect(await wikipediaLinkOf("Elon Musk")).toBe("https://fr.wikipedia.org/wiki/Elon_Musk");
    // No French article of xAI's could be confirmed: the English one beats a guessed French one.
    expect(await wikipediaLinkOf("xAI")).toBe("https://en.wikipedia.org/wiki/XAI_(company)");
  });

  it("keeps its one element outside <body>, in a shadow root", async () => {
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll("[data-backstory-host]")].map((host) => ({
        parent: host.parentElement?.tagName,
        shadow: host.shadowRoot !== null,
      })),
    );
    expect(hosts).toEqual([{ parent: "HTML", shadow: true }]);
  });

  it("lists the page's entities in the toolbar popup", async () => {
    const popup = await openPopupFor(session, page);
    const items = popup.locator(".entities [data-entity-id]");
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    const ids = await items.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute("data-entity-id")),
    );
    expect(new Set(ids)).toEqual(new Set(SEED_ENTITY_IDS));
    expect(await popup.locator(".entities .name").first().textContent()).toBe("xAI");
    await popup.close();
  });
});

describe("the page's own DOM", () => {
  it("has a <body> byte-identical to a run without the extension", async () => {
    const bodies: string[] = [];
    for (const extension of [false, true]) {
      const session = await launch({ extension });
      try {
        await session.serve(SEED_URL, "seed-xai-fr.html");
        const page = await openPage(session, SEED_URL);
        if (extension) await hoverMention(page, "Grok");
        bodies.push(await page.evaluate(() => document.body.outerHTML));
      } finally {
        await session.close();
      }
    }
    expect(bodies[1]).toBe(bodies[0]);
  });
});
