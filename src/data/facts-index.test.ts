import { describe, expect, it } from "vitest";
import type { Entity } from "../core/dataset";
import { buildFactsIndex, relationsAmong } from "./facts-index";
import { makeEntity, sourced, usd } from "./make-entity";

const ROUND_SOURCE = "https://example.com/xai-series-b";

function dataset(): Entity[] {
  const xai = makeEntity({
    facts: {
      founders: {
        people: [{ name: "Elon Musk", id: "elon-musk" }, { name: "Igor Babuschkin" }],
        ...sourced(),
      },
      leaders: [
        {
          person: { name: "Elon Musk", id: "elon-musk" },
          role: { en: "CEO", fr: "PDG" },
          ...sourced(),
        },
      ],
    },
    rounds: [
      {
        date: "2024-05-26",
        series: "Series B",
        amount: usd(6e9),
        lead: ["valor-equity-partners"],
        participants: ["sequoia-capital"],
        ...sourced("2024-05-27", ROUND_SOURCE),
      },
    ],
  });
  const sequoia = makeEntity({ id: "sequoia-capital", name: "Sequoia Capital", type: "investor" });
  const valor = makeEntity({
    id: "valor-equity-partners",
    name: "Valor Equity Partners",
    type: "investor",
    relations: [
      { type: "invested_in", target: "xai", ...sourced("2024-06-01", "https://example.com/valor") },
    ],
  });
  const musk = makeEntity({
    id: "elon-musk",
    name: "Elon Musk",
    type: "person",
    relations: [{ type: "founded", target: "xai", date: "2023", ...sourced() }],
  });
  return [xai, sequoia, valor, musk];
}

describe("buildFactsIndex", () => {
  const index = buildFactsIndex(dataset());

  it("keeps each entity's display data", () => {
    const xai = index.entities.xai;
    expect(xai).toMatchObject({
      id: "xai",
      name: "xAI",
      type: "company",
      wikipedia: { en: "XAI (company)" },
    });
    expect(xai?.rounds).toHaveLength(1);
    expect(index.entities["sequoia-capital"]?.rounds).toBeUndefined();
  });

  it("lists a company's investors named only in its funding round", () => {
    const inverse = index.entities.xai?.inverseRelations ?? [];
    expect(inverse).toContainEqual(
      expect.objectContaining({
        type: "invested_in",
        from: "sequoia-capital",
        to: "xai",
        date: "2024-05-26",
        source: ROUND_SOURCE,
        round: { series: "Series B", lead: false },
      }),
    );
  });

  it("merges an investor's invested_in edge with the round that names it, keeping the round's date", () => {
    const fromValor = (index.entities.xai?.inverseRelations ?? []).filter(
      (link) => link.from === "valor-equity-partners",
    );
    expect(fromValor).toEqual([
      expect.objectContaining({
        type: "invested_in",
        date: "2024-05-26",
        round: { series: "Series B", lead: true },
      }),
    ]);
  });

  it("tells an investor named only in a round that it invested in the company", () => {
    expect(index.entities["sequoia-capital"]?.derivedRelations).toEqual([
      expect.objectContaining({
        type: "invested_in",
        from: "sequoia-capital",
        to: "xai",
        date: "2024-05-26",
      }),
    ]);
  });

  it("does not repeat, as derived, an investment the investor's own file states", () => {
    expect(index.entities["valor-equity-partners"]?.derivedRelations).toEqual([]);
  });

  it("lists founders from founded edges once, even when the company's facts name them too", () => {
    const founders = (index.entities.xai?.inverseRelations ?? []).filter(
      (link) => link.type === "founded",
    );
    expect(founders).toEqual([
      expect.objectContaining({ from: "elon-musk", date: "2023", origin: "relation" }),
    ]);
  });

  it("turns a company's leaders into leads edges for the people", () => {
    expect(index.entities["elon-musk"]?.derivedRelations).toEqual([
      expect.objectContaining({
        type: "leads",
        to: "xai",
        role: { en: "CEO", fr: "PDG" },
        origin: "leaders",
      }),
    ]);
  });

  it("keeps two rounds by the same investor as two investments", () => {
    const [xai, ...others] = dataset();
    const round = xai?.rounds?.[0];
    if (!xai || !round) throw new Error("fixture");
    const twoRounds = {
      ...xai,
      rounds: [round, { ...round, date: "2024-12", series: "Series C" }],
    };
    const fromValor = (
      buildFactsIndex([twoRounds, ...others]).entities.xai?.inverseRelations ?? []
    ).filter((link) => link.from === "valor-equity-partners");
    expect(fromValor.map((link) => link.date)).toEqual(["2024-05-26", "2024-12"]);
  });

  it("shows a partnership stated by both partners once on each card", () => {
    const a = makeEntity({
      id: "alpha",
      relations: [{ type: "partner_of", target: "beta", ...sourced() }],
    });
    const b = makeEntity({
      id: "beta",
      relations: [{ type: "partner_of", target: "alpha", ...sourced() }],
    });
    const partners = buildFactsIndex([a, b]);
    expect(partners.links).toHaveLength(1);
    expect(partners.entities.alpha?.inverseRelations).toEqual([]);
    expect(partners.entities.beta?.inverseRelations).toEqual([]);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe("relationsAmong", () => {
  const index = buildFactsIndex(dataset());

  it("returns the relations whose both ends are on the page, each once", () => {
    const links = relationsAmong(index, ["xai", "valor-equity-partners", "elon-musk"]);
    expect(links.map((link) => `${link.from} ${link.type} ${link.to}`).sort()).toEqual([
      "elon-musk founded xai",
      "elon-musk leads xai",
      "valor-equity-partners invested_in xai",
    ]);
    expect(links.find((link) => link.type === "invested_in")?.date).toBe("2024-05-26");
  });

  it("returns nothing when only one end is on the page", () => {
    expect(relationsAmong(index, ["sequoia-capital"])).toEqual([]);
  });
});
