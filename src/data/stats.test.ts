import { describe, expect, it } from "vitest";
import { makeEntity, sourced, usd } from "./make-entity";
import { computeStats, formatStats, sourceDomain } from "./stats";

function dataset() {
  return [
    makeEntity({
      facts: {
        founded: { date: "2023", ...sourced("2023-07-12", "https://www.example.com/founding") },
        leaders: [
          { person: { name: "A" }, role: { en: "CEO", fr: "PDG" }, ...sourced("2024-01-01") },
          { person: { name: "B" }, role: { en: "CTO", fr: "CTO" }, ...sourced("2024-01-01") },
        ],
        specs: [
          {
            label: { en: "GPUs", fr: "GPU" },
            value: { en: "1", fr: "1" },
            ...sourced("2022-03-04"),
          },
        ],
      },
      relations: [
        {
          type: "partner_of",
          target: "sequoia-capital",
          ...sourced("2024-02-02", "https://example.com/partner"),
        },
      ],
      rounds: [
        {
          date: "2024-05",
          series: "Series B",
          amount: usd(6e9),
          ...sourced("2024-05-27", "https://news.example.org/b"),
        },
      ],
    }),
    makeEntity({
      id: "sequoia-capital",
      name: "Sequoia Capital",
      type: "investor",
      wikipedia: { en: null, fr: null },
    }),
  ];
}

describe("computeStats", () => {
  const stats = computeStats(dataset());

  it("counts entities by type, every type listed", () => {
    expect(stats.entities).toBe(2);
    expect(stats.byType).toEqual({
      company: 1,
      investor: 1,
      person: 0,
      product: 0,
      hardware: 0,
      institution: 0,
    });
  });

  it("counts each fact field, each leader and each spec as one fact", () => {
    expect(stats.facts).toBe(4);
    expect(stats.relations).toBe(1);
    expect(stats.rounds).toBe(1);
  });

  it("counts distinct source URLs and domains, www. or not", () => {
    // example.com/news (leaders, specs), www.example.com/founding, example.com/partner, news.example.org/b
    expect(stats.distinctSources).toBe(4);
    expect(stats.distinctSourceDomains).toBe(2);
  });

  it("counts entities with and without an English Wikipedia title", () => {
    expect(stats.withEnglishWikipedia).toBe(1);
    expect(stats.withoutEnglishWikipedia).toBe(1);
  });

  it("lists the oldest as-of dates first, with entity and field, leaving out dates that cannot go stale", () => {
    const oldest = computeStats(dataset(), 3).oldest;
    expect(oldest.slice(0, 2)).toEqual([
      expect.objectContaining({ asOf: "2022-03-04", entity: "xai", field: "facts.specs[0]" }),
      expect.objectContaining({ asOf: "2024-01-01", entity: "xai", field: "facts.leaders[0]" }),
    ]);
    expect(oldest.map((value) => value.field)).not.toContain("facts.founded");
  });
});

describe("formatStats", () => {
  it("prints counts and the values to refresh first", () => {
    const text = formatStats(computeStats(dataset()));
    expect(text).toMatch(/^Entities: 2\n/);
    expect(text).toMatch(/ {2}company +1\n/);
    expect(text).toMatch(/ {2}facts +4\n/);
    expect(text).toMatch(/ {2}distinct domains +2\n/);
    expect(text).toContain("  2022-03-04  xai");
  });
});

describe("sourceDomain", () => {
  it("drops www. and keeps other subdomains", () => {
    expect(sourceDomain("https://www.reuters.com/a")).toBe("reuters.com");
    expect(sourceDomain("https://en.wikipedia.org/wiki/XAI")).toBe("en.wikipedia.org");
  });
});
