// Property tests for the guards every validator is built from.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isEntityId, isHttpsUrl, isRecord } from "./guards";

const junk = fc.anything({ withBigInt: true, withNullPrototype: true, withTypedArray: true });

/** Strings that look like addresses, with the tricks links get played with. */
const urlLike = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl({ validSchemes: ["https"] }).map((url) => url.toUpperCase()),
  fc
    .tuple(
      fc.constantFrom("https://", "http://", "HTTPS://", "javascript:", "data:", "//", "https:/"),
      fc.string({ maxLength: 60 }),
    )
    .map(([scheme, rest]) => scheme + rest),
  fc.constantFrom(
    "https://x.ai",
    "https://x.ai/\njavascript:alert(1)",
    'https://x.ai/"onmouseover="alert(1)',
    "https://x.ai/<script>",
    "https://-bad.example/",
    "https://user:pass@x.ai/",
    "https://x.ai:99999/",
    "https://x..ai/",
    " https://x.ai/",
    // A host ending in a number is parsed as an IPv4 address: refused (the first two are no
    // address at all).
    "https://A.0",
    "https://a.0x1/",
    "https://192.168.0.1/",
  ),
);

describe("guards, fuzzed", () => {
  it("isHttpsUrl accepts only absolute https addresses without spaces or markup", () => {
    fc.assert(
      fc.property(fc.oneof(urlLike, junk), (value) => {
        if (!isHttpsUrl(value)) return;
        const url = new URL(value);
        expect(url.protocol).toBe("https:");
        expect(url.hostname).toContain(".");
        expect(url.username).toBe("");
        expect(value).not.toMatch(/[\s<>"]/);
        expect(value.length).toBeLessThanOrEqual(2000);
      }),
      { numRuns: 2000 },
    );
  });

  it("isHttpsUrl refuses hosts that end in a number (IP addresses, or nothing a browser opens)", () => {
    for (const value of [
      "https://A.0",
      "https://a.0x1/",
      "https://192.168.0.1/",
      "https://x.ai.1",
    ]) {
      expect(isHttpsUrl(value), value).toBe(false);
    }
    expect(isHttpsUrl("https://a1.x1.ai/2024")).toBe(true);
  });

  it("isHttpsUrl accepts ordinary https addresses", () => {
    fc.assert(
      fc.property(
        fc.domain().filter((domain) => domain.includes(".")),
        fc.webPath(),
        (domain, path) => {
          expect(isHttpsUrl(`https://${domain}${path.replace(/[\s<>"]/g, "")}`)).toBe(true);
        },
      ),
    );
  });

  it("isEntityId accepts only short kebab-case ascii", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 120 }), fc.stringMatching(/^[a-z0-9-]{0,110}$/), junk),
        (value) => {
          if (!isEntityId(value)) return;
          expect(value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          expect(value.length).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("isRecord is true for plain objects only, never for arrays or null", () => {
    fc.assert(
      fc.property(junk, (value) => {
        expect(isRecord(value)).toBe(
          typeof value === "object" && value !== null && !Array.isArray(value),
        );
      }),
    );
  });
});
