import { describe, expect, it } from "vitest";
import type { PageMention } from "./page-mention";
import { viewportFirst } from "./viewport-order";

/** Mentions at these distances from the viewport's top (negative: scrolled past). */
function mentionsAt(tops: number[]) {
  let reads = 0;
  const mentions = tops.map((top) => ({ text: String(top) }) as unknown as PageMention);
  const rectOf = (mention: PageMention) => {
    reads += 1;
    return { bottom: Number(mention.text) + 20 };
  };
  return { mentions, rectOf, reads: () => reads };
}

describe("viewportFirst", () => {
  it("starts at the first mention not above the viewport, then goes back up, nearest first", () => {
    const { mentions, rectOf } = mentionsAt([-900, -500, -100, -10, 40, 300, 2000]);
    expect(viewportFirst(mentions, rectOf).map((mention) => mention.text)).toEqual([
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
    const { mentions, rectOf, reads } = mentionsAt(
      Array.from({ length: 10_000 }, (_, i) => i * 30 - 150_000),
    );
    const ordered = viewportFirst(mentions, rectOf);
    expect(ordered[0]?.text).toBe("0");
    expect(reads()).toBeLessThanOrEqual(15);
  });
});
