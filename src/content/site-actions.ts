// What the reader asks for on a page, written to their settings: the card's "hide this name" and
// "wrong entity", and the toggle-site command. The content script picks up the stored change.
import { highlightsOnForSite } from "../core/mention-policy";
import type { Settings } from "../core/settings";
import { normaliseSite, siteCovers } from "../core/site";
import { loadSettings, saveSettings } from "../platform/storage";

/** "Hide this name": on this site or everywhere, until undone in the options page. */
export async function hideName(entityId: string, scope: "site" | "everywhere"): Promise<void> {
  const settings = await loadSettings();
  const site = scope === "site" ? normaliseSite(location.hostname) : null;
  await saveSettings({ hiddenNames: [...settings.hiddenNames, { entityId, site }] });
}

/** "Wrong entity": this text on this site is not that entity; the detector skips it here. */
export async function reportWrongEntity(entityId: string, text: string): Promise<void> {
  const settings = await loadSettings();
  const site = normaliseSite(location.hostname);
  if (!site) return;
  await saveSettings({ wrongEntities: [...settings.wrongEntities, { entityId, site, text }] });
}

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
