import type { LazyBundle } from "./bundle-files";
import { browser } from "./extension-api";

/**
 * Runs a lazy bundle in this frame's content-script world (where the page cannot see it), by a
 * dynamic import of the extension's own file. The file is web-accessible only through the
 * extension's per-session dynamic address (`use_dynamic_url`), so a page cannot probe for it.
 */
export async function importBundle(bundle: LazyBundle): Promise<void> {
  await import(/* @vite-ignore */ browser.runtime.getURL(bundle.file));
}
