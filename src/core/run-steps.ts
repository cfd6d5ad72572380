/**
 * Runs a generator of steps (work that pauses so a caller can spread it over slices) to its end
 * at once, and returns what it returns: for tools, tests and callers with nothing to wait for.
 */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
