import { describe, expect, it } from "vitest";
import type { CardFact, CardRelation, EntityCard } from "../core/messages";
import { cardPreview } from "./card-preview";

const source = { publisher: "Reuters", date: "27 May 2024", url: null };
const fact = (label: string): CardFact => ({ label, value: "v", asOf: "", source });
const relation = (entityId: string, onPage: boolean): CardRelation => ({
  entityId,
  text: `backed by ${entityId}`,
  onPage,
  events: [{ date: null, source }],
});
const card = (overrides: Partial<EntityCard> = {}): EntityCard => ({
  id: "xai",
  name: "xAI",
  type: "company",
  summary: "…",
  wikipediaUrl: null,
  facts: [fact("Founded"), fact("CEO"), fact("Valuation"), fact("Employees")],
  relations: [relation("vy", false), relation("sequoia", true), relation("a16z", true)],
  rounds: [],
  ...overrides,
});
const dated = {
  asWritten: { date: "27 May 2024", facts: [fact("Last round"), fact("CEO")], unknown: [] },
  since: [{ date: "2026", text: "Valued at US$250 billion", source }],
};

describe("a card's preview", () => {
  it("shows ties to the page's other names first, then key facts, three lines in all", () => {
    const preview = cardPreview(card());
    expect(preview.onPage.map((line) => line.entityId)).toEqual(["sequoia", "a16z"]);
    expect(preview.facts.map((shown) => shown.label)).toEqual(["Founded"]);
    expect(preview.hasMore).toBe(true);
  });

  it("puts a fact that names one of the page's entities (its CEO) before the ties", () => {
    const facts = [fact("Founded"), { ...fact("CEO"), onPage: true }, fact("Valuation")];
    const preview = cardPreview(card({ facts }));
    expect(preview.facts.map((shown) => shown.label)).toEqual(["CEO"]);
    expect(preview.onPage.map((line) => line.entityId)).toEqual(["sequoia", "a16z"]);
  });

  it("shows then and the latest change on an article written a while ago", () => {
    const preview = cardPreview(card({ dated }));
    expect(preview.asWritten?.facts.map((shown) => shown.label)).toEqual(["Last round"]);
    expect(preview.since).toHaveLength(1);
    expect(preview.onPage).toEqual([]);
    expect(preview.facts).toEqual([]);
  });

  it("shows today's facts first when the reader chose so, and when the record says nothing of then", () => {
    expect(cardPreview(card({ dated }), true).asWritten).toBeNull();
    const silent = { asWritten: { date: "27 May 2024", facts: [], unknown: ["x"] }, since: [] };
    expect(cardPreview(card({ dated: silent })).onPage).toHaveLength(2);
  });

  it("offers More only when there is more", () => {
    expect(cardPreview(card({ facts: [fact("Founded")], relations: [] })).hasMore).toBe(false);
  });
});
