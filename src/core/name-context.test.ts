import { describe, expect, it } from "vitest";
import {
  digitNextTo,
  hyphenGlued,
  isCapitalised,
  isTitleCase,
  versionFollows,
  wordAfter,
  wordBefore,
} from "./name-context";

const endOf = (text: string, name: string) => text.indexOf(name) + name.length;

describe("name context", () => {
  it("sees a version number after a name, not a share or a year", () => {
    for (const text of [
      "Grok 3 is out",
      "Claude 3.5 Sonnet",
      "Llama\u00a03.1",
      "GPT-4o",
      "Mistral 7B",
    ]) {
      const name = text.split(/[ \u00a0-]/)[0] ?? "";
      expect(versionFollows(text, endOf(text, name))).toBe(true);
    }
    expect(versionFollows("Apple 10 % plus", 5)).toBe(false);
    expect(versionFollows("Meta 2024 results", 4)).toBe(false);
    expect(versionFollows("Grok 3rdparty", 4)).toBe(false);
  });

  it("reads the word before a name: a title, a sentence's end, an elided article", () => {
    expect(wordBefore("said M.\u00a0Musk", 8)).toMatchObject({ word: "M.", sentenceEnd: false });
    expect(wordBefore("in Tennessee. Musk said", 14)).toMatchObject({ sentenceEnd: true });
    expect(wordBefore("à l’X", 4)).toMatchObject({ word: "l", elided: true });
    expect(wordBefore("(Malcolm X", 9)).toMatchObject({ word: "Malcolm", sentenceStart: true });
  });

  it("reads the word after a name", () => {
    expect(wordAfter("Claude Monet painted", 6)).toEqual({ word: "Monet", spaced: true });
    expect(wordAfter("Claude, Monet", 6)).toBeNull();
  });

  it("tells names from acronyms and Title Case headlines from sentences", () => {
    expect(isCapitalised("Monet")).toBe(true);
    expect(isCapitalised("Élysée")).toBe(true);
    expect(isCapitalised("CEO")).toBe(false);
    expect(isTitleCase("Musk Says Grok Will Beat OpenAI")).toBe(true);
    expect(isTitleCase("Altman critique Jack Altman sur OpenAI")).toBe(false);
  });

  it("sees letters glued by a hyphen and numbers next to a name", () => {
    expect(hyphenGlued("an X-ray", 3, 4)).toBe(true);
    expect(hyphenGlued("X - the app", 0, 1)).toBe(false);
    expect(digitNextTo("10 X faster", 3, 4)).toBe(true);
  });
});
