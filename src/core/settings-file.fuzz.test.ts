// Property tests: an imported settings file, whatever it holds (wrong types, a future version,
// megabytes of junk), is refused with a short clear message or read whole; it never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "./dataset";
import { defaultSettings, SETTINGS_VERSION, settingsFromStored } from "./settings";
import { exportSettingsFile, MAX_SETTINGS_FILE_BYTES, parseSettingsFile } from "./settings-file";
import { readStoredSettings } from "./settings-migration";

/** Long enough to name the field and the problem; short enough to read in an alert. */
const MAX_MESSAGE_LENGTH = 300;

const jsonValue = fc.jsonValue({ maxDepth: 4 });

function nearly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: jsonValue });
}

const settingsFileLike = fc.record(
  {
    format: nearly(fc.constant("backstory-settings")),
    version: nearly(fc.oneof(fc.constant(SETTINGS_VERSION), fc.integer({ min: 0, max: 5 }))),
    settings: nearly(
      fc.record(
        {
          enabled: nearly(fc.boolean()),
          density: nearly(fc.constantFrom("first", "all")),
          hoverDelayMs: nearly(fc.integer({ min: 0, max: 3000 })),
          disabledSites: nearly(fc.array(nearly(fc.domain()), { maxLength: 3 })),
          types: nearly(fc.dictionary(fc.constantFrom(...ENTITY_TYPES), nearly(fc.boolean()))),
          [`${"x".repeat(5000)}`]: jsonValue,
          unknownSetting: jsonValue,
        },
        { requiredKeys: [] },
      ),
    ),
    ownEntities: nearly(
      fc.array(
        nearly(
          fc.record({
            name: nearly(fc.string({ minLength: 2, maxLength: 20 })),
            aliases: nearly(fc.array(fc.string({ minLength: 2, maxLength: 10 }), { maxLength: 2 })),
          }),
        ),
        { maxLength: 3 },
      ),
    ),
  },
  { requiredKeys: [] },
);

const fileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  jsonValue.map((value) => JSON.stringify(value)),
  settingsFileLike.map((value) => JSON.stringify(value)),
  // A valid file with one byte changed, dropped or added.
  fc.tuple(fc.nat(), fc.string({ maxLength: 2 })).map(([at, insert]) => {
    const text = exportSettingsFile(defaultSettings(), []);
    const index = at % text.length;
    return text.slice(0, index) + insert + text.slice(index + 1);
  }),
);

function expectResult(text: string): void {
  const result = parseSettingsFile(text);
  if (result.ok) {
    // Read whole: the settings are complete and valid, and read back as themselves.
    const stored = readStoredSettings(structuredClone(result.settings));
    expect(stored).toEqual({ settings: result.settings, issues: [] });
    expect(Array.isArray(result.ownEntities)).toBe(true);
  } else {
    expect(result.message.length).toBeGreaterThan(10);
    expect(result.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  }
}

describe("settings file import, fuzzed", () => {
  it("never throws: a valid file is read whole, anything else is refused with a short message", () => {
    fc.assert(fc.property(fileText, expectResult), { numRuns: 600 });
  });

  it("refuses 10 MB of junk quickly, with a message", () => {
    const junk = '\u{1F4A9}{["\\'.repeat(2_000_000);
    expect(junk.length).toBeGreaterThanOrEqual(10_000_000);
    const started = performance.now();
    const result = parseSettingsFile(junk);
    expect(performance.now() - started).toBeLessThan(100);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
  });

  it("refuses a file just under the size limit that nests too deep or repeats a field", () => {
    const depth = Math.floor((MAX_SETTINGS_FILE_BYTES - 100) / 2);
    expectResult(`${"[".repeat(depth)}${"]".repeat(depth)}`);
    const deepSetting = `{"format":"backstory-settings","version":1,"settings":{"hiddenNames":${"[".repeat(depth - 100)}${"]".repeat(depth - 100)}}}`;
    expectResult(deepSetting);
    const hugeKey = JSON.stringify({
      format: "backstory-settings",
      version: 1,
      settings: { ["<b>".repeat(300_000)]: true },
    });
    expectResult(hugeKey);
  });

  it("a settings file from the future is refused, naming the versions", () => {
    fc.assert(
      fc.property(fc.integer({ min: SETTINGS_VERSION + 1, max: 10_000 }), (version) => {
        const text = exportSettingsFile(defaultSettings(), []).replace(
          `"version": ${SETTINGS_VERSION}`,
          `"version": ${version}`,
        );
        const result = parseSettingsFile(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message).toContain(String(version));
      }),
    );
  });

  it("whatever was exported imports back unchanged", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom("first" as const, "all" as const),
        fc.integer({ min: 0, max: 3000 }),
        fc.uniqueArray(fc.domain(), { maxLength: 4 }),
        (enabled, density, hoverDelayMs, sites) => {
          const settings = settingsFromStored({
            enabled,
            density,
            hoverDelayMs,
            disabledSites: sites,
          }).settings;
          const result = parseSettingsFile(exportSettingsFile(settings, []));
          expect(result).toEqual({ ok: true, settings, ownEntities: [] });
        },
      ),
    );
  });
});
