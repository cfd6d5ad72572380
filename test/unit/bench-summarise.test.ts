import { describe, expect, it } from "vitest";
import type { LoadMeasurement } from "../bench/measure";
import { type PageLoads, quartiles, summarisePage } from "../bench/summarise";

function load(taskMs: number): LoadMeasurement {
  return { taskMs, jsHeapMB: 1, domHeapMB: 1 } as unknown as LoadMeasurement;
}

describe("the benchmark's summary", () => {
  it("gives the quartiles as the medians of each half", () => {
    expect(quartiles([])).toBeNull();
    expect(quartiles([5])).toEqual([5, 5]);
    expect(quartiles([4, 1, 3, 2])).toEqual([1.5, 3.5]);
    expect(quartiles([1, 2, 3, 4, 5])).toEqual([2, 4]);
  });

  it("pairs added time by round and says how much it spread", () => {
    const none = [100, 110, 90, 100, 120].map(load);
    const backstory = [130, 150, 100, 125, 160].map(load);
    const loads = { none, backstory } as unknown as PageLoads;
    // Warm-up round 0 left out: differences 40, 10, 25, 40.
    const figures = summarisePage(loads, 1, false);
    expect(figures.backstory?.addedMs).toBe(32.5);
    expect(figures.backstory?.addedLowMs).toBe(17.5);
    expect(figures.backstory?.addedHighMs).toBe(40);
  });
});
