// The toggle-site command, written to the reader's settings; the content script picks up the
// stored change.
import { highlightsOnForSite } from "../core/mention-policy";
import type { Settings } from "../core/settings";
import { normaliseSite, siteCovers } from "../core/site";
import { loadSettings, saveSettings } from "../platform/storage";

/** Switches highlights off for this site, or back on if they were off here. */
export async function toggleSite(current: Settings | null): Promise<void> {
  const settings = current ?? (await loadSettings());
  const site = normaliseSite(location.hostname);
  if (!site) return;
  if (!settings.enabled) {
    await saveSettings({
      enabled: true,
      disabledSites: settings.disabledSites.filter((s) => !siteCovers(s, location.hostname)),
    });
    return;
  }
  const off = !highlightsOnForSite(settings, location.hostname);
  const disabledSites = off
    ? settings.disabledSites.filter((s) => !siteCovers(s, location.hostname))
    : [...settings.disabledSites, site];
  await saveSettings({ disabledSites });
}
