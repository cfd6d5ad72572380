import { type BundleFile, CARD_UI, CHANGE_TOOLS } from "./bundle-files";
import { browser } from "./extension-api";

/**
 * Runs one of the extension's lazy bundles in this frame's content-script world (where the page
 * cannot see it), by a dynamic import of the extension's own file. The file is web-accessible
 * only through the extension's per-session dynamic address (`use_dynamic_url`), so a page cannot
 * probe for it.
 */
async function importBundle(bundle: BundleFile): Promise<void> {
  await import(/* @vite-ignore */ browser.runtime.getURL(bundle.file));
}

export const importCardUi = () => importBundle(CARD_UI);
export const importChangeTools = () => importBundle(CHANGE_TOOLS);
