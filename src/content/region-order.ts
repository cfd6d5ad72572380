// Where the blocks of regions read again go among the blocks kept: in reading order, in one pass.

import { ReadingOrder } from "./reading-order";

/**
 * Steps that put `regions` (each a run of items in reading order, no two overlapping) where they
 * belong among `items`, in one pass: a feed read again in 1,400 regions would otherwise copy its
 * blocks 1,400 times. Each region is placed by binary search on its first item's `anchorOf`, a
 * few dozen at a step (2,000 regions take several slices).
 */
export function* insertInReadingOrder<T>(
  items: T[],
  regions: T[][],
  anchorOf: (item: T) => Node,
): Generator<void, T[], void> {
  if (regions.length === 0) return items;
  const order = new ReadingOrder();
  const firstOf = (region: T[]) => anchorOf(region[0] as T);
  const placed: Array<{ region: T[]; at: number }> = [];
  for (const [index, region] of regions.entries()) {
    if (index % 64 === 63) yield;
    placed.push({ region, at: positionOf(items, firstOf(region), anchorOf, order) });
  }
  // Usually already in order (regions come in reading order, from a feed or a page read as it is
  // shown): checking takes one comparison a region, sorting several.
  const byPlace = (a: (typeof placed)[number], b: (typeof placed)[number]) =>
    a.at - b.at || order.compare(firstOf(a.region), firstOf(b.region));
  if (
    placed.some(
      (entry, index) => index > 0 && byPlace(placed[index - 1] as typeof entry, entry) > 0,
    )
  ) {
    placed.sort(byPlace);
  }
  const merged: T[] = [];
  let next = 0;
  for (const { region, at } of placed) {
    while (next < at) merged.push(items[next++] as T);
    for (const item of region) merged.push(item);
  }
  while (next < items.length) merged.push(items[next++] as T);
  return merged;
}

/** Where an item anchored at `first` goes among `items` (binary search on reading order). */
function positionOf<T>(
  items: readonly T[],
  first: Node,
  anchorOf: (item: T) => Node,
  order: ReadingOrder,
): number {
  // After everything so far (the reader scrolled down, a feed appended): one comparison.
  const last = items[items.length - 1];
  if (last === undefined || order.compare(anchorOf(last), first) < 0) return items.length;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (order.compare(anchorOf(items[mid] as T), first) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
