/**
 * The content script's lazy bundles, where the build writes them in the extension's files and
 * the sources they are built from. Each is a self-contained IIFE the content script imports on
 * first need (see import-bundle.ts); they are the only web-accessible files, at a per-session
 * address in Chromium (`use_dynamic_url`, manifest.json).
 */
export const LAZY_BUNDLES = {
  /** The read in blocks and the highlights: once a page may name anyone. */
  reader: { file: "src/content/reader.js", entry: "src/content/reader.ts" },
  /** Preact and the card: on the first card, card action or popup request that needs them. */
  cardUi: { file: "src/content/card-ui.js", entry: "src/content/card-ui.ts" },
} as const;

export type LazyBundle = (typeof LAZY_BUNDLES)[keyof typeof LAZY_BUNDLES];
