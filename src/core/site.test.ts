import { describe, expect, it } from "vitest";
import { normaliseSite, siteCovers } from "./site";

describe("sites", () => {
  it("normalises hostnames and URLs", () => {
    expect(normaliseSite("WWW.LeMonde.fr")).toBe("lemonde.fr");
    expect(normaliseSite("https://www.presse-citron.net/xai/?a=1")).toBe("presse-citron.net");
    expect(normaliseSite("localhost")).toBe("localhost");
    expect(normaliseSite("not a host")).toBeNull();
    expect(normaliseSite("")).toBeNull();
  });

  it("covers subdomains", () => {
    expect(siteCovers("lemonde.fr", "www.lemonde.fr")).toBe(true);
    expect(siteCovers("lemonde.fr", "blog.lemonde.fr")).toBe(true);
    expect(siteCovers("lemonde.fr", "notlemonde.fr")).toBe(false);
  });
});
