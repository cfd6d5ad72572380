// The toggle-site command, written to the reader's settings for the site of the page it came
// from (which knows its own host); the page's content script picks up the stored change.
import { highlightsOnForSite } from "../core/mention-policy";
import { normaliseSite, siteCovers } from "../core/site";
import { loadSettings, saveSettings } from "../platform/storage";

/** Switches highlights off for the site of `hostname`, or back on if they were off there. */
export async function toggleSite(hostname: string): Promise<void> {
  const settings = await loadSettings();
  const site = normaliseSite(hostname);
  if (!site) return;
  if (!settings.enabled) {
    await saveSettings({
      enabled: true,
      disabledSites: settings.disabledSites.filter((s) => !siteCovers(s, hostname)),
    });
    return;
  }
  const off = !highlightsOnForSite(settings, hostname);
  const disabledSites = off
    ? settings.disabledSites.filter((s) => !siteCovers(s, hostname))
    : [...settings.disabledSites, site];
  await saveSettings({ disabledSites });
}
