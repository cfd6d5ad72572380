import { afterEach, describe, expect, it, vi } from "vitest";
import { afterNextFrame, runInSlices } from "./slices";

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

describe("afterNextFrame", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A tab in the given state whose frames are drawn when the test says so. */
  function tab(visibilityState: "visible" | "hidden") {
    const frames = new Map<number, () => void>();
    let lastId = 0;
    vi.stubGlobal("document", { visibilityState });
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => {
      lastId += 1;
      frames.set(lastId, callback);
      return lastId;
    });
    vi.stubGlobal("cancelAnimationFrame", (id: number) => frames.delete(id));
    return {
      drawFrame: () => {
        const due = [...frames.values()];
        frames.clear();
        for (const callback of due) callback();
      },
      framesAsked: () => frames.size,
    };
  }

  it("waits for the browser's next frame in a visible tab", async () => {
    const { drawFrame } = tab("visible");
    let done = false;
    const waiting = afterNextFrame(60_000).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    drawFrame();
    await waiting;
    expect(done).toBe(true);
  });

  it("does not wait in a hidden tab, which draws no frames", async () => {
    tab("hidden");
    await expect(afterNextFrame(60_000)).resolves.toBeUndefined();
  });

  it("stops waiting once frames have stalled for the timeout, and asks for no frame after", async () => {
    const { framesAsked } = tab("visible");
    await expect(afterNextFrame(5)).resolves.toBeUndefined();
    expect(framesAsked()).toBe(0);
  });

  it("leaves no timer behind once the frame came", async () => {
    const { drawFrame } = tab("visible");
    const timers = vi.spyOn(globalThis, "clearTimeout");
    const waiting = afterNextFrame(60_000);
    drawFrame();
    await waiting;
    expect(timers).toHaveBeenCalledTimes(1);
    timers.mockRestore();
  });
});
