import { describe, expect, it } from "vitest";
import { detectMentions } from "./detect-mentions";
import { compileMatcherTables, type MatcherTables } from "./matcher-tables";
import { SAMPLE_ENTITIES } from "./testing/sample-entities";

describe("compileMatcherTables", () => {
  const tables = compileMatcherTables(SAMPLE_ENTITIES);

  it("compiles to plain JSON that matches the same after the build ships it", () => {
    const shipped = JSON.parse(JSON.stringify(tables)) as MatcherTables;
    const blocks = [{ text: "Elon Musk’s xAI and Sequoia Capital. Musk said Grok 3 is ready." }];
    expect(detectMentions(blocks, shipped)).toEqual(detectMentions(blocks, tables));
    expect(detectMentions(blocks, shipped)).toHaveLength(5);
  });

  it("keeps every entity's header for the pages that list names", () => {
    expect(tables.entities).toHaveLength(SAMPLE_ENTITIES.length);
    expect(tables.entities[0]).toEqual({ id: "xai", name: "xAI", type: "company" });
  });

  it("compiles an empty dataset to tables that find nothing", () => {
    const empty = compileMatcherTables([]);
    expect(detectMentions([{ text: "OpenAI, AI, chatbot, startup" }], empty)).toEqual([]);
  });
});
