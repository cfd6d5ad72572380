// Runs in every benchmark page's main world before the page's own scripts (an init script). It
// records what the page itself can observe: Long Tasks API entries and, once the harness starts
// watching frames (for a hover, after the page's main-thread total is read), the frame that
// follows each watched mark and the frame where a hover began. The frames that paint a read's
// highlights come from the trace (main-thread-trace.ts): a probe that asks for every frame from
// the start had the page paint 60 frames a second throughout, about 90 ms of main thread on the
// 23 KB article, counted in every method's total and in the page's own.
// Serialised by Playwright: it must not reference anything outside its own body.

export interface FrameRecord {
  /** The mark that frame followed. */
  name: string;
  markAt: number;
  /** requestAnimationFrame callback of the first frame after the mark. */
  frameStart: number;
  /** First task after that frame's style, layout and paint. */
  frameEnd: number;
}

export interface ProbeState {
  longTasks: Array<{ start: number; duration: number }>;
  frames: FrameRecord[];
  hover: { armed: boolean; pendingFrame: boolean; frameAt: number | null };
}

/** Starts watching frames (see above); set on the page's global object by the probe. */
export type WatchFrames = () => void;

export const WATCHED_MARKS = ["backstory:card-rendered"];

export function installProbe(watched: string[]): void {
  const state: ProbeState = {
    longTasks: [],
    frames: [],
    hover: { armed: false, pendingFrame: false, frameAt: null },
  };
  (globalThis as unknown as { __benchProbe: ProbeState }).__benchProbe = state;
  // Lets the trace find this document's main thread.
  performance.mark("bench:init");
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: the trace still measures tasks.
  }
  // The hover starts when the armed pointer move lands; the content script sees that move in the
  // same frame's animation callbacks, where it starts its hover-delay timer.
  document.addEventListener(
    "pointermove",
    () => {
      if (!state.hover.armed) return;
      state.hover.armed = false;
      state.hover.pendingFrame = true;
    },
    { capture: true, passive: true },
  );
  let watching = false;
  const handled = new Map<string, number>();
  const onFrame = (): void => {
    const frameStart = performance.now();
    if (state.hover.pendingFrame) {
      state.hover.pendingFrame = false;
      state.hover.frameAt = frameStart;
    }
    for (const name of watched) {
      const marks = performance.getEntriesByName(name, "mark");
      const seen = handled.get(name) ?? 0;
      const mark = marks[marks.length - 1];
      if (marks.length <= seen || !mark) continue;
      handled.set(name, marks.length);
      // A message posted from an animation callback is handled once the frame's rendering
      // (style, layout, paint) is done: the gap is that frame's main-thread rendering time.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.frames.push({
          name,
          markAt: mark.startTime,
          frameStart,
          frameEnd: performance.now(),
        });
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    }
    requestAnimationFrame(onFrame);
  };
  const watchFrames: WatchFrames = () => {
    if (watching) return;
    watching = true;
    // Marks set before now are not followed by the next frame: they are not recorded.
    for (const name of watched)
      handled.set(name, performance.getEntriesByName(name, "mark").length);
    requestAnimationFrame(onFrame);
  };
  (globalThis as unknown as { __benchWatchFrames: WatchFrames }).__benchWatchFrames = watchFrames;
}
