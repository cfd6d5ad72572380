// The cards of the page's names, fetched ahead in idle time: one request per set of names, and
// nothing handed out for names the page no longer has.
import { beforeEach, describe, expect, it, vi } from "vitest";

const asked = vi.hoisted(() => [] as Array<{ lang: string; pageIds: string[] }>);
vi.mock("../platform/messaging", () => ({
  async requestPageCards(lang: string, pageIds: string[]) {
    asked.push({ lang, pageIds });
    return Object.fromEntries(pageIds.map((id) => [id, { id, lang }]));
  },
}));

const { prefetchedCards } = await import("./prefetched-cards");
/** Node has no requestIdleCallback: whenIdle falls back to a timer, which this waits out. */
const idle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("prefetchedCards", () => {
  beforeEach(() => {
    asked.length = 0;
  });

  it("asks for the page's cards once idle, and hands each out as sent", async () => {
    const cards = prefetchedCards("fr", new AbortController().signal);
    cards.pageChanged(["xai", "grok"]);
    // Not before the page is idle: a card asked for meanwhile goes to the background itself.
    expect(cards.cardOf("xai")).toBeUndefined();
    expect(asked).toEqual([]);
    await idle();
    expect(asked).toEqual([{ lang: "fr", pageIds: ["xai", "grok"] }]);
    expect(await cards.cardOf("xai")).toEqual({ id: "xai", lang: "fr" });
    expect(await cards.cardOf("openai")).toBeUndefined();
  });

  it("asks again only when the page's names change, and drops the old page's cards at once", async () => {
    const cards = prefetchedCards("en", new AbortController().signal);
    cards.pageChanged(["xai"]);
    await idle();
    cards.pageChanged(["xai"]);
    await idle();
    expect(asked).toHaveLength(1);
    cards.pageChanged(["xai", "grok"]);
    expect(cards.cardOf("xai")).toBeUndefined();
    await idle();
    expect(asked.map((request) => request.pageIds)).toEqual([["xai"], ["xai", "grok"]]);
  });

  it("asks nothing for a page that changed again before it was idle, nor for one with no names", async () => {
    const cards = prefetchedCards("en", new AbortController().signal);
    cards.pageChanged(["xai"]);
    cards.pageChanged(["grok"]);
    cards.pageChanged([]);
    await idle();
    expect(asked).toEqual([]);
    expect(cards.cardOf("grok")).toBeUndefined();
  });

  it("asks nothing once the page's highlights are gone", async () => {
    const lifetime = new AbortController();
    const cards = prefetchedCards("en", lifetime.signal);
    cards.pageChanged(["xai"]);
    lifetime.abort();
    await idle();
    expect(asked).toEqual([]);
  });
});
