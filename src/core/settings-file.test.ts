import { describe, expect, it } from "vitest";
import { defaultSettings } from "./settings";
import { exportSettingsFile, MAX_SETTINGS_FILE_BYTES, parseSettingsFile } from "./settings-file";

const own = [
  {
    id: "own-jane-doe",
    name: "Jane Doe",
    type: "person" as const,
    aliases: ["J. Doe"],
    note: "Our CTO",
    link: null,
  },
];

describe("settings file", () => {
  it("round-trips settings and own entities", () => {
    const settings = {
      ...defaultSettings(),
      density: "all" as const,
      disabledSites: ["lemonde.fr"],
    };
    const result = parseSettingsFile(exportSettingsFile(settings, own));
    expect(result).toEqual({ ok: true, settings, ownEntities: own });
  });

  it("refuses junk with a message", () => {
    expect(parseSettingsFile("{nope")).toEqual({
      ok: false,
      message: expect.stringMatching(/JSON/),
      problem: { key: "importNotJson", params: [] },
    });
    expect(parseSettingsFile("[]").ok).toBe(false);
    expect(parseSettingsFile("x".repeat(MAX_SETTINGS_FILE_BYTES + 1))).toEqual({
      ok: false,
      message: expect.stringMatching(/too large/),
      problem: { key: "importTooLarge", params: [] },
    });
  });

  it("refuses a file from another version", () => {
    const text = exportSettingsFile(defaultSettings(), []).replace('"version": 1', '"version": 7');
    expect(parseSettingsFile(text)).toEqual({
      ok: false,
      message: expect.stringMatching(/version 7/),
      problem: { key: "importVersion", params: ["7", "1"] },
    });
  });

  it("refuses the whole file when one part is wrong, naming the field", () => {
    const file = JSON.parse(exportSettingsFile(defaultSettings(), own));
    file.ownEntities[0].link = "javascript:alert(1)";
    const result = parseSettingsFile(JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('"ownEntities[0].link"'),
      // The reason travels as a key, for the options page to say in the reader's language.
      problem: {
        key: "importField",
        params: ["ownEntities[0].link", { key: "ownLinkInvalid", params: [] }],
      },
    });

    const wrongType = JSON.parse(exportSettingsFile(defaultSettings(), []));
    wrongType.settings.enabled = "yes";
    expect(parseSettingsFile(JSON.stringify(wrongType))).toEqual({
      ok: false,
      message: expect.stringContaining('"settings.enabled"'),
      problem: expect.objectContaining({ key: "importField" }),
    });
  });
});
