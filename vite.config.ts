import { crx } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import baseManifest from "./manifest.json" with { type: "json" };
import { datasetPlugin } from "./src/data/vite-plugin";
import { lazyBundlesFor } from "./src/platform/bundle-files";
import { lazyBundle } from "./src/platform/lazy-bundle";
import { type Browser, manifestFor } from "./src/platform/manifest-for";
import { contentStylesheets } from "./src/platform/root-scoped-highlights";

/** The content script's stylesheets (the highlight rules), as the manifest lists them. */
const contentStyles = baseManifest.content_scripts.flatMap((script) => script.css ?? []);

// One source, two builds: `vite build --mode chrome` and `vite build --mode firefox`.
export default defineConfig(({ mode }) => {
  const browser: Browser = mode === "firefox" ? "firefox" : "chrome";
  return {
    plugins: [
      datasetPlugin(),
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // A self-contained IIFE: no loader round trip, and nothing for pages to probe
        // in web_accessible_resources.
        contentScripts: { standaloneFiles: ["src/content/index.ts"] },
      }),
      contentStylesheets(contentStyles, { rootScoped: browser === "chrome" }),
      // The card UI, loaded into a page on the first card it needs; what reads of changes and
      // larger pages need; in Firefox, the highlight rules for shadow roots (Chromium's reach
      // them from the root).
      ...lazyBundlesFor(browser).map((bundle) => lazyBundle(mode, bundle)),
    ],
    // Copied as is to the build's root: _locales.
    publicDir: "assets/public",
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: "es2022",
      // The background holds the whole facts index (~1.4 MB) by design: pages never load it.
      chunkSizeWarningLimit: 2000,
      sourcemap: false,
    },
    test: {
      include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/unit/**/*.test.ts"],
      environment: "node",
    },
  };
});
