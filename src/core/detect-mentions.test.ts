import { describe, expect, it } from "vitest";
import { detectMentions } from "./detect-mentions";
import type { MatcherTables } from "./matcher-tables";

const tables: MatcherTables = {
  entities: [
    { id: "sequoia-capital", name: "Sequoia Capital", type: "investor" },
    { id: "x", name: "X", type: "product" },
    { id: "x-premium-plus", name: "X Premium+", type: "product" },
    { id: "xai", name: "xAI", type: "company" },
    { id: "grok", name: "Grok", type: "product" },
    { id: "elon-musk", name: "Elon Musk", type: "person" },
  ],
  aliases: [
    { text: "Sequoia Capital", case: "insensitive", ambiguous: false, entity: 0 },
    { text: "Sequoia", case: "sensitive", ambiguous: true, entity: 0 },
    { text: "X", case: "sensitive", ambiguous: true, entity: 1 },
    { text: "X Premium+", case: "sensitive", ambiguous: false, entity: 2 },
    { text: "xAI", case: "sensitive", ambiguous: false, entity: 3 },
    { text: "Grok", case: "sensitive", ambiguous: true, entity: 4 },
    { text: "Elon Musk", case: "insensitive", ambiguous: false, entity: 5 },
  ],
};

function spans(blocks: string[]) {
  return detectMentions(blocks, tables).map((m) => ({
    id: m.entityId,
    text: blocks[m.block]?.slice(m.start, m.end),
  }));
}

describe("detectMentions", () => {
  it("prefers the longest alias where two start at the same place", () => {
    expect(spans(["Backed by Sequoia Capital and xAI."])).toEqual([
      { id: "sequoia-capital", text: "Sequoia Capital" },
      { id: "xai", text: "xAI" },
    ]);
    expect(spans(["réservé aux abonnés X Premium+, puis à tous sur X."])).toEqual([
      { id: "x-premium-plus", text: "X Premium+" },
      { id: "x", text: "X" },
    ]);
  });

  it("leaves French elision and English possessives outside the span", () => {
    expect(spans(["la startup xAI d’Elon Musk", "xAI’s chatbot"])).toEqual([
      { id: "xai", text: "xAI" },
      { id: "elon-musk", text: "Elon Musk" },
      { id: "xai", text: "xAI" },
    ]);
  });

  it("does not match inside a longer word, accented letters included", () => {
    expect(spans(["xAIé Groking Xénon xAI"])).toEqual([{ id: "xai", text: "xAI" }]);
  });

  it("respects the alias's case rule", () => {
    expect(spans(["ELON MUSK and xai"])).toEqual([{ id: "elon-musk", text: "ELON MUSK" }]);
  });

  it("ignores ambiguous aliases on a page that names no entity for sure", () => {
    expect(spans(["The giant sequoia trees of California. Grok this, X marks the spot."])).toEqual(
      [],
    );
  });

  it("gives offsets into the block they were found in", () => {
    const mentions = detectMentions(["nothing here", "  xAI"], tables);
    expect(mentions).toEqual([{ entityId: "xai", block: 1, start: 2, end: 5 }]);
  });
});
