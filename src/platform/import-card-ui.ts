import { CARD_UI_FILE } from "./card-ui-file";
import { browser } from "./extension-api";

/**
 * Runs the card UI bundle in this frame's content-script world (where the page cannot see it),
 * by a dynamic import of the extension's own file. The file is web-accessible only through the
 * extension's per-session dynamic address (`use_dynamic_url`), so a page cannot probe for it.
 */
export async function importCardUi(): Promise<void> {
  await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_FILE));
}
