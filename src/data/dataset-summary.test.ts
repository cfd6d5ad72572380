import { describe, expect, it } from "vitest";
import { SAMPLE_ENTITIES } from "../core/testing/sample-entities";
import { summariseDataset } from "./dataset-summary";

describe("summariseDataset", () => {
  it("counts the entities and finds the newest checked day", () => {
    const [first, ...rest] = SAMPLE_ENTITIES;
    if (!first) throw new Error("no sample entities");
    const statement = { property: "founded", value: "2023", sources: [], checked: "2026-11-30" };
    const entities = [{ ...first, statements: [...first.statements, statement] }, ...rest];
    expect(summariseDataset(entities as typeof SAMPLE_ENTITIES)).toEqual({
      checkedUpTo: "2026-11-30",
      entityCount: SAMPLE_ENTITIES.length,
    });
  });

  it("has no date for a dataset without statements", () => {
    expect(summariseDataset([])).toEqual({ checkedUpTo: null, entityCount: 0 });
  });
});
