import datasetSummary from "virtual:backstory/dataset-summary";
import tables from "virtual:backstory/matcher-tables";
import { useCallback, useEffect, useState } from "preact/hooks";
import { content_scripts as contentScripts } from "../../../manifest.json" with { type: "json" };
import { builtInSites } from "../../core/built-in-sites";
import { entitiesNamed } from "../../core/entities-named";
import { formatCount, formatPartialDate } from "../../core/format";
import { loadMatcher } from "../../core/matcher";
import type { OwnEntity } from "../../core/own-entities";
import { defaultSettings, type Settings } from "../../core/settings";
import { exportSettingsFile, parseSettingsFile } from "../../core/settings-file";
import { browserTranslate, uiLanguage } from "../../platform/i18n";
import { requestEntityNames } from "../../platform/messaging";
import { requestSiteAccess } from "../../platform/site-access";
import {
  loadOwnEntities,
  loadSettings,
  onSettingsChanged,
  replaceSettings,
  saveOwnEntities,
  saveSettings,
} from "../../platform/storage";
import { translateProblem } from "../../ui/i18n";
import { OptionsView } from "../../ui/OptionsView";

// Derived from the manifest by the build: the list shown is the list the browser is given.
const BUILT_IN_SITES = builtInSites(contentScripts.flatMap((script) => script.matches));

/** "Facts checked up to 3 December 2026 · 412 entities", in the page's language. */
function factsLine(): string {
  const lang = uiLanguage();
  const { checkedUpTo, entityCount } = datasetSummary;
  const date = checkedUpTo ? formatPartialDate(checkedUpTo, lang) : "—";
  return browserTranslate("factsLine", date, formatCount(entityCount, lang));
}

/** Controller of the options page: loads, saves on every change, imports and exports. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [ownEntities, setOwnEntities] = useState<OwnEntity[]>([]);
  const [entityNames, setEntityNames] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{
    text: string;
    error: boolean;
    undo?: () => void;
  } | null>(null);

  const reload = useCallback(async () => {
    const [loaded, own] = await Promise.all([loadSettings(), loadOwnEntities()]);
    setSettings(loaded);
    setOwnEntities(own);
    // The names of the entities the settings mention by id, from the background's index.
    const ids = [
      ...[...loaded.hiddenNames, ...loaded.wrongEntities].map((item) => item.entityId),
      ...loaded.wrongEntities.flatMap((report) => (report.actually ? [report.actually] : [])),
    ];
    setEntityNames(await requestEntityNames([...new Set(ids)]));
  }, []);

  useEffect(() => {
    void reload();
    return onSettingsChanged(() => void reload());
  }, [reload]);

  if (!settings) return <p aria-busy="true">…</p>;

  const save = async (changes: Partial<Settings>) => {
    // Shown at once (controlled inputs must not flicker back), then stored.
    setSettings({ ...settings, ...changes });
    await saveSettings(changes);
    setStatus({ text: browserTranslate("saved"), error: false });
  };

  return (
    <OptionsView
      settings={settings}
      ownEntities={ownEntities}
      status={status}
      nameOf={(id) => entityNames[id] ?? ownEntities.find((own) => own.id === id)?.name ?? id}
      onChange={(changes) => void save(changes)}
      builtInSites={BUILT_IN_SITES}
      builtInNameOf={(text) => entitiesNamed(loadMatcher(tables), text)[0]?.name ?? null}
      onReset={async (removeOwnEntities) => {
        const before = { settings, ownEntities };
        await replaceSettings(defaultSettings(), removeOwnEntities ? [] : ownEntities);
        setStatus({
          text: browserTranslate("resetDone"),
          error: false,
          undo: () => {
            void replaceSettings(before.settings, before.ownEntities);
            setStatus({ text: browserTranslate("saved"), error: false });
          },
        });
      }}
      factsLine={factsLine()}
      onAllSites={async (on) => {
        // Asked within the click: browsers only grant permissions in a user gesture. Refused,
        // the setting stays off and the page says why, next to the box.
        if (on && !(await requestSiteAccess(null))) return false;
        await save({ allSites: on });
        return true;
      }}
      onOwnEntities={async (entities) => {
        await saveOwnEntities(entities);
        setStatus({ text: browserTranslate("saved"), error: false });
      }}
      onExport={() =>
        downloadText("backstory-settings.json", exportSettingsFile(settings, ownEntities))
      }
      onImport={async (text) => {
        const result = parseSettingsFile(text);
        if (!result.ok) {
          // Refused as a whole: nothing stored has changed.
          setStatus({ text: translateProblem(browserTranslate, result.problem), error: true });
          return;
        }
        await replaceSettings(result.settings, result.ownEntities);
        setStatus({ text: browserTranslate("importDone"), error: false });
      }}
    />
  );
}

function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
