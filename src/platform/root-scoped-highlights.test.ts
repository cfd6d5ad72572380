import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { minifyCss, scopeHighlightsToRoot } from "./root-scoped-highlights";

describe("scopeHighlightsToRoot", () => {
  it("puts every ::highlight() selector on :root, in lists too, and leaves comments alone", () => {
    const css = [
      "/* Our ::highlight() rules */",
      "::highlight(a) { color: red; }",
      "::highlight(b),",
      "  ::highlight(c) { color: blue; }",
    ].join("\n");
    expect(scopeHighlightsToRoot(css)).toBe(
      [
        "/* Our ::highlight() rules */",
        ":root::highlight(a) { color: red; }",
        ":root::highlight(b),",
        "  :root::highlight(c) { color: blue; }",
      ].join("\n"),
    );
  });

  it("leaves no rule of the shipped stylesheet matching every element", () => {
    const scoped = scopeHighlightsToRoot(readFileSync("src/styles/highlights.css", "utf8"));
    const selectors = scoped
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .split("}")
      .map((rule) => rule.split("{")[0]?.trim() ?? "")
      .filter(Boolean);
    // Six types and the active mention, in four looks (light, dark, tinted light, tinted dark).
    expect(selectors.length).toBe(28);
    for (const selector of selectors) expect(selector).toMatch(/^:root::highlight\(backstory-/);
  });
});

describe("minifyCss", () => {
  it("drops comments and spacing, and keeps every rule as it was", () => {
    const css = readFileSync("src/styles/highlights.css", "utf8");
    const minified = minifyCss(scopeHighlightsToRoot(css));
    expect(minified).not.toContain("/*");
    expect(minified).toMatch(
      /^:root::highlight\(backstory-company\)\{text-decoration:underline 2px rgb\(/,
    );
    const rules = (text: string) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .split("}")
        .map((rule) => rule.replace(/\s+/g, "").replace(/;$/, ""))
        .filter(Boolean);
    expect(rules(minified)).toEqual(rules(scopeHighlightsToRoot(css)));
    expect(minified.length).toBeLessThan(css.length * 0.8);
  });
});
