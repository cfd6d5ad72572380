import { describe, expect, it } from "vitest";
import { seriesLabel } from "./round-series";

describe("round series labels", () => {
  it("says lettered series and their extensions in French", () => {
    expect(seriesLabel("Series C", "fr")).toBe("série C");
    expect(seriesLabel("Series B+", "fr")).toBe("série B+");
    expect(seriesLabel("Series C extension", "fr")).toBe("extension de série C");
  });

  it("says the other kinds of round the way the French press does", () => {
    expect(seriesLabel("Seed", "fr")).toBe("amorçage");
    expect(seriesLabel("Funding round", "fr")).toBe("levée de fonds");
    expect(seriesLabel("IPO", "fr")).toBe("introduction en Bourse");
    expect(seriesLabel("Strategic investment", "fr")).toBe("investissement stratégique");
  });

  it("names the investor of a strategic stake with elision", () => {
    expect(seriesLabel("Amazon investment", "fr")).toBe("investissement d’Amazon");
    expect(seriesLabel("Google investment", "fr")).toBe("investissement de Google");
    expect(seriesLabel("Equity sale to Alphabet", "fr")).toBe("cession de parts à Alphabet");
  });

  it("keeps English labels on English cards and unknown labels as written", () => {
    expect(seriesLabel("Series C", "en")).toBe("Series C");
    expect(seriesLabel("Bridge note", "fr")).toBe("Bridge note");
  });
});
