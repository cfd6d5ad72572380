import { describe, expect, it } from "vitest";
import { judgeHost, type PublisherRegistry, parseRegistry } from "./publisher-registry";

const REGISTRY: PublisherRegistry = {
  publishers: {
    "reuters.com": { name: "Reuters", kind: "news" },
    "wikipedia.org": { name: "Wikipedia", kind: "reference" },
    "news.example.net": { name: "Example Daily", kind: "news" },
    "example.co.uk": { name: "Example UK", kind: "news" },
  },
  refused: {
    "example.net": { reason: "content-farm" },
    "blogs.example.co.uk": { reason: "blog" },
  },
};

const verdict = (host: string, registry = REGISTRY) => {
  const judged = judgeHost(registry, host);
  if (judged.status === "admitted") return `admitted ${judged.publisher.key}`;
  if (judged.status === "refused")
    return `refused ${judged.refusal.key} (${judged.refusal.reason})`;
  return "unknown";
};

describe("judgeHost", () => {
  it("admits a domain and every host under it", () => {
    expect(verdict("reuters.com")).toBe("admitted reuters.com");
    expect(verdict("en.wikipedia.org")).toBe("admitted wikipedia.org");
    expect(verdict("fr.m.wikipedia.org")).toBe("admitted wikipedia.org");
    expect(judgeHost(REGISTRY, "en.wikipedia.org")).toEqual({
      status: "admitted",
      publisher: { key: "wikipedia.org", name: "Wikipedia", kind: "reference" },
    });
  });

  it("does not match a domain that only ends with the same letters", () => {
    expect(verdict("notreuters.com")).toBe("unknown");
    expect(verdict("reuters.com.evil.example")).toBe("unknown");
  });

  it("lets the longest key decide, either way", () => {
    expect(verdict("news.example.net")).toBe("admitted news.example.net");
    expect(verdict("www.news.example.net")).toBe("admitted news.example.net");
    expect(verdict("other.example.net")).toBe("refused example.net (content-farm)");
    expect(verdict("blogs.example.co.uk")).toBe("refused blogs.example.co.uk (blog)");
    expect(verdict("shop.example.co.uk")).toBe("admitted example.co.uk");
  });

  it("lets a refusal win a tie", () => {
    const tie: PublisherRegistry = {
      publishers: { ...REGISTRY.publishers, "tie.example": { name: "Tie", kind: "news" } },
      refused: { ...REGISTRY.refused, "tie.example": { reason: "other" } },
    };
    expect(verdict("www.tie.example", tie)).toBe("refused tie.example (other)");
  });

  it("ignores www. and case", () => {
    expect(verdict("www.reuters.com")).toBe("admitted reuters.com");
    expect(verdict("WWW.Reuters.COM")).toBe("admitted reuters.com");
  });

  it.each([
    "staging.reuters.com",
    "test.reuters.com",
    "cdn.reuters.com",
    "www-cdn.anthropic.com",
    "preview-eu.reuters.com",
    "images.en.wikipedia.org",
    "203.0.113.7",
    "ec2-203-0-113-7.compute-1.amazonaws.com",
    "ec2-3-4-5-6.us-west-2.compute.amazonaws.com",
  ])("refuses %s as a copy host, whoever owns the domain", (host) => {
    expect(verdict(host)).toBe(`refused ${host} (copy-host)`);
  });

  it("reads a label like dev only above the registrable domain", () => {
    expect(verdict("reuters.dev")).toBe("unknown");
    expect(verdict("www.reuters.com")).not.toContain("copy-host");
  });
});

describe("parseRegistry", () => {
  const parse = (raw: unknown) => parseRegistry(raw, "publishers.json");
  const fields = (raw: unknown) => parse(raw).problems.map((problem) => problem.field);

  it("reads a registry of the expected shape", () => {
    expect(parse(REGISTRY)).toEqual({ registry: REGISTRY, problems: [] });
  });

  it("reports an unknown kind or reason and a key that is not a domain", () => {
    expect(
      fields({
        publishers: {
          "reuters.com": { name: "Reuters", kind: "press" },
          "Reuters.com": { name: "Reuters", kind: "news" },
          localhost: { name: "Local", kind: "news" },
        },
        refused: { "spam.example": { reason: "spam" } },
      }),
    ).toEqual([
      "publishers.reuters.com.kind",
      "publishers.Reuters.com",
      "publishers.localhost",
      "refused.spam.example.reason",
    ]);
  });

  it("reports a domain both admitted and refused", () => {
    const publishers = { "a.example": { name: "A", kind: "news" } };
    expect(parse({ publishers, refused: { "a.example": { reason: "blog" } } }).problems).toEqual([
      expect.objectContaining({
        field: "refused.a.example",
        message: "this domain is also an admitted publisher",
      }),
    ]);
  });

  it("reports a missing list and an unknown field", () => {
    expect(fields({ publishers: {} })).toEqual(["refused"]);
    expect(
      fields({ publishers: { "a.example": { name: "A", kind: "news", url: "x" } }, refused: {} }),
    ).toEqual(["publishers.a.example.url"]);
  });
});
