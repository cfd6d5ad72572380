import type { PageMention } from "./page-mention";
import { spanRect } from "./span-geometry";

/**
 * `mentions` (in reading order) in the order to highlight them: from the first one that is not
 * above the viewport onwards (what the reader sees, then what comes next as they scroll down),
 * then the ones above, nearest first. Found by binary search on reading order, which follows the
 * page downwards closely enough: a few rectangles read, whatever the number of mentions.
 */
export function viewportFirst(
  mentions: readonly PageMention[],
  rectOf: (mention: PageMention) => { bottom: number } = (mention) => spanRect(mention.range),
): PageMention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const rect = rectOf(mentions[mid] as PageMention);
    if (rect.bottom < 0) low = mid + 1;
    else high = mid;
  }
  return [...mentions.slice(low), ...mentions.slice(0, low).reverse()];
}
