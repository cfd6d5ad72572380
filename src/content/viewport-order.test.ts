import { describe, expect, it } from "vitest";
import type { PageMention } from "./page-mention";
import { viewportFirst } from "./viewport-order";

/** Mentions at these distances from the viewport's top (negative: scrolled past). */
function mentionsAt(tops: number[]) {
  let reads = 0;
  const mentions = tops.map(
    (top) =>
      ({
        text: String(top),
        get range() {
          return {
            getBoundingClientRect: () => {
              reads += 1;
              return { top, bottom: top + 20 };
            },
          };
        },
      }) as unknown as PageMention,
  );
  return { mentions, reads: () => reads };
}

describe("viewportFirst", () => {
  it("starts at the first mention not above the viewport, then goes back up, nearest first", () => {
    const { mentions } = mentionsAt([-900, -500, -100, -10, 40, 300, 2000]);
    expect(viewportFirst(mentions).map((mention) => mention.text)).toEqual([
      "-10",
      "40",
      "300",
      "2000",
      "-100",
      "-500",
      "-900",
    ]);
  });

  it("reads a handful of rectangles, however many mentions there are", () => {
    const { mentions, reads } = mentionsAt(
      Array.from({ length: 10_000 }, (_, i) => i * 30 - 150_000),
    );
    const ordered = viewportFirst(mentions);
    expect(ordered[0]?.text).toBe("0");
    expect(reads()).toBeLessThanOrEqual(15);
  });
});
