import { describe, expect, it } from "vitest";
import { pageSettingsFor, parsePageSettings } from "./page-settings";
import { defaultSettings, type Settings } from "./settings";

function settings(changes: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...changes };
}

describe("page settings", () => {
  it("are the reader's settings as they apply to one site", () => {
    const reader = settings({
      disabledSites: ["wired.com"],
      hiddenNames: [
        { entityId: "openai", site: null },
        { entityId: "xai", site: "lemonde.fr" },
      ],
      wrongEntities: [
        { entityId: "grok", site: "lemonde.fr", text: "Grok" },
        { entityId: "meta", site: "wired.com", text: "Meta" },
      ],
      presentFirstSites: ["lemonde.fr"],
    });
    const lemonde = pageSettingsFor(reader, "www.lemonde.fr");
    expect(lemonde).toMatchObject({
      on: true,
      hiddenIds: ["openai", "xai"],
      wrong: [{ entityId: "grok", text: "Grok" }],
      presentFirst: true,
    });
    const wired = pageSettingsFor(reader, "wired.com");
    expect(wired).toMatchObject({ on: false, hiddenIds: ["openai"], presentFirst: false });
    expect(wired.wrong).toEqual([{ entityId: "meta", text: "Meta" }]);
  });

  it("cross the page's edge intact, and nothing that does not fit does", () => {
    const page = pageSettingsFor(settings({}), "www.lemonde.fr");
    expect(parsePageSettings(JSON.parse(JSON.stringify(page)))).toEqual(page);
    for (const broken of [
      null,
      { ...page, on: "yes" },
      { ...page, density: "some" },
      { ...page, hoverDelayMs: 99_999 },
      { ...page, hoverDelayMs: 1.5 },
      { ...page, types: { ...page.types, company: 1 } },
      { ...page, hiddenIds: ["<b>"] },
      { ...page, wrong: [{ entityId: "xai", text: 3 }] },
      { ...page, cardLanguage: "de" },
      { ...page, presentFirst: undefined },
    ]) {
      expect(parsePageSettings(broken)).toBeNull();
    }
  });
});
