import { describeValue } from "./describe-value";
import { isRecord } from "./guards";
import {
  SETTINGS_VERSION,
  type Settings,
  type SettingsIssue,
  settingsFromStored,
} from "./settings";

/**
 * How to lift stored settings from each earlier schema version to the next: MIGRATIONS[n]
 * turns version n into n + 1. Version 1 is the first released schema, so the list is empty;
 * every future change of shape adds a step here and a test from each earlier version. (The
 * optional `actually` of wrong-entity reports needed none: a report without it reads as before,
 * and an older Backstory reading a newer report keeps the rest of it.)
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Settings as stored, whatever version wrote them: migrated to the current schema, then read
 * field by field. A newer version's settings (the user downgraded) are read for the fields this
 * version knows; the stored value is never rewritten wholesale, so nothing of theirs is lost.
 */
export function readStoredSettings(raw: unknown): { settings: Settings; issues: SettingsIssue[] } {
  if (raw === undefined) return settingsFromStored({});
  if (!isRecord(raw)) {
    const { settings } = settingsFromStored({});
    return {
      settings,
      issues: [{ field: "(settings)", message: "unreadable; defaults are used" }],
    };
  }
  const issues: SettingsIssue[] = [];
  let version = raw.version;
  if (version === undefined) {
    version = SETTINGS_VERSION;
  } else if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    issues.push({ field: "version", message: `unknown version ${describeValue(version)}` });
    version = SETTINGS_VERSION;
  } else if (version > SETTINGS_VERSION) {
    issues.push({
      field: "version",
      message: `written by a newer Backstory (version ${version}); known fields are used`,
    });
  }
  let migrated = raw;
  for (let step = version as number; step < SETTINGS_VERSION; step++) {
    const migrate = MIGRATIONS[step];
    if (migrate) migrated = migrate(migrated);
  }
  const read = settingsFromStored(migrated);
  return { settings: read.settings, issues: [...issues, ...read.issues] };
}
