import { describe, expect, it } from "vitest";
import { runInSlices } from "./slices";

describe("runInSlices", () => {
  it("yields to the page whenever a slice has used its budget", async () => {
    let clock = 0;
    let pauses = 0;
    function* steps() {
      for (let i = 0; i < 10; i++) {
        clock += 3; // each step costs 3 ms
        yield i;
      }
    }
    const done = await runInSlices(
      steps(),
      new AbortController().signal,
      8,
      () => clock,
      async () => {
        pauses += 1;
      },
    );
    expect(done).toBe(true);
    // 30 ms of work in slices of at most 8 ms (3 steps of 3 ms each).
    expect(pauses).toBe(3);
  });

  it("stops when aborted", async () => {
    const controller = new AbortController();
    let ran = 0;
    function* steps() {
      for (let i = 0; i < 100; i++) {
        ran += 1;
        if (i === 5) controller.abort();
        yield i;
      }
    }
    expect(await runInSlices(steps(), controller.signal)).toBe(false);
    expect(ran).toBe(6);
  });
});
