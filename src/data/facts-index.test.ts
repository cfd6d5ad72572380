import { describe, expect, it } from "vitest";
import type { Entity } from "../core/dataset";
import { buildFactsIndex, citeSource, linksOf, relationsAmong } from "./facts-index";
import { makeEntity, sourced, stated, TEST_REGISTRY, usd } from "./make-entity";

const ROUND_SOURCE = "https://example.com/xai-series-b";
const CEO = { en: "CEO", fr: "PDG" };

function seriesB(at = "2024-05-26", series = "Series B") {
  return stated(
    {
      property: "funding_round",
      at,
      value: {
        series,
        amount: usd(6e9),
        lead: ["valor-equity-partners"],
        participants: ["sequoia-capital"],
      },
    },
    sourced(ROUND_SOURCE),
  );
}

function dataset(rounds = [seriesB()]): Entity[] {
  const musk = { name: "Elon Musk", id: "elon-musk" };
  const xai = makeEntity({
    statements: [
      stated({ property: "founders", value: [musk, { name: "Igor Babuschkin" }] }),
      stated({
        property: "position",
        value: { person: musk, role: CEO, kind: "leader" },
        since: "2023-03",
        note: "Also CEO of Tesla.",
      }),
      ...rounds,
    ],
  });
  return [
    xai,
    makeEntity({ id: "sequoia-capital", name: "Sequoia Capital", type: "investor" }),
    makeEntity({ id: "valor-equity-partners", name: "Valor Equity Partners", type: "investor" }),
    makeEntity({ id: "elon-musk", name: "Elon Musk", type: "person" }),
  ];
}

const index = buildFactsIndex(dataset(), TEST_REGISTRY);
const describeLink = (link: { from: string; type: string; to: string }) =>
  `${link.from} ${link.type} ${link.to}`;

describe("buildFactsIndex", () => {
  it("keeps each entity's display data and its statements, without check days or notes", () => {
    const xai = index.entities.xai;
    expect(xai).toMatchObject({
      id: "xai",
      name: "xAI",
      type: "company",
      wikipedia: { en: "XAI (company)" },
    });
    expect(xai?.statements.map((statement) => statement.property)).toEqual([
      "founders",
      "position",
      "funding_round",
    ]);
    expect(xai?.statements[1]).not.toHaveProperty("checked");
    expect(xai?.statements[1]).not.toHaveProperty("note");
  });

  it("resolves every source to the publisher a reader sees", () => {
    expect(index.entities.xai?.statements[2]?.sources).toEqual([
      { publisher: "Example News", kind: "news", url: ROUND_SOURCE },
    ]);
  });

  it("lists a round's investors as investments in the company, on both cards", () => {
    const fromSequoia = {
      type: "invested_in",
      from: "sequoia-capital",
      to: "xai",
      at: "2024-05-26",
      sources: [expect.objectContaining({ url: ROUND_SOURCE })],
      round: { series: "Series B", lead: false },
    };
    expect(linksOf(index, "xai")).toContainEqual(fromSequoia);
    expect(linksOf(index, "sequoia-capital")).toEqual([fromSequoia]);
    expect(linksOf(index, "valor-equity-partners")).toEqual([
      expect.objectContaining({
        from: "valor-equity-partners",
        round: { series: "Series B", lead: true },
      }),
    ]);
  });

  it("links founders that are entities, and leaders with their role and term", () => {
    expect(linksOf(index, "elon-musk")).toEqual([
      expect.objectContaining({ type: "founded", from: "elon-musk", to: "xai" }),
      expect.objectContaining({ type: "leads", to: "xai", role: CEO, since: "2023-03" }),
    ]);
  });

  it("keeps two rounds with the same investor as two investments", () => {
    const twoRounds = buildFactsIndex(
      dataset([seriesB(), seriesB("2024-12", "Series C")]),
      TEST_REGISTRY,
    );
    expect(linksOf(twoRounds, "valor-equity-partners").map((link) => link.at)).toEqual([
      "2024-05-26",
      "2024-12",
    ]);
  });

  it("holds each link once, whichever end states it", () => {
    const partners = buildFactsIndex(
      [
        makeEntity({
          id: "alpha",
          statements: [stated({ property: "partner_of", value: "beta" })],
        }),
        makeEntity({ id: "beta" }),
      ],
      TEST_REGISTRY,
    );
    expect(partners.links).toHaveLength(1);
    expect(linksOf(partners, "beta")).toEqual(linksOf(partners, "alpha"));
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe("citeSource", () => {
  it("names the publisher of a URL, with the publication date", () => {
    const source = { url: "https://en.wikipedia.org/wiki/XAI", published: "2024" };
    expect(citeSource(TEST_REGISTRY, source)).toEqual({
      publisher: "Wikipedia",
      kind: "reference",
      url: "https://en.wikipedia.org/wiki/XAI",
      published: "2024",
    });
  });

  it("names the original of a republication and never links the copy", () => {
    const source = { publisher: "example.com", via: "https://copy.example.info/a" };
    expect(citeSource(TEST_REGISTRY, source)).toEqual({ publisher: "Example News", kind: "news" });
  });

  it("throws on a source no admitted publisher stands behind", () => {
    expect(() => citeSource(TEST_REGISTRY, { url: "https://aiwiki.ai/wiki/XAI" })).toThrow();
  });
});

describe("relationsAmong", () => {
  it("returns the relations whose both ends are on the page, each once", () => {
    const links = relationsAmong(index, ["xai", "valor-equity-partners", "elon-musk"]);
    expect(links.map(describeLink).sort()).toEqual([
      "elon-musk founded xai",
      "elon-musk leads xai",
      "valor-equity-partners invested_in xai",
    ]);
    expect(links.find((link) => link.type === "invested_in")?.at).toBe("2024-05-26");
  });

  it("returns nothing when only one end is on the page", () => {
    expect(relationsAmong(index, ["sequoia-capital"])).toEqual([]);
  });
});
