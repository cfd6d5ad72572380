import { useCallback, useEffect, useState } from "preact/hooks";
import type { OwnEntity } from "../../core/own-entities";
import type { Settings } from "../../core/settings";
import { exportSettingsFile, parseSettingsFile } from "../../core/settings-file";
import { browserTranslate } from "../../platform/i18n";
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
import { OptionsView } from "../../ui/OptionsView";

/** Controller of the options page: loads, saves on every change, imports and exports. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [ownEntities, setOwnEntities] = useState<OwnEntity[]>([]);
  const [entityNames, setEntityNames] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const reload = useCallback(async () => {
    const [loaded, own] = await Promise.all([loadSettings(), loadOwnEntities()]);
    setSettings(loaded);
    setOwnEntities(own);
    // The names of the entities the settings mention by id, from the background's index.
    const ids = [...loaded.hiddenNames, ...loaded.wrongEntities].map((item) => item.entityId);
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
      onAllSites={async (on) => {
        // Asked within the click: browsers only grant permissions in a user gesture.
        if (on && !(await requestSiteAccess(null))) {
          setStatus({ text: browserTranslate("accessRefused"), error: true });
          return;
        }
        await save({ allSites: on });
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
          setStatus({ text: result.message, error: true });
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
