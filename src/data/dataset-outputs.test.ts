import { describe, expect, it } from "vitest";
import { exportDataset } from "./export-dataset";
import { makeEntity, stated, TEST_REGISTRY } from "./make-entity";
import { englishWikipediaTitles } from "./wikipedia-titles";

describe("englishWikipediaTitles", () => {
  it("lists English titles sorted, skipping entities without one", () => {
    const entities = [
      makeEntity({ id: "b", wikipedia: { en: "Sequoia Capital", fr: null } }),
      makeEntity({ id: "c", wikipedia: { en: null, fr: "Mistral AI" } }),
      makeEntity({ id: "a", wikipedia: { en: "Anthropic", fr: null } }),
    ];
    expect(englishWikipediaTitles(entities)).toEqual(["Anthropic", "Sequoia Capital"]);
  });
});

describe("exportDataset", () => {
  it("prints one JSON document holding every entity with all its fields", () => {
    const entities = [
      makeEntity({ id: "a" }),
      makeEntity({ id: "b", cues: { en: ["ai"], fr: ["ia"] } }),
    ];
    expect(JSON.parse(exportDataset(entities, TEST_REGISTRY))).toEqual({ version: 2, entities });
  });

  it("names each source's publisher and kind beside the statement as written", () => {
    const founded = stated({ property: "founded", at: "2023", note: "Incorporated in Nevada." });
    const [entity] = JSON.parse(
      exportDataset([makeEntity({ statements: [founded] })], TEST_REGISTRY),
    ).entities;
    expect(entity.statements).toEqual([
      {
        ...founded,
        sources: [{ url: "https://example.com/news", publisher: "Example News", kind: "news" }],
      },
    ]);
  });
});
