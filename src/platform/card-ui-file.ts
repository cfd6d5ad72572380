/**
 * Where the build writes the card UI bundle (Preact and the card), in the extension's files.
 * It is injected into a frame by the background on first need, never listed as a
 * web-accessible resource: a page has no fixed address to probe for it.
 */
export const CARD_UI_FILE = "src/content/card-ui.js";
/** Its source, built as a self-contained IIFE beside the content script. */
export const CARD_UI_ENTRY = "src/content/card-ui.ts";
