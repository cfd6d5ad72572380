import { CARD_UI_FILE, CHANGE_TOOLS_FILE, SHADOW_RULES_FILE } from "./bundle-files";
import { browser } from "./extension-api";

/**
 * Runs one of the extension's lazy bundles in this frame's content-script world (where the page
 * cannot see it), by a dynamic import of the extension's own file. The file is web-accessible
 * only through the extension's per-session dynamic address (`use_dynamic_url`), so a page cannot
 * probe for it.
 */
async function importBundle(file: string): Promise<void> {
  await import(/* @vite-ignore */ browser.runtime.getURL(file));
}

export const importCardUi = () => importBundle(CARD_UI_FILE);
export const importChangeTools = () => importBundle(CHANGE_TOOLS_FILE);
export const importShadowRules = () => importBundle(SHADOW_RULES_FILE);
