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
      /^:root::highlight\(backstory-company\)\{text-decoration:underline 2px #[0-9a-f]{8};/,
    );
    const rules = (text: string) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .split("}")
        .map((rule) => rule.replace(/\s+/g, "").replace(/;$/, ""))
        .filter(Boolean);
    // The same rules once colours are written one way (the browser reads both the same).
    const asRgb = (text: string) =>
      text.replace(/#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?/g, (_, r, g, b, a) =>
        [r, g, b, a]
          .filter(Boolean)
          .map((byte) => Number.parseInt(byte, 16))
          .join(","),
      );
    const fromSource = scopeHighlightsToRoot(css).replace(
      /rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)/g,
      (_, r, g, b, a) =>
        [r, g, b, a === undefined ? "" : Math.round(Number(a) * 255)]
          .filter((part) => part !== "")
          .join(","),
    );
    expect(rules(asRgb(minified))).toEqual(rules(fromSource));
    expect(minified.length).toBeLessThan(css.length * 0.8);
  });

  it("writes rgb() colours in hex, with their alpha, and leaves impossible ones alone", () => {
    expect(minifyCss("a { color: rgb(37 99 235 / 0.7); b: rgb(0 0 0); c: rgb(300 0 0); }")).toBe(
      "a{color:#2563ebb3;b:#000000;c:rgb(300 0 0)}",
    );
  });
});
