import { describe, expect, it } from "vitest";
import type { PolicyMention } from "./mention-policy";
import { highlightsOnForSite, selectMentions } from "./mention-policy";
import { pageSettingsFor } from "./page-settings";
import { defaultSettings } from "./settings";

const mention = (
  id: string,
  type: PolicyMention["entity"]["type"],
  text = id,
  inArticle = true,
): PolicyMention => ({ entity: { id, type }, text, inArticle });
const page = [
  mention("xai", "company", "xAI"),
  mention("grok", "product", "Grok"),
  mention("xai", "company", "xAI"),
  mention("apple", "company", "Apple"),
];

describe("which mentions are shown", () => {
  it("highlights the first mention of each entity by default and counts them all", () => {
    const { counted, highlighted } = selectMentions(
      page,
      pageSettingsFor(defaultSettings(), "www.lemonde.fr"),
    );
    expect(counted).toHaveLength(4);
    expect(highlighted.map((m) => m.entity.id)).toEqual(["xai", "grok", "apple"]);
  });

  it("highlights the first mention in the article, not the menu or breadcrumb before it", () => {
    const withMenus = [
      mention("xai", "company", "xAI", false),
      mention("openai", "company", "OpenAI", false),
      mention("xai", "company", "xAI", false),
      mention("grok", "product", "Grok"),
      mention("xai", "company", "xAI"),
      mention("xai", "company", "xAI"),
      mention("openai", "company", "OpenAI", false),
    ];
    const { highlighted } = selectMentions(
      withMenus,
      pageSettingsFor(defaultSettings(), "lemonde.fr"),
    );
    // OpenAI is named only in the menus: its first mention there is kept.
    expect(highlighted).toEqual([withMenus[1], withMenus[3], withMenus[4]]);
  });

  it("highlights every mention in 'all' density", () => {
    const settings = { ...defaultSettings(), density: "all" as const };
    expect(selectMentions(page, pageSettingsFor(settings, "lemonde.fr")).highlighted).toHaveLength(
      4,
    );
  });

  it("leaves out switched-off types, hidden names and wrong-entity reports for this site", () => {
    const settings = {
      ...defaultSettings(),
      types: { ...defaultSettings().types, product: false },
      hiddenNames: [{ entityId: "xai", site: "lemonde.fr" }],
      wrongEntities: [{ entityId: "apple", site: "lemonde.fr", text: "Apple" }],
    };
    expect(selectMentions(page, pageSettingsFor(settings, "www.lemonde.fr")).counted).toEqual([]);
    expect(
      selectMentions(page, pageSettingsFor(settings, "wired.com")).counted.map((m) => m.entity.id),
    ).toEqual(["xai", "xai", "apple"]);
  });

  it("switches a site off, subdomains included", () => {
    const settings = { ...defaultSettings(), disabledSites: ["lemonde.fr"] };
    expect(highlightsOnForSite(settings, "www.lemonde.fr")).toBe(false);
    expect(highlightsOnForSite(settings, "wired.com")).toBe(true);
    expect(highlightsOnForSite({ ...defaultSettings(), enabled: false }, "wired.com")).toBe(false);
  });
});
