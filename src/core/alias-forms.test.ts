import { describe, expect, it } from "vitest";
import { aliasFormsOf, isShortFormOf, withoutTitles } from "./alias-forms";
import type { Alias, Entity } from "./dataset";

function entity(type: Entity["type"], aliases: Array<Partial<Alias> & { text: string }>): Entity {
  return {
    id: "sample",
    name: aliases[0]?.text ?? "",
    type,
    wikipedia: { en: null, fr: null },
    aliases: aliases.map((alias) => ({ lang: "any", case: "sensitive", ...alias })),
    summary: { en: "", fr: "" },
    statements: [],
  };
}

describe("aliasFormsOf", () => {
  it("reads aliases in canonical form: apostrophes, spaces and case folded for the trie", () => {
    const { forms } = aliasFormsOf(
      entity("person", [{ text: "Adam  D’Angelo", case: "insensitive" }]),
    );
    expect(forms.map((form) => [form.exact, form.folded])).toEqual([
      ["Adam D'Angelo", "adam d'angelo"],
    ]);
  });

  it("drops an alias that only adds a legal suffix or a title to another", () => {
    const { forms, notes } = aliasFormsOf(
      entity("company", [{ text: "xAI" }, { text: "xAI Corp" }, { text: "xAI Corp." }]),
    );
    expect(forms.map((form) => form.exact)).toEqual(["xAI"]);
    expect(notes).toHaveLength(2);
  });

  it("turns a descriptive noun or a possessor around a name into a cue word", () => {
    const { forms, extraCues } = aliasFormsOf(
      entity("product", [
        { text: "Colossus", ambiguous: true },
        { text: "Colossus supercomputer", lang: "en" },
        { text: "supercalculateur Colossus", lang: "fr" },
        { text: "xAI's Colossus" },
        { text: "Colossus 2" },
      ]),
    );
    expect(forms.map((form) => form.exact)).toEqual(["Colossus", "Colossus 2"]);
    expect(extraCues).toEqual({ en: ["supercomputer", "xai"], fr: ["supercalculateur", "xai"] });
  });

  it("marks a person's ambiguous surname as needing their full name on the page", () => {
    const { forms } = aliasFormsOf(
      entity("person", [{ text: "Elon Musk" }, { text: "Musk", ambiguous: true }]),
    );
    expect(forms.map((form) => [form.exact, form.needsAnchor])).toEqual([
      ["Elon Musk", false],
      ["Musk", true],
    ]);
  });
});

describe("alias helpers", () => {
  it("strip legal suffixes and honorifics, never the whole name", () => {
    expect(withoutTitles("OpenAI, Inc.")).toBe("OpenAI");
    expect(withoutTitles("Prince Alwaleed bin Talal")).toBe("Alwaleed bin Talal");
    expect(withoutTitles("SAS")).toBe("SAS");
  });

  it("see a short form in any subset of a longer name's words", () => {
    expect(isShortFormOf("le maire", "bruno le maire")).toBe(true);
    expect(isShortFormOf("musk", "musk")).toBe(false);
    expect(isShortFormOf("kimbal", "elon musk")).toBe(false);
  });
});
