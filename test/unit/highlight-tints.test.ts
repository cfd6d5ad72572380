// The tinted highlights of very large pages (see HighlightLook) colour the text itself: it must
// stay readable, 4.5:1 (WCAG AA) against the page behind it with the tint laid over it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contrast } from "../contrast";

const css = readFileSync(resolve("src/styles/highlights.css"), "utf8");
const RULE = /::highlight\((backstory-[\w-]+-tint(-dark)?)\)\s*\{([^}]*)\}/g;

function colourOf(body: string, property: string): string | null {
  const match = new RegExp(`(?:^|;|\\s)${property}:\\s*([^;]+);`).exec(body);
  return match?.[1]?.trim() ?? null;
}

/** `rgb(r g b / a)` → `rgba(r, g, b, a)`, the form `contrast` reads. */
function legacy(colour: string): string {
  const [r, g, b, a = "1"] = colour.match(/[\d.]+/g) ?? [];
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}

/** The tint laid over the page: an opaque colour. */
function behind(tint: string, page: string): string {
  const [r = 0, g = 0, b = 0, a = 1] = (legacy(tint).match(/[\d.]+/g) ?? []).map(Number);
  const [pr = 0, pg = 0, pb = 0] = (page.match(/[\d.]+/g) ?? []).map(Number);
  const mix = (c: number, p: number) => Math.round(a * c + (1 - a) * p);
  return `rgb(${mix(r, pr)}, ${mix(g, pg)}, ${mix(b, pb)})`;
}

const PAGES = {
  light: ["rgb(255, 255, 255)", "rgb(244, 244, 240)"],
  dark: ["rgb(0, 0, 0)", "rgb(18, 18, 18)", "rgb(34, 34, 34)"],
};

describe("tinted highlights", () => {
  const rules = [...css.matchAll(RULE)].filter(([, name]) => !name?.includes("active"));

  it("exist for every type, in both palettes", () => {
    expect(rules).toHaveLength(12);
  });

  it.each(rules.map(([, name, dark, body]) => ({ name, dark: Boolean(dark), body: body ?? "" })))(
    "$name keeps its text at 4.5:1 or more",
    ({ dark, body }) => {
      const text = colourOf(body, "color");
      const tint = colourOf(body, "background-color");
      expect(text).not.toBeNull();
      expect(tint).not.toBeNull();
      for (const page of PAGES[dark ? "dark" : "light"]) {
        const ratio = contrast(legacy(text as string), behind(tint as string, page));
        expect(ratio, `on ${page}`).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});
