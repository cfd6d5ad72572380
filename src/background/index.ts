import { displayName } from "../core/dataset";
import { entitiesNamed } from "../core/entities-named";
import { todayIso } from "../core/page-date";
import { pageSettingsFor } from "../core/page-settings";
import { buildEntityCard, pageCards } from "../data/card-data";
import { pageConnections } from "../data/page-connections";
import { uiLanguage } from "../platform/i18n";
import { askTab, onBackgroundRequest, tellTabsSettingsChanged } from "../platform/messaging";
import { syncUserSiteScripts } from "../platform/site-access";
import { loadSettings, onSettingsChanged } from "../platform/storage";
import { activeTab, onCommand, setBadgeCount } from "../platform/tabs";
import { factsIndex } from "./facts";
import { pageMatcher, servePageReads } from "./page-reads";
import { toggleSite } from "./site-toggle";

servePageReads();

// The popup and options speak the browser's UI language, which the background shares: names
// they ask for are written in it ("Parlement européen" in a French browser).
// The facts stay here, out of the content script: a page pays for them only when a card opens.
onBackgroundRequest((request, origin) => {
  switch (request.type) {
    case "get-entity-card":
      return buildEntityCard(factsIndex(), request.id, request.lang, request.pageIds, {
        asOf: request.asOf,
        today: todayIso(),
      });
    case "get-page-cards":
      return pageCards(factsIndex(), request.lang, request.pageIds);
    case "get-relations":
      return pageConnections(factsIndex(), request.ids, request.lang);
    case "get-entity-names":
      return Object.fromEntries(
        request.ids.flatMap((id) => {
          const entity = factsIndex().entities[id];
          return entity ? [[id, displayName(entity, uiLanguage())]] : [];
        }),
      );
    case "get-entities-named":
      return Object.fromEntries(
        entitiesNamed(pageMatcher(), request.text).map((entity) => [entity.id, entity.name]),
      );
    case "get-page-settings":
      return loadSettings().then((settings) => pageSettingsFor(settings, request.host));
    case "toggle-site-of":
      return toggleSite(request.host).then(() => true);
    case "report-entity-count":
      if (origin.tabId !== null) void setBadgeCount(origin.tabId, request.count, request.more);
      return null;
  }
});

/** Keyboard commands act on the active tab's page, which knows its own site. */
async function runCommand(command: string): Promise<void> {
  const tab = await activeTab();
  if (!tab) return;
  if (command === "toggle-site") await askTab(tab.id, { type: "toggle-site" });
  if (command === "next-mention" || command === "previous-mention") {
    await askTab(tab.id, { type: command });
  }
}
onCommand((command) => void runCommand(command));
// The end-to-end tests call this: headless Chromium has no way to press a browser shortcut.
(globalThis as { backstoryRunCommand?: typeof runCommand }).backstoryRunCommand = runCommand;

async function syncSiteScripts(): Promise<void> {
  const settings = await loadSettings();
  await syncUserSiteScripts(settings.enabledSites, settings.allSites).catch((error) =>
    console.warn("[Backstory] could not register the content script for your sites:", error),
  );
}
void syncSiteScripts();
onSettingsChanged(({ ownEntities }) => {
  void syncSiteScripts();
  void tellTabsSettingsChanged(ownEntities);
});
