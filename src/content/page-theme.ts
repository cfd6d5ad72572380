/**
 * Whether the page is dark, from the colour it actually paints behind its text: many sites have
 * a dark theme of their own whatever `prefers-color-scheme` says.
 */
export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const colour = parseColour(view.getComputedStyle(element).backgroundColor);
    if (colour && colour.alpha > 0.5) return relativeLuminance(colour) < 0.35;
  }
  // Nothing painted: the canvas, which follows the page's color-scheme.
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme;
  return (
    scheme === "dark" ||
    (scheme.includes("dark") && view.matchMedia("(prefers-color-scheme: dark)").matches)
  );
}

interface Colour {
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

function parseColour(value: string): Colour | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(
    value,
  );
  if (!match) return null;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith("%")
        ? Number.parseFloat(alphaText) / 100
        : Number(alphaText);
  return { red: Number(match[1]), green: Number(match[2]), blue: Number(match[3]), alpha };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function relativeLuminance({ red, green, blue }: Colour): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}
