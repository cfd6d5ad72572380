import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { EntityType } from "../../core/dataset";
import type { PageSummary, RelationLine } from "../../core/messages";
import type { Settings } from "../../core/settings";
import { normaliseSite, siteCovers } from "../../core/site";
import { commandShortcuts } from "../../platform/commands";
import { browserTranslate, uiLanguage } from "../../platform/i18n";
import {
  askTab,
  requestEntityNames,
  requestPageSummary,
  requestRelations,
} from "../../platform/messaging";
import { requestSiteAccess, runOnTab } from "../../platform/site-access";
import { loadSettings, onSettingsChanged, saveSettings } from "../../platform/storage";
import { activeTab, openOptionsPage, type TabInfo, tabById } from "../../platform/tabs";
import { PopupView } from "../../ui/PopupView";
import type { CommandShortcut } from "../../ui/Shortcuts";
import { tabIdFromQuery } from "./tab-id-from-query";

interface State {
  tab: TabInfo | null;
  summary: PageSummary | null;
  relations: RelationLine[];
  settings: Settings;
}

/** Controller of the toolbar popup: finds the tab, asks its content script, wires the switches. */
export function Popup() {
  const [state, setState] = useState<State | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Counts the user's own changes: a refresh that started before one must not undo it.
  const localChanges = useRef(0);
  const [shortcuts, setShortcuts] = useState<CommandShortcut[] | undefined>(undefined);
  useEffect(() => void commandShortcuts().then(setShortcuts), []);

  const refresh = useCallback(async (): Promise<void> => {
    const changesAtStart = localChanges.current;
    // Tests (and power users) open the popup as a page with ?tabId=N.
    const queried = tabIdFromQuery(location.search);
    const tab = queried === null ? await activeTab() : await tabById(queried);
    const [pageSummary, settings] = await Promise.all([
      tab ? requestPageSummary(tab.id) : null,
      loadSettings(),
    ]);
    const summary = pageSummary && (await inUiLanguage(pageSummary));
    // Most mentioned first: the connections between the story's main names lead the list.
    const byMentions = summary
      ? [...summary.entities].sort((a, b) => b.count - a.count).map((entity) => entity.id)
      : [];
    const relations = summary ? await requestRelations(byMentions, uiLanguage()) : [];
    // Settings read before the user's latest click are stale: read again rather than revert it.
    if (localChanges.current !== changesAtStart) return refresh();
    setState({ tab, summary, relations, settings });
  }, []);

  useEffect(() => {
    void refresh();
    // The content script re-applies settings on its own; the popup follows a moment later.
    return onSettingsChanged(() => setTimeout(() => void refresh(), 50));
  }, [refresh]);

  if (!state) return <p aria-busy="true">…</p>;
  const { tab, summary, settings } = state;
  const site = siteOf(summary?.url ?? tab?.url ?? null);

  /** Shows a change at once (controlled inputs must not flicker back), then stores it. */
  const updateSettings = (changes: Partial<Settings>) => {
    localChanges.current += 1;
    setState((shown) => shown && { ...shown, settings: { ...shown.settings, ...changes } });
    // Counted again once stored: a refresh that read storage while the save ran is stale too.
    void saveSettings(changes).finally(() => {
      localChanges.current += 1;
    });
  };

  const sendToTab = async (request: Parameters<typeof askTab>[1]) => {
    if (tab) await askTab(tab.id, request);
    await refresh();
  };

  return (
    <PopupView
      lang={uiLanguage()}
      site={site}
      summary={summary}
      relations={state.relations}
      everywhereOn={settings.enabled}
      siteOn={site === null || !settings.disabledSites.some((stored) => siteCovers(stored, site))}
      density={settings.density}
      factsAsOf={
        site !== null && settings.presentFirstSites.some((stored) => siteCovers(stored, site))
          ? "today"
          : "publication"
      }
      types={settings.types}
      notice={notice}
      onRunOnPage={async () => {
        if (tab && (await runOnTab(tab.id))) {
          setTimeout(() => void refresh(), 300);
        } else setNotice(browserTranslate("cannotRun"));
      }}
      onAlwaysRunOnSite={async () => {
        if (!site) return;
        // Asked within the click: browsers only grant permissions in a user gesture.
        if (!(await requestSiteAccess(site))) {
          setNotice(browserTranslate("accessRefused"));
          return;
        }
        await saveSettings({ enabledSites: [...new Set([...settings.enabledSites, site])] });
        if (tab) await runOnTab(tab.id);
        setTimeout(() => void refresh(), 300);
      }}
      onHighlightState={(wanted) => {
        // The page's own switch first: turning the site back on must not flash a page the
        // reader is switching off.
        const pageOn = wanted !== "page-off";
        if (summary && summary.pageOn !== pageOn) {
          void sendToTab({ type: "set-page-highlights", on: pageOn });
        }
        const others = settings.disabledSites.filter(
          (stored) => !site || !siteCovers(stored, site),
        );
        if (wanted === "everywhere-off") updateSettings({ enabled: false });
        else
          updateSettings({
            enabled: true,
            disabledSites: wanted === "site-off" && site ? [...others, site] : others,
          });
      }}
      onReveal={(id) => {
        if (tab) void askTab(tab.id, { type: "reveal-entity", id });
      }}
      onTypeSwitch={(type: EntityType, on: boolean) =>
        updateSettings({ types: { ...settings.types, [type]: on } })
      }
      onDensity={(density) => updateSettings({ density })}
      onFactsAsOf={(choice) => {
        if (!site) return;
        const others = settings.presentFirstSites.filter((stored) => stored !== site);
        updateSettings({ presentFirstSites: choice === "today" ? [...others, site] : others });
      }}
      onOpenSettings={() => void openOptionsPage()}
      shortcuts={shortcuts}
    />
  );
}

function siteOf(url: string | null): string | null {
  if (!url || !/^https?:/.test(url)) return null;
  return normaliseSite(url);
}

/**
 * The page's names as the popup's language writes them ("Parlement européen" in French): the
 * content script knows only the matcher's names. The user's own entities keep theirs.
 */
async function inUiLanguage(summary: PageSummary): Promise<PageSummary> {
  const names = await requestEntityNames(summary.entities.map((entity) => entity.id));
  return {
    ...summary,
    entities: summary.entities.map((entity) => ({
      ...entity,
      name: names[entity.id] ?? entity.name,
    })),
  };
}
