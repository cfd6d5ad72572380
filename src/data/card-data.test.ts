import { describe, expect, it } from "vitest";
import { buildEntityCard } from "./card-data";
import { buildFactsIndex } from "./facts-index";
import { makeEntity, sourced, usd } from "./make-entity";

const index = buildFactsIndex([
  makeEntity({
    id: "xai",
    facts: {
      founded: { date: "2023-03-09", ...sourced("2024-05-27") },
      valuation: { amount: usd(24e9), ...sourced("2024-05-27") },
    },
    rounds: [
      {
        date: "2024-05",
        series: "Series B",
        amount: usd(6e9),
        valuation: usd(24e9),
        participants: ["sequoia-capital", "vy-capital"],
        ...sourced("2024-05-27", "https://x.ai/news/series-b"),
      },
    ],
  }),
  makeEntity({ id: "sequoia-capital", name: "Sequoia Capital", type: "investor" }),
  makeEntity({ id: "vy-capital", name: "Vy Capital", type: "investor" }),
  makeEntity({
    id: "elon-musk",
    name: "Elon Musk",
    type: "person",
    relations: [{ type: "founded", target: "xai", date: "2023", ...sourced() }],
  }),
]);

describe("buildEntityCard", () => {
  it("writes key facts out in the card's language with their as-of date and source", () => {
    const card = buildEntityCard(index, "xai", "en", []);
    expect(card?.facts).toEqual([
      {
        label: "Founded",
        value: "9 March 2023",
        asOf: "",
        source: "https://example.com/news",
      },
      {
        label: "Valuation",
        value: "US$24 billion",
        asOf: "27 May 2024",
        source: "https://example.com/news",
      },
    ]);
    expect(buildEntityCard(index, "xai", "fr", [])?.facts[1]?.value).toBe("24 milliards $US");
  });

  it("lists relations to entities on the page first, from the card entity's side", () => {
    const card = buildEntityCard(index, "xai", "en", ["vy-capital"]);
    expect(card?.relations[0]).toMatchObject({
      entityId: "vy-capital",
      text: "backed by Vy Capital",
      onPage: true,
    });
    expect(card?.relations.map((r) => r.text)).toContain("founded by Elon Musk");
    const sequoia = buildEntityCard(index, "sequoia-capital", "fr", ["xai"]);
    expect(sequoia?.relations[0]).toMatchObject({
      text: "a investi dans xAI",
      onPage: true,
      events: [{ date: "mai 2024", source: "https://x.ai/news/series-b" }],
    });
  });

  it("sums up the latest funding rounds with investors by name", () => {
    expect(buildEntityCard(index, "xai", "en", [])?.rounds).toEqual([
      {
        title: "Series B · May 2024",
        amount: "US$6 billion, valued at US$24 billion",
        investors: "With Sequoia Capital, Vy Capital",
        source: "https://x.ai/news/series-b",
      },
    ]);
  });

  it("links Wikipedia in the card's language when an article exists there", () => {
    expect(buildEntityCard(index, "xai", "fr", [])?.wikipediaUrl).toBe(
      "https://fr.wikipedia.org/wiki/XAI_(entreprise)",
    );
    expect(buildEntityCard(index, "nobody", "en", [])).toBeNull();
  });
});
