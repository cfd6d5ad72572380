// Chromium's build of the highlight rules. Written plainly, `::highlight(name)` is
// `*::highlight(name)`: every element of the page matches it, and Chromium then works out each of
// our 28 highlight styles for every element at each style recalculation (measured on 200,000
// elements: the page's first restyle went from 0.9 s to 2.1–2.3 s). Chromium inherits highlight
// styles down the tree, into shadow trees too, so the same rules on `:root` alone paint every
// mention and add about a third to a full restyle (478–500 ms against 350 on that page; any rule
// on the root costs that, however many). Painting them costs the same either way (measured on the
// bench's `long` page, same build, in turns). Firefox does not inherit them: its build keeps the
// rules as written.
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/** `css` with every `::highlight(…)` selector put on the root element. */
export function scopeHighlightsToRoot(css: string): string {
  // Selectors start a line or follow a comma; the comments' "::highlight()" stay as they are.
  return css.replace(/(^|,)(\s*)::highlight\(/gm, "$1$2:root::highlight(");
}

/**
 * `css` without comments and the white space around its punctuation, its `rgb()` colours in hex:
 * every page the content script runs on loads this stylesheet (part of the bootstrap's budget).
 * Enough for our plain rules (no strings, no `url()`).
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};:,])\s*/g, "$1")
    .replace(/;}/g, "}")
    .replace(RGB, (colour, ...channels: string[]) => hexColour(colour, channels.slice(0, 4)))
    .trim();
}

/** `rgb(37 99 235)` or `rgb(37 99 235 / 0.7)`, space-separated as our stylesheet writes them. */
const RGB = /rgb\((\d{1,3}) (\d{1,3}) (\d{1,3})(?: \/ (0?\.\d+|[01]))?\)/g;

/** `#2563eb`, `#2563ebb3`: the same colour (alpha rounded to 1/255); left as is if out of range. */
function hexColour(colour: string, [red, green, blue, alpha]: string[]): string {
  const bytes = [red, green, blue].map(Number);
  if (alpha !== undefined) bytes.push(Math.round(Number(alpha) * 255));
  if (bytes.some((byte) => byte > 255)) return colour;
  return `#${bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Puts the stylesheets `fileNames` (the manifest's content-script styles) in the build,
 * minified, with their highlight rules scoped by `scopeHighlightsToRoot` where `rootScoped`
 * (Chromium). Emitted before @crxjs copies manifest assets, which leaves a file already in the
 * build as it is.
 */
export function contentStylesheets(
  fileNames: readonly string[],
  { rootScoped }: { rootScoped: boolean },
): Plugin {
  return {
    name: "backstory:content-stylesheets",
    enforce: "pre",
    generateBundle() {
      for (const fileName of fileNames) {
        const css = readFileSync(fileName, "utf8");
        const source = minifyCss(rootScoped ? scopeHighlightsToRoot(css) : css);
        this.emitFile({ type: "asset", fileName, source });
      }
    },
  };
}
