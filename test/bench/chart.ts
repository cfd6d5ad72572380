// The README's chart, drawn from the results file: time to find and highlight the mentions, per
// page and method, on a log scale (mark.js and the floor are two orders of magnitude apart).
// Backstory reads the pages over 16,384 elements as they are shown: its bar there is the time to
// the highlights near the viewport, and on `long` the rest, read on demand, is written beside.
import type { Method } from "./measure";
import type { BenchResults } from "./report";

const PAGES = ["article", "long", "feed", "empty"] as const;
/** The pages Backstory reads as they are shown (over 16,384 elements: see src/content/index.ts). */
const READ_AS_SHOWN: ReadonlySet<string> = new Set(["long", "feed", "empty"]);
const BARS: Array<{ method: Method; label: string; colour: string }> = [
  { method: "floor", label: "floor (TreeWalker)", colour: "#9ca3af" },
  { method: "backstory", label: "Backstory", colour: "#2563eb" },
  { method: "regex", label: "naive RegExp", colour: "#f59e0b" },
  { method: "markjs", label: "mark.js", colour: "#7c3aed" },
];

const WIDTH = 760;
const LEFT = 150;
const RIGHT = 90;
const BAR = 14;
const GAP = 4;
const GROUP_GAP = 18;
const TOP = 72;
const HEADER = 18;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function renderChart(results: BenchResults): string {
  const values = PAGES.flatMap((page) =>
    BARS.map((bar) => results.pages[page]?.[bar.method]?.ms).filter(
      (ms): ms is number => ms !== undefined,
    ),
  );
  const low = 10 ** Math.floor(Math.log10(Math.max(Math.min(...values, 1), 0.01)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values, 10)));
  const span = WIDTH - LEFT - RIGHT;
  const x = (ms: number) =>
    LEFT + (Math.log10(Math.max(ms, low) / low) / Math.log10(high / low)) * span;
  const pages = PAGES.filter((page) => results.pages[page]);
  const groupHeight = HEADER + BARS.length * (BAR + GAP) + GROUP_GAP;
  const height = TOP + pages.length * groupHeight + 40;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">Backstory benchmark: time to find and highlight the mentions, per page and method</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="8" y="20" font-size="14" font-weight="600">Time to find and highlight the mentions (ms, log scale)</text>`,
    `<text x="8" y="38" fill="#555">Medians of fresh page loads, headless Chromium, ${escapeXml(results.meta.date.slice(0, 10))} · (n×) = times the floor of the same round · lower is better</text>`,
    `<text x="8" y="54" fill="#555">Backstory, in view: a page over 16,384 elements is read as it is shown, what is near the viewport first</text>`,
  ];
  for (let decade = low; decade <= high; decade *= 10) {
    const at = x(decade).toFixed(1);
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${TOP - 6}" y2="${height - 34}" stroke="#e5e7eb"/>`,
      `<text x="${at}" y="${height - 20}" text-anchor="middle" fill="#555">${decade >= 1 ? decade.toFixed(0) : decade.toString()}</text>`,
    );
  }
  pages.forEach((page, groupIndex) => {
    const top = TOP + groupIndex * groupHeight;
    const info = results.pageInfo[page];
    const caption = info ? ` — ${escapeXml(info.description)}` : "";
    parts.push(
      `<text x="8" y="${top + 12}"><tspan font-weight="600">${page}</tspan><tspan fill="#555">${caption}</tspan></text>`,
    );
    BARS.forEach((bar, barIndex) => {
      const y = top + HEADER + barIndex * (BAR + GAP);
      const figures = results.pages[page]?.[bar.method];
      const inView = bar.method === "backstory" && READ_AS_SHOWN.has(page);
      const label = inView ? `${bar.label}, in view` : bar.label;
      parts.push(
        `<text x="${LEFT - 8}" y="${y + BAR - 3}" text-anchor="end" fill="#333">${label}</text>`,
      );
      if (figures?.ms === undefined) {
        parts.push(`<text x="${LEFT + 4}" y="${y + BAR - 3}" fill="#999">not measured</text>`);
        return;
      }
      const end = x(figures.ms);
      const ratio = figures.ratio !== undefined ? ` (${figures.ratio.toFixed(1)}×)` : "";
      const rest =
        inView && figures.restMs !== undefined
          ? ` · all, on demand: ${figures.restMs.toFixed(0)} ms`
          : "";
      parts.push(
        `<rect x="${LEFT}" y="${y}" width="${Math.max(end - LEFT, 1).toFixed(1)}" height="${BAR}" fill="${bar.colour}" rx="2"/>`,
        `<text x="${(end + 5).toFixed(1)}" y="${y + BAR - 3}" fill="#111">${figures.ms.toFixed(1)}${ratio}${rest}</text>`,
      );
    });
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
