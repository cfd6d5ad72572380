import { describe, expect, it } from "vitest";
import { buildEntityCard, pageCards } from "./card-data";
import { buildFactsIndex } from "./facts-index";
import { makeEntity, stated, TEST_REGISTRY, usd } from "./make-entity";

const ROUND_URL = "https://example.org/news/series-b";
const roundSource = {
  sources: [{ url: ROUND_URL, published: "2024-05-26" }],
  checked: "2024-06-01",
};
const ceo = (person: { name: string; id?: string }) =>
  ({ person, role: { en: "CEO", fr: "PDG" }, kind: "leader" }) as const;
const musk = { name: "Elon Musk", id: "elon-musk" };

const index = buildFactsIndex(
  [
    makeEntity({
      id: "xai",
      statements: [
        stated({ property: "founded", at: "2023-03-09" }),
        stated({ property: "founders", value: [musk] }),
        stated({
          property: "position",
          value: ceo({ name: "Former Boss" }),
          since: "2022",
          until: "2023-03",
        }),
        stated({ property: "position", value: ceo(musk), since: "2023-03" }),
        stated({ property: "valuation", value: usd(18e9), at: "2023-12" }),
        stated(
          {
            property: "funding_round",
            at: "2024-05",
            value: {
              series: "Series B",
              amount: usd(6e9),
              valuation: usd(24e9),
              participants: ["sequoia-capital", "vy-capital"],
            },
          },
          roundSource,
        ),
      ],
    }),
    makeEntity({ id: "sequoia-capital", name: "Sequoia Capital", type: "investor" }),
    makeEntity({ id: "vy-capital", name: "Vy Capital", type: "investor" }),
    makeEntity({ id: "elon-musk", name: "Elon Musk", type: "person" }),
  ],
  TEST_REGISTRY,
);

const newsSource = { publisher: "Example News", date: "", url: "https://example.com/news" };
const roundCardSource = { publisher: "Example Corp", date: "26 May 2024", url: ROUND_URL };

describe("buildEntityCard", () => {
  it("writes key facts out in the card's language, with when they were true and who says so", () => {
    expect(buildEntityCard(index, "xai", "en", [])?.facts).toEqual([
      { label: "Founded", value: "9 March 2023", asOf: "", source: newsSource },
      {
        label: "Founders",
        value: "Elon Musk",
        asOf: "",
        source: newsSource,
      },
      {
        label: "CEO",
        value: "Elon Musk",
        asOf: "March 2023",
        source: newsSource,
      },
      { label: "Valuation", value: "US$24 billion", asOf: "May 2024", source: roundCardSource },
    ]);
    expect(buildEntityCard(index, "xai", "fr", [])?.facts[3]).toMatchObject({
      label: "Valorisation",
      value: "24 milliards $US",
      source: { date: "26 mai 2024" },
    });
  });

  it("lists relations to entities on the page first, from the card entity's side", () => {
    const card = buildEntityCard(index, "xai", "en", ["vy-capital"]);
    expect(card?.relations[0]).toMatchObject({
      entityId: "vy-capital",
      text: "backed by Vy Capital",
      onPage: true,
    });
    const sequoia = buildEntityCard(index, "sequoia-capital", "fr", ["xai"]);
    expect(sequoia?.relations[0]).toMatchObject({
      text: "a investi dans xAI",
      onPage: true,
      events: [{ date: "mai 2024", source: { ...roundCardSource, date: "26 mai 2024" } }],
    });
  });

  it("says founders and current leaders once, as facts, and not again as relations", () => {
    const card = buildEntityCard(index, "xai", "en", ["elon-musk"]);
    expect(card?.relations.map((relation) => relation.entityId)).not.toContain("elon-musk");
    // Facts that name the page's other entities come first in the preview.
    expect(card?.facts.filter((fact) => fact.onPage).map((fact) => fact.label)).toEqual([
      "Founders",
      "CEO",
    ]);
    // From the person's side, founding and leading the same company read as one line.
    expect(buildEntityCard(index, "elon-musk", "en", [])?.relations).toEqual([
      {
        entityId: "xai",
        text: "founded and leads xAI (CEO since March 2023)",
        onPage: false,
        events: [{ date: null, source: newsSource }],
      },
    ]);
  });

  it("sums up the latest funding rounds with investors by name", () => {
    expect(buildEntityCard(index, "xai", "en", [])?.rounds).toEqual([
      {
        title: "Series B · May 2024",
        amount: "US$6 billion, valued at US$24 billion",
        investors: "With Sequoia Capital, Vy Capital",
        source: roundCardSource,
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

describe("buildEntityCard on French pages", () => {
  const commission = makeEntity({
    id: "european-commission",
    name: "European Commission",
    localNames: { fr: "Commission européenne" },
    type: "institution",
  });
  const frenchIndex = buildFactsIndex(
    [
      commission,
      makeEntity({
        id: "ai-office",
        name: "AI Office",
        type: "institution",
        statements: [
          stated({ property: "owned_by", value: "european-commission" }),
          stated({
            property: "funding_round",
            at: "2024-08-01",
            value: { series: "Series C", amount: usd(6e9), lead: ["european-commission"] },
          }),
        ],
      }),
    ],
    TEST_REGISTRY,
  );

  it("calls entities by the name French writes where it has its own", () => {
    expect(buildEntityCard(frenchIndex, "european-commission", "fr", [])?.name).toBe(
      "Commission européenne",
    );
    expect(buildEntityCard(frenchIndex, "european-commission", "en", [])?.name).toBe(
      "European Commission",
    );
    const card = buildEntityCard(frenchIndex, "ai-office", "fr", []);
    expect(card?.facts).toContainEqual(
      expect.objectContaining({ label: "Propriétaire", value: "Commission européenne" }),
    );
    expect(card?.rounds[0]).toMatchObject({
      title: "Série C · 1er août 2024",
      investors: "Mené par Commission européenne",
    });
  });
});

describe("pageCards", () => {
  it("gives today's card of each of the page's names, by id, tied to the page's other names", () => {
    const pageIds = ["xai", "sequoia-capital", "elon-musk"];
    const cards = pageCards(index, "en", pageIds);
    expect(Object.keys(cards)).toEqual(pageIds);
    expect(cards.xai).toEqual(buildEntityCard(index, "xai", "en", pageIds));
    expect(cards.xai?.dated).toBeUndefined();
  });

  it("leaves out names it has no card for (the reader's own), and stops at the first 40", () => {
    expect(Object.keys(pageCards(index, "fr", ["own-name", "xai"]))).toEqual(["xai"]);
    const many = [...Array.from({ length: 40 }, (_, n) => `own-${n}`), "xai"];
    expect(pageCards(index, "en", many)).toEqual({});
  });
});
