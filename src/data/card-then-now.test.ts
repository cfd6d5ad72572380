import { describe, expect, it } from "vitest";
import { isDatedPage } from "../core/page-date";
import { buildEntityCard } from "./card-data";
import { buildFactsIndex } from "./facts-index";
import { makeEntity, stated, TEST_REGISTRY, usd } from "./make-entity";

const leader = (name: string, id?: string) =>
  ({
    person: id ? { name, id } : { name },
    role: { en: "CEO", fr: "PDG" },
    kind: "leader",
  }) as const;
const round = (at: string, series: string, amount: number, valuation: number) =>
  stated({
    property: "funding_round",
    at,
    value: { series, amount: usd(amount), valuation: usd(valuation), participants: ["fund"] },
  });

const index = buildFactsIndex(
  [
    makeEntity({
      id: "xai",
      statements: [
        stated({ property: "position", value: leader("Elon Musk"), since: "2023-03" }),
        stated({ property: "position", value: leader("Second Boss"), since: "2025-01" }),
        round("2024-05-26", "Series B", 6e9, 24e9),
        round("2024-12-23", "Series C", 6e9, 50e9),
        stated({ property: "valuation", value: usd(250e9), at: "2026-02-02" }),
        stated({ property: "owned_by", value: "spacex", since: "2026-02-02" }),
      ],
    }),
    makeEntity({
      id: "x",
      name: "X",
      statements: [
        stated({ property: "name", value: "Twitter", until: "2023-07-24" }),
        stated({ property: "position", value: leader("Someone") }),
      ],
    }),
    makeEntity({ id: "spacex", name: "SpaceX" }),
    makeEntity({
      id: "fund",
      name: "Fund",
      type: "investor",
      statements: [stated({ property: "invested_in", value: "spacex", at: "2025-07" })],
    }),
  ],
  TEST_REGISTRY,
);

const card = (id: string, asOf: string, lang: "en" | "fr" = "en") =>
  buildEntityCard(index, id, lang, [], { asOf, today: "2026-12-05" });

describe("a card for an article written a while ago", () => {
  it("shows the present only for an article of the last month", () => {
    expect(isDatedPage("2026-11-20", "2026-12-05")).toBe(false);
    expect(isDatedPage("2026-10", "2026-12-05")).toBe(true);
    expect(card("xai", "2026-11-20")?.dated).toBeUndefined();
  });

  it("shows the valuation, last round and leader of the article's date", () => {
    const then = card("xai", "2024-05-27")?.dated?.asWritten;
    expect(then?.date).toBe("27 May 2024");
    // The valuation of the time is the last round's post-money: said once, with the round.
    expect(then?.facts.map((fact) => [fact.label, fact.value])).toEqual([
      ["Last round", "Series B: US$6 billion, valued at US$24 billion"],
      ["CEO", "Elon Musk"],
    ]);
    expect(then?.unknown).toEqual([]);
  });

  it("lists what changed since, newest first, leaving out what came before", () => {
    const since = card("xai", "2024-05-27")?.dated?.since ?? [];
    expect(since.map((change) => [change.date, change.text])).toEqual([
      ["2 February 2026", "Valued at US$250 billion"],
      ["2 February 2026", "Now owned by SpaceX"],
      ["January 2025", "Second Boss becomes CEO"],
      ["23 December 2024", "Series C: US$6 billion, valued at US$50 billion"],
    ]);
  });

  it("says so where the record does not reach back to the article's date", () => {
    const then = card("xai", "2023-01-10")?.dated?.asWritten;
    expect(then?.facts).toEqual([]);
    expect(then?.unknown).toEqual(["Valuation: not recorded for that date"]);
    // A leader recorded without a start cannot be said to have led then.
    expect(card("x", "2022-01-10")?.dated?.asWritten.unknown).toEqual([
      "Leaders: not recorded for that date",
    ]);
  });

  it("gives the name of the time, and the rename under Since then", () => {
    const dated = card("x", "2022-01-10")?.dated;
    expect(dated?.asWritten.facts.map((fact) => [fact.label, fact.value])).toEqual([
      ["Name then", "Twitter"],
    ]);
    expect(dated?.since.map((change) => change.text)).toEqual(["Renamed, formerly Twitter"]);
  });

  it("tells an investor's card of its later investments, in French on French pages", () => {
    expect(card("fund", "2024-05-27", "fr")?.dated?.since.map((change) => change.text)).toEqual([
      "Investit dans SpaceX",
      "Investit dans xAI (série C)",
    ]);
  });

  it("writes what changed since in French on French pages, with French elision and ordinals", () => {
    const since = card("xai", "2024-05-27", "fr")?.dated?.since ?? [];
    expect(since.map((change) => [change.date, change.text])).toEqual([
      ["2 février 2026", "Valorisé à 250 milliards $US"],
      ["2 février 2026", "Passe sous le contrôle de SpaceX"],
      ["janvier 2025", "Second Boss devient PDG"],
      ["23 décembre 2024", "Série C : 6 milliards $US, valorisation de 50 milliards $US"],
    ]);
    const owned = buildFactsIndex(
      [
        makeEntity({
          id: "lab",
          name: "Lab",
          statements: [stated({ property: "owned_by", value: "amazon", since: "2025-08-01" })],
        }),
        makeEntity({ id: "amazon", name: "Amazon" }),
      ],
      TEST_REGISTRY,
    );
    const lab = buildEntityCard(owned, "lab", "fr", [], {
      asOf: "2024-05-27",
      today: "2026-12-05",
    });
    expect(lab?.dated?.since.map((change) => [change.date, change.text])).toEqual([
      ["1er août 2025", "Passe sous le contrôle d’Amazon"],
    ]);
  });

  it("lists the ties that held on the article's date; later ones come under Since then", () => {
    const relations = card("xai", "2024-05-27")?.relations ?? [];
    expect(relations.map((line) => [line.text, line.events.map((event) => event.date)])).toEqual([
      ["backed by Fund", ["May 2024"]],
    ]);
    const today = buildEntityCard(index, "xai", "en", []);
    // Today's owner is a fact of the card, said once.
    expect(today?.relations.map((line) => line.text)).toEqual(["backed by Fund"]);
    expect(today?.facts).toContainEqual(expect.objectContaining({ value: "SpaceX" }));
  });

  it("does not repeat under Today a value that has not changed since", () => {
    const x = buildEntityCard(index, "xai", "en", [], { asOf: "2024-12-30", today: "2026-12-05" });
    expect(x?.dated?.asWritten.facts.map((fact) => fact.value)).toContain("Elon Musk");
    expect(x?.facts.map((fact) => fact.value)).not.toContain("Elon Musk");
    expect(x?.facts.map((fact) => fact.value)).toContain("Second Boss");
  });
});
