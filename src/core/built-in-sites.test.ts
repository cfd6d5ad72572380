import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json" with { type: "json" };
import { builtInSites } from "./built-in-sites";

describe("builtInSites", () => {
  it("reads the manifest's match patterns as hostnames, sorted, each once", () => {
    expect(
      builtInSites(["https://*.lemonde.fr/*", "https://*.01net.com/*", "*://lemonde.fr/*"]),
    ).toEqual(["01net.com", "lemonde.fr"]);
  });

  it("drops patterns that name no one host", () => {
    expect(builtInSites(["<all_urls>", "*://*/*"])).toEqual([]);
  });

  it("lists every site of the shipped manifest", () => {
    const matches = manifest.content_scripts[0]?.matches ?? [];
    expect(builtInSites(matches)).toHaveLength(matches.length);
    expect(builtInSites(matches)).toContain("presse-citron.net");
  });
});
