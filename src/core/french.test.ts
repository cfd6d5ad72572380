import { describe, expect, it } from "vitest";
import { displayName } from "./dataset";
import { elideBefore, startsWithVowelSound, withDe } from "./french";

describe("French elision", () => {
  it("elides de before names that start with a vowel, in any case", () => {
    expect(withDe("OpenAI")).toBe("d’OpenAI");
    expect(withDe("Amazon")).toBe("d’Amazon");
    expect(withDe("Anthropic")).toBe("d’Anthropic");
    expect(withDe("Élysée")).toBe("d’Élysée");
    expect(withDe("Uber")).toBe("d’Uber");
  });

  it("elides before acronyms read from a vowel, and not before consonants", () => {
    expect(withDe("IBM")).toBe("d’IBM");
    expect(withDe("AMD")).toBe("d’AMD");
    expect(withDe("Nvidia")).toBe("de Nvidia");
    expect(withDe("Mistral AI")).toBe("de Mistral AI");
    expect(withDe("Google")).toBe("de Google");
  });

  it("elides before a name read letter by letter from a lowercase letter, as in xAI", () => {
    expect(withDe("xAI")).toBe("d’xAI");
    expect(withDe("xylophone")).toBe("de xylophone");
  });

  it("keeps de before h names, except known mute-h words", () => {
    expect(withDe("Hugging Face")).toBe("de Hugging Face");
    expect(withDe("Harvey")).toBe("de Harvey");
    expect(withDe("HP")).toBe("de HP");
    expect(withDe("Hôtel de Ville")).toBe("d’Hôtel de Ville");
  });

  it("treats y before a vowel as a consonant", () => {
    expect(withDe("Yann LeCun")).toBe("de Yann LeCun");
    expect(withDe("YouTube")).toBe("de YouTube");
    expect(startsWithVowelSound("Yvelines")).toBe(true);
  });

  it("elides le and la the same way", () => {
    expect(elideBefore("le", "Institut Pasteur")).toBe("l’Institut Pasteur");
    expect(elideBefore("la", "Commission européenne")).toBe("la Commission européenne");
    expect(elideBefore("le", "")).toBe("le ");
  });
});

describe("displayName", () => {
  const parliament = { name: "European Parliament", localNames: { fr: "Parlement européen" } };

  it("uses the local name in its language and the name elsewhere", () => {
    expect(displayName(parliament, "fr")).toBe("Parlement européen");
    expect(displayName(parliament, "en")).toBe("European Parliament");
    expect(displayName({ name: "OpenAI" }, "fr")).toBe("OpenAI");
  });
});
