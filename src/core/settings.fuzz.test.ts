// Property tests: stored settings (maybe hand-edited, maybe from another version) and imported
// ones never make the reader throw, and what comes out is always a complete, valid Settings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "./dataset";
import { isEntityId } from "./guards";
import {
  defaultSettings,
  HOVER_DELAY_RANGE,
  SETTINGS_FIELDS,
  SETTINGS_VERSION,
  type Settings,
  settingsFromImport,
  settingsFromStored,
} from "./settings";
import { readStoredSettings } from "./settings-migration";
import { normaliseSite } from "./site";
import { junk, nearly } from "./testing/fuzz";

const site = fc.oneof(fc.domain(), fc.webUrl(), fc.string({ maxLength: 20 }));
const entityId = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,2}$/),
  fc.string({ maxLength: 12 }),
);

/** Field values a real settings object might hold, or hold after a bad edit. */
const settingsLike = fc.record(
  {
    version: nearly(fc.oneof(fc.constant(SETTINGS_VERSION), fc.integer({ min: -2, max: 99 }))),
    enabled: nearly(fc.boolean()),
    allSites: nearly(fc.boolean()),
    disabledSites: nearly(fc.array(nearly(site), { maxLength: 4 })),
    enabledSites: nearly(fc.array(nearly(site), { maxLength: 4 })),
    presentFirstSites: nearly(fc.array(nearly(site), { maxLength: 4 })),
    density: nearly(fc.constantFrom("first", "all", "some")),
    openOn: nearly(fc.constantFrom("hover", "click", "tap")),
    cardLanguage: nearly(fc.constantFrom("auto", "en", "fr", "de")),
    hoverDelayMs: nearly(fc.oneof(fc.integer({ min: -10, max: 4000 }), fc.double())),
    types: nearly(
      fc.dictionary(
        fc.oneof(fc.constantFrom(...ENTITY_TYPES), fc.string({ maxLength: 8 })),
        nearly(fc.boolean()),
        { maxKeys: 4 },
      ),
    ),
    hiddenNames: nearly(
      fc.array(
        nearly(
          fc.record({
            entityId: nearly(entityId),
            site: nearly(fc.oneof(fc.constant(null), site)),
          }),
        ),
        { maxLength: 4 },
      ),
    ),
    wrongEntities: nearly(
      fc.array(
        nearly(
          fc.record({
            entityId: nearly(entityId),
            site: nearly(site),
            text: nearly(fc.string({ maxLength: 30 })),
          }),
        ),
        { maxLength: 4 },
      ),
    ),
    laterField: junk,
  },
  { requiredKeys: [] },
);

/** A complete Settings, every field of its declared type and range; checked independently of the parsers. */
function expectValidSettings(settings: Settings): void {
  expect(Object.keys(settings).sort()).toEqual(["version", ...SETTINGS_FIELDS].sort());
  expect(settings.version).toBe(SETTINGS_VERSION);
  expect(typeof settings.enabled).toBe("boolean");
  expect(typeof settings.allSites).toBe("boolean");
  expect(["first", "all"]).toContain(settings.density);
  expect(["hover", "click"]).toContain(settings.openOn);
  expect(["auto", "en", "fr"]).toContain(settings.cardLanguage);
  expect(Number.isInteger(settings.hoverDelayMs)).toBe(true);
  expect(settings.hoverDelayMs).toBeGreaterThanOrEqual(HOVER_DELAY_RANGE.min);
  expect(settings.hoverDelayMs).toBeLessThanOrEqual(HOVER_DELAY_RANGE.max);
  expect(Object.keys(settings.types).sort()).toEqual([...ENTITY_TYPES].sort());
  for (const on of Object.values(settings.types)) expect(typeof on).toBe("boolean");
  for (const list of [settings.disabledSites, settings.enabledSites, settings.presentFirstSites]) {
    for (const entry of list) expect(normaliseSite(entry)).toBe(entry);
    expect(new Set(list).size).toBe(list.length);
  }
  for (const hidden of settings.hiddenNames) {
    expect(Object.keys(hidden).sort()).toEqual(["entityId", "site"]);
    expect(isEntityId(hidden.entityId)).toBe(true);
    expect(hidden.site === null || normaliseSite(hidden.site) === hidden.site).toBe(true);
  }
  for (const report of settings.wrongEntities) {
    expect(Object.keys(report).sort()).toEqual(["entityId", "site", "text"]);
    expect(isEntityId(report.entityId)).toBe(true);
    expect(normaliseSite(report.site)).toBe(report.site);
    expect(typeof report.text === "string" && report.text.length <= 200).toBe(true);
  }
}

const SCALAR_FIELDS: string[] = [
  "enabled",
  "allSites",
  "density",
  "openOn",
  "cardLanguage",
  "hoverDelayMs",
];

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : { value };
}

describe("settings readers, fuzzed", () => {
  it("settingsFromStored never throws, keeps every valid field and reports each one it replaced", () => {
    fc.assert(
      fc.property(settingsLike, (raw) => {
        const { settings, issues } = settingsFromStored(raw);
        expectValidSettings(settings);
        for (const issue of issues) {
          expect(SETTINGS_FIELDS as string[]).toContain(issue.field);
          expect(issue.message.length).toBeGreaterThan(0);
        }
        // Nothing valid is lost: a choice stored valid is read back unchanged, a field not
        // stored takes its default.
        const defaults = defaultSettings();
        for (const field of SETTINGS_FIELDS) {
          const reported = issues.some((issue) => issue.field === field);
          if (!(field in raw)) expect(settings[field]).toEqual(defaults[field]);
          else if (!reported && SCALAR_FIELDS.includes(field)) {
            expect(settings[field]).toEqual(raw[field]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("settingsFromImport never throws: a complete valid Settings, or issues naming fields", () => {
    fc.assert(
      fc.property(fc.oneof(settingsLike, junk.map(asRecord)), (raw) => {
        const result = settingsFromImport(raw);
        if (result.settings === null) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(typeof issue.field).toBe("string");
            expect(issue.message.length).toBeGreaterThan(0);
          }
        } else {
          expect(result.issues).toEqual([]);
          expectValidSettings(result.settings);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("readStoredSettings never throws, whatever version or value is stored", () => {
    fc.assert(
      fc.property(fc.oneof(settingsLike, junk), (raw) => {
        const { settings, issues } = readStoredSettings(raw);
        expectValidSettings(settings);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("stored settings read back as themselves: a valid value is never rewritten", () => {
    fc.assert(
      fc.property(settingsLike, (raw) => {
        const { settings } = settingsFromStored(raw);
        const again = readStoredSettings(structuredClone(settings));
        expect(again.issues).toEqual([]);
        expect(again.settings).toEqual(settings);
      }),
      { numRuns: 300 },
    );
  });

  it("a newer version's settings keep the fields this version knows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: SETTINGS_VERSION + 1, max: 1000 }),
        fc.boolean(),
        (version, enabled) => {
          const { settings, issues } = readStoredSettings({
            version,
            enabled,
            futureField: [1, 2],
          });
          expect(settings.enabled).toBe(enabled);
          expect(issues.map((issue) => issue.field)).toEqual(["version"]);
        },
      ),
    );
  });
});
