// Property tests: a "site" read from storage, an import or a page's address is always a clean
// hostname or nothing, whatever text it was made from.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseSite, siteCovers } from "./site";

const HOSTNAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const hostLike = fc.oneof(
  fc.domain(),
  fc.domain().map((domain) => `www.${domain}`),
  fc.domain().map((domain) => `  WWW.${domain.toUpperCase()}.  `),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((url) => url.replace("://", "://user:pw@")),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("www.www.lemonde.fr", "lemonde.fr..", "https://", "www.", ".", "a".repeat(300)),
);

describe("normaliseSite, fuzzed", () => {
  it("never throws and returns a lower-case hostname without www., or null", () => {
    fc.assert(
      fc.property(hostLike, (input) => {
        const site = normaliseSite(input);
        if (site === null) return;
        expect(site).toMatch(HOSTNAME);
        expect(site.length).toBeLessThanOrEqual(253);
        expect(site.startsWith("www.")).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent: a stored site reads back as itself", () => {
    fc.assert(
      fc.property(hostLike, (input) => {
        const site = normaliseSite(input);
        if (site !== null) expect(normaliseSite(site)).toBe(site);
      }),
      { numRuns: 2000 },
    );
  });

  it("a site covers its own pages and subdomains, and no look-alike", () => {
    fc.assert(
      fc.property(fc.domain(), fc.domain(), (domain, other) => {
        const site = normaliseSite(domain);
        if (site === null) return;
        expect(siteCovers(site, `www.${domain}`)).toBe(true);
        expect(siteCovers(site, `blog.${domain}`)).toBe(true);
        expect(siteCovers(site, `not${site}`)).toBe(false);
        if (!`.${other}`.endsWith(`.${site}`)) expect(siteCovers(site, other)).toBe(false);
      }),
    );
  });
});
