// The one place that reads and writes browser storage. Values are validated as they come in.

import { type OwnEntity, parseOwnEntities } from "../core/own-entities";
import { SETTINGS_VERSION, type Settings, type SettingsIssue } from "../core/settings";
import { readStoredSettings } from "../core/settings-migration";
import { browser } from "./extension-api";

// Each field is its own storage.sync item: sync caps one item at 8 KB, and a change writes
// only what changed, so fields a newer version added are never overwritten.
const SETTINGS_PREFIX = "settings.";
const OWN_ENTITIES_KEY = "ownEntities";

const reportedIssues = new Set<string>();

/** Stored problems are logged once per field and message, not on every read. */
function logIssues(issues: readonly SettingsIssue[]): void {
  for (const issue of issues) {
    const line = `[Backstory] setting "${issue.field}" ${issue.message}`;
    if (reportedIssues.has(line)) continue;
    reportedIssues.add(line);
    console.warn(line);
  }
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(null);
  const raw: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(SETTINGS_PREFIX)) continue;
    raw[key.slice(SETTINGS_PREFIX.length)] = value;
    any = true;
  }
  const { settings, issues } = readStoredSettings(any ? raw : undefined);
  logIssues(issues);
  return settings;
}

/** Writes the given fields (and the schema version); the others stay as stored. */
export async function saveSettings(changes: Partial<Omit<Settings, "version">>): Promise<void> {
  const items: Record<string, unknown> = { [`${SETTINGS_PREFIX}version`]: SETTINGS_VERSION };
  for (const [field, value] of Object.entries(changes)) items[`${SETTINGS_PREFIX}${field}`] = value;
  await browser.storage.sync.set(items);
}

/** Replaces every setting and own entity (an import that was validated whole). */
export async function replaceSettings(settings: Settings, ownEntities: OwnEntity[]): Promise<void> {
  const { version: _version, ...fields } = settings;
  // Sync first: it is the write that can fail (quota), and then nothing has changed yet.
  await saveSettings(fields);
  await browser.storage.local.set({ [OWN_ENTITIES_KEY]: ownEntities });
}

export async function loadOwnEntities(): Promise<OwnEntity[]> {
  const stored = await browser.storage.local.get(OWN_ENTITIES_KEY);
  const { entities, issues } = parseOwnEntities(stored[OWN_ENTITIES_KEY], "stored");
  logIssues(issues);
  return entities;
}

export async function saveOwnEntities(entities: readonly OwnEntity[]): Promise<void> {
  await browser.storage.local.set({ [OWN_ENTITIES_KEY]: entities });
}

/** What a storage change touched. */
export interface SettingsChange {
  settings: boolean;
  ownEntities: boolean;
}

/** Calls back after any change of settings or own entities, from any page or device. */
export function onSettingsChanged(callback: (change: SettingsChange) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    const change = {
      settings: area === "sync" && keys.some((key) => key.startsWith(SETTINGS_PREFIX)),
      ownEntities: area === "local" && keys.includes(OWN_ENTITIES_KEY),
    };
    if (change.settings || change.ownEntities) callback(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
