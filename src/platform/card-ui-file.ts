/**
 * Where the build writes the card UI bundle (Preact and the card), in the extension's files.
 * The content script imports it on first need (see import-card-ui.ts); it is the one
 * web-accessible file, at a per-session address in Chromium (`use_dynamic_url`).
 */
export const CARD_UI_FILE = "src/content/card-ui.js";
/** Its source, built as a self-contained IIFE beside the content script. */
export const CARD_UI_ENTRY = "src/content/card-ui.ts";
