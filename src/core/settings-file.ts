// The JSON file of "export settings" and "import settings". An import is all or nothing: any
// invalid part refuses the whole file with a message naming the field, and nothing stored changes.
import { describeValue, shorten } from "./describe-value";
import { isRecord } from "./guards";
import { type OwnEntity, parseOwnEntities } from "./own-entities";
import { SETTINGS_VERSION, type Settings, settingsFromImport } from "./settings";

const FORMAT = "backstory-settings";
/** Far above any real file (thousands of sites and own entities fit in a few hundred KB). */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

export interface SettingsFile {
  format: typeof FORMAT;
  version: number;
  settings: Omit<Settings, "version">;
  ownEntities: OwnEntity[];
}

export function exportSettingsFile(settings: Settings, ownEntities: readonly OwnEntity[]): string {
  const { version: _version, ...fields } = settings;
  const file: SettingsFile = {
    format: FORMAT,
    version: SETTINGS_VERSION,
    settings: fields,
    ownEntities: [...ownEntities],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; settings: Settings; ownEntities: OwnEntity[] }
  | { ok: false; message: string };

export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, message: "This file is too large to be a Backstory settings file." };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: "This file is not valid JSON." };
  }
  if (!isRecord(raw) || raw.format !== FORMAT) {
    return {
      ok: false,
      message: 'This is not a Backstory settings file (no "format": "backstory-settings").',
    };
  }
  if (raw.version !== SETTINGS_VERSION) {
    return {
      ok: false,
      message: `This file is of settings version ${describeValue(raw.version)}; this Backstory reads version ${SETTINGS_VERSION}.`,
    };
  }
  if (!isRecord(raw.settings)) {
    return { ok: false, message: 'Field "settings" must be an object.' };
  }
  const settings = settingsFromImport(raw.settings);
  const own = parseOwnEntities(raw.ownEntities ?? [], "import");
  const issues = [
    ...settings.issues.map((issue) => ({ ...issue, field: `settings.${issue.field}` })),
    ...own.issues,
  ];
  const first = issues[0];
  if (first || settings.settings === null) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    return {
      ok: false,
      // Field names come from the file: a megabyte-long key must not become the message.
      message: `Field "${shorten(first?.field ?? "")}" ${shorten(first?.message ?? "", 160)}${more}. Nothing was changed.`,
    };
  }
  return { ok: true, settings: settings.settings, ownEntities: own.entities };
}
