/**
 * The bundles the content script imports on first need (see import-bundle.ts), each built as a
 * self-contained IIFE beside it (lazy-bundle.ts). They are the only web-accessible files, at a
 * per-session address in Chromium (`use_dynamic_url`).
 */
export interface BundleFile {
  /** Its source. */
  entry: string;
  /** Where the build writes it, in the extension's files. */
  file: string;
}

// The files alone are what the content script needs: its bundle then holds no source paths.

/** The card UI (Preact and the card): on the first card, the undo toast or the popup's date. */
export const CARD_UI_FILE = "src/content/card-ui.js";
export const CARD_UI: BundleFile = { entry: "src/content/card-ui.ts", file: CARD_UI_FILE };

/** What reads of changes need (change-tools.ts): on a page's first change after load. */
export const CHANGE_TOOLS_FILE = "src/content/change-tools.js";
export const CHANGE_TOOLS: BundleFile = {
  entry: "src/content/change-tools-bundle.ts",
  file: CHANGE_TOOLS_FILE,
};

/**
 * Firefox only: the highlight rules for shadow roots (shadow-rules.ts), on the first shadow root
 * with a mention.
 */
export const SHADOW_RULES_FILE = "src/content/shadow-rules.js";
export const SHADOW_RULES: BundleFile = {
  entry: "src/content/shadow-rules-bundle.ts",
  file: SHADOW_RULES_FILE,
};

/**
 * The lazy bundles one browser's build carries: what the build writes (vite.config.ts) and what
 * its manifest lists as web-accessible (manifest-for.ts), from this one list.
 */
export function lazyBundlesFor(browser: "chrome" | "firefox"): BundleFile[] {
  return browser === "firefox" ? [CARD_UI, CHANGE_TOOLS, SHADOW_RULES] : [CARD_UI, CHANGE_TOOLS];
}
