// Running on pages outside the curated news sites: once on the current tab (activeTab), always on
// a site the user picks (an optional host permission asked at the click), or everywhere (opt-in).
import browser from "webextension-polyfill";

/** The built content script and its highlight styles: the same paths in both builds. */
const CONTENT_SCRIPT = "src/content/index.js";
const CONTENT_STYLES = "src/styles/highlights.css";
const REGISTERED_ID = "backstory-user-sites";

export function originsOf(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

const ALL_SITES = ["*://*/*"];

/** "Run on this page": inject into the active tab, which the toolbar click has granted. */
export async function runOnTab(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLES] });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}

/** Asks the browser for access to a site; must run in the click that asked for it. */
export function requestSiteAccess(site: string | null): Promise<boolean> {
  const origins = site === null ? ALL_SITES : originsOf(site);
  return browser.permissions.request({ origins }).catch(() => false);
}

export function hasSiteAccess(site: string | null): Promise<boolean> {
  const origins = site === null ? ALL_SITES : originsOf(site);
  return browser.permissions.contains({ origins }).catch(() => false);
}

/**
 * Registers the content script for the sites the user enabled (or all sites), keeping only
 * those the browser still grants: a permission revoked in the browser's settings wins.
 */
export async function syncUserSiteScripts(
  sites: readonly string[],
  allSites: boolean,
): Promise<void> {
  const wanted: string[] = [];
  if (allSites && (await hasSiteAccess(null))) wanted.push(...ALL_SITES);
  else {
    for (const site of sites) if (await hasSiteAccess(site)) wanted.push(...originsOf(site));
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTERED_ID] });
  if (registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [REGISTERED_ID] });
  }
  if (wanted.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: REGISTERED_ID,
      js: [CONTENT_SCRIPT],
      css: [CONTENT_STYLES],
      matches: wanted,
      runAt: "document_idle",
    },
  ]);
}
