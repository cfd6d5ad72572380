import { describe, expect, it } from "vitest";
import { defaultSettings, settingsFromImport, settingsFromStored } from "./settings";
import { readStoredSettings } from "./settings-migration";

describe("stored settings", () => {
  it("keeps every valid field and falls back to the default for each invalid one", () => {
    const { settings, issues } = settingsFromStored({
      enabled: false,
      density: "sometimes",
      hoverDelayMs: 800,
      types: { person: false },
      disabledSites: ["https://www.lemonde.fr/article", "example.org"],
    });
    expect(settings.enabled).toBe(false);
    expect(settings.density).toBe("first");
    expect(settings.hoverDelayMs).toBe(800);
    expect(settings.types).toEqual({ ...defaultSettings().types, person: false });
    expect(settings.disabledSites).toEqual(["lemonde.fr", "example.org"]);
    expect(issues).toEqual([{ field: "density", message: expect.stringContaining("default") }]);
  });

  it("drops only the damaged entries of a list", () => {
    const { settings, issues } = settingsFromStored({
      hiddenNames: [
        { entityId: "xai", site: null },
        { entityId: 7 },
        { entityId: "grok", site: "x.com" },
      ],
    });
    expect(settings.hiddenNames).toEqual([
      { entityId: "xai", site: null },
      { entityId: "grok", site: "x.com" },
    ]);
    expect(issues[0]?.field).toBe("hiddenNames");
  });

  it("reads settings a newer version wrote for the fields it knows", () => {
    const { settings, issues } = readStoredSettings({ version: 99, enabled: false, laterField: 1 });
    expect(settings.enabled).toBe(false);
    expect(issues[0]?.message).toMatch(/newer/);
  });

  it("reads corrupted storage as defaults, saying so", () => {
    for (const raw of ["garbage", 42, null, []]) {
      const { settings, issues } = readStoredSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(issues.length).toBe(1);
    }
    expect(readStoredSettings(undefined)).toEqual({ settings: defaultSettings(), issues: [] });
  });

  it("treats an unversioned object as the current version", () => {
    expect(readStoredSettings({ density: "all" }).settings.density).toBe("all");
  });
});

describe("imported settings", () => {
  it("refuses any invalid field, naming it", () => {
    const result = settingsFromImport({ enabled: true, hoverDelayMs: "fast" });
    expect(result.settings).toBeNull();
    expect(result.issues).toEqual([
      {
        field: "hoverDelayMs",
        message: "must be a whole number of milliseconds from 0 to 3000",
        problem: { key: "mustBeHoverDelay", params: ["0", "3000"] },
      },
    ]);
  });

  it("refuses unknown fields and damaged list entries", () => {
    expect(settingsFromImport({ colour: "red" }).issues[0]?.field).toBe("colour");
    expect(settingsFromImport({ disabledSites: ["ok.com", "not a site"] }).issues[0]?.field).toBe(
      "disabledSites",
    );
  });

  it("accepts a complete valid set", () => {
    const { version: _v, ...fields } = defaultSettings();
    expect(settingsFromImport({ ...fields, openOn: "click" }).settings?.openOn).toBe("click");
  });
});

describe("wrong-entity reports", () => {
  const report = { entityId: "sequoia-capital", site: "example.com", text: "Sequoia" };

  it("keeps a report made before the card asked what the name really is", () => {
    const { settings, issues } = readStoredSettings({ version: 1, wrongEntities: [report] });
    expect(settings.wrongEntities).toEqual([report]);
    expect(issues).toEqual([]);
  });

  it("keeps what the name really is: another entity, or something else", () => {
    const reports = [
      { ...report, actually: "sequoia-china" },
      { ...report, text: "Sequoia trees", actually: "other" },
    ];
    expect(readStoredSettings({ wrongEntities: reports }).settings.wrongEntities).toEqual(reports);
  });

  it("drops a report whose answer is no entity id, or the entity itself", () => {
    const reports = [
      { ...report, actually: "<b>x</b>" },
      { ...report, actually: "sequoia-capital" },
      report,
    ];
    expect(readStoredSettings({ wrongEntities: reports }).settings.wrongEntities).toEqual([report]);
  });
});
