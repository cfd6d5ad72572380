import { describe, expect, it } from "vitest";
import { declaredLanguage, pageLanguage } from "./page-language";

describe("pageLanguage", () => {
  it("follows the text when it clearly says, whatever the page declares", () => {
    expect(pageLanguage({ en: 2, fr: 40 }, "en")).toBe("fr");
    expect(pageLanguage({ en: 30, fr: 1 }, "fr")).toBe("en");
  });

  it("follows the declaration when the text says too little or is mixed", () => {
    expect(pageLanguage({ en: 1, fr: 2 }, "en")).toBe("en");
    expect(pageLanguage({ en: 10, fr: 9 }, "fr")).toBe("fr");
    expect(pageLanguage({ en: 0, fr: 0 }, null)).toBe("en");
  });

  it("reads the primary subtag of <html lang>", () => {
    expect(declaredLanguage("fr-FR")).toBe("fr");
    expect(declaredLanguage(" EN_gb ")).toBe("en");
    expect(declaredLanguage("de")).toBeNull();
    expect(declaredLanguage(null)).toBeNull();
  });
});
