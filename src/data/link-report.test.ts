import { describe, expect, it } from "vitest";
import {
  buildLinkReport,
  flagSourceUrl,
  formatLinkReport,
  groupSourcesByDomain,
} from "./link-report";
import { makeEntity, stated } from "./make-entity";
import type { SourcedValue } from "./sourced-values";

const cite = (source: string): SourcedValue => ({
  entity: "xai",
  field: "statements[0]",
  property: "founded",
  source,
  checked: "2024-01-01",
});

describe("groupSourcesByDomain", () => {
  it("groups URLs by domain, most cited domains first, and counts their uses", () => {
    const groups = groupSourcesByDomain([
      cite("https://example.org/one"),
      cite("https://www.example.com/b"),
      cite("https://example.com/a"),
      cite("https://example.com/a"),
    ]);
    expect(groups).toEqual([
      {
        domain: "example.com",
        urls: [
          { url: "https://example.com/a", uses: 2 },
          { url: "https://www.example.com/b", uses: 1 },
        ],
      },
      { domain: "example.org", urls: [{ url: "https://example.org/one", uses: 1 }] },
    ]);
  });
});

describe("buildLinkReport", () => {
  it("lists a republication under the copy it was read at", () => {
    const republished = {
      sources: [{ publisher: "example.com", via: "https://copy.example.info/a" }],
      checked: "2024-01-01",
    };
    const entity = makeEntity({
      statements: [
        stated({ property: "founded", at: "2023" }),
        stated({ property: "born", at: "1971" }, republished),
      ],
    });
    expect(buildLinkReport([entity]).map((group) => group.domain)).toEqual([
      "copy.example.info",
      "example.com",
    ]);
  });
});

describe("flagSourceUrl", () => {
  it("flags non-https and malformed URLs and passes https ones", () => {
    expect(flagSourceUrl("https://example.com/a")).toBeUndefined();
    expect(flagSourceUrl("http://example.com/a")).toBe("not https (http)");
    expect(flagSourceUrl("example.com/a")).toBe("malformed URL");
    expect(flagSourceUrl("https://localhost/a")).toBe("malformed URL");
  });
});

describe("formatLinkReport", () => {
  it("prints each domain with its count, then its URLs indented, and flags bad ones", () => {
    const text = formatLinkReport(
      groupSourcesByDomain([
        cite("https://example.com/a"),
        cite("https://example.com/a"),
        cite("http://old.example.net/x"),
      ]),
    );
    expect(text).toBe(
      [
        "example.com (1)",
        "    https://example.com/a  ×2",
        "old.example.net (1)",
        "    http://old.example.net/x  !! not https (http)",
        "",
        "2 URLs on 2 domains; 1 flagged",
        "",
      ].join("\n"),
    );
  });
});
