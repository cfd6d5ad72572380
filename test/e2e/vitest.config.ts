import { defineConfig } from "vitest/config";

// End-to-end tests share one machine with 2 cores: one browser at a time.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A loaded 2-core machine can take a few seconds to settle a page; polls wait that long.
    expect: { poll: { timeout: 8_000, interval: 100 } },
  },
});
