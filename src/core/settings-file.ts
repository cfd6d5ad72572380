// The JSON file of "export settings" and "import settings". An import is all or nothing: any
// invalid part refuses the whole file with a message naming the field, and nothing stored changes.
import { describeValue, shorten } from "./describe-value";
import { isRecord } from "./guards";
import { type OwnEntity, parseOwnEntities } from "./own-entities";
import { type Problem, problem, problemText } from "./problems";
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
  /** `message` in English; `problem` for the page to say in the reader's language. */
  | { ok: false; message: string; problem: Problem };

function refuse(found: Problem): ImportResult {
  return { ok: false, message: problemText(found), problem: found };
}

export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return refuse(problem("importTooLarge"));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse(problem("importNotJson"));
  }
  if (!isRecord(raw) || raw.format !== FORMAT) return refuse(problem("importNotSettings"));
  if (raw.version !== SETTINGS_VERSION) {
    return refuse(problem("importVersion", describeValue(raw.version), String(SETTINGS_VERSION)));
  }
  if (!isRecord(raw.settings)) return refuse(problem("importSettingsNotObject"));
  const settings = settingsFromImport(raw.settings);
  const own = parseOwnEntities(raw.ownEntities ?? [], "import");
  const issues = [
    ...settings.issues.map((issue) => ({ ...issue, field: `settings.${issue.field}` })),
    ...own.issues,
  ];
  const first = issues[0];
  if (first || settings.settings === null) {
    // Field names come from the file: a megabyte-long key must not become the message.
    const field = shorten(first?.field ?? "");
    const detail = first?.problem ?? shorten(first?.message ?? "", 160);
    return refuse(
      issues.length > 1
        ? problem("importFieldAndMore", field, detail, String(issues.length - 1))
        : problem("importField", field, detail),
    );
  }
  return { ok: true, settings: settings.settings, ownEntities: own.entities };
}
