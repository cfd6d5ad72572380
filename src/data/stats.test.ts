import { describe, expect, it } from "vitest";
import { makeEntity, sourced, stated, usd } from "./make-entity";
import { computeStats, formatStats, sourceDomain } from "./stats";

const NEWS = "https://example.com/news";
const leader = (name: string, role: string) =>
  ({ person: { name }, role: { en: role, fr: role }, kind: "leader" }) as const;

function dataset() {
  return [
    makeEntity({
      statements: [
        stated(
          { property: "founded", at: "2023" },
          sourced("https://www.example.com/founding", "2023-07-12"),
        ),
        stated({ property: "position", value: leader("A", "CEO") }, sourced(NEWS, "2024-01-01")),
        stated({ property: "position", value: leader("B", "CTO") }, sourced(NEWS, "2024-01-01")),
        stated(
          {
            property: "spec",
            value: { label: { en: "GPUs", fr: "GPU" }, value: { en: "1", fr: "1" } },
          },
          sourced(NEWS, "2021-01-01"),
        ),
        stated({ property: "employees", value: 100, at: "2022" }, sourced(NEWS, "2022-03-04")),
        stated(
          { property: "partner_of", value: "sequoia-capital" },
          sourced("https://example.com/partner", "2024-02-02"),
        ),
        stated(
          {
            property: "funding_round",
            at: "2024-05",
            value: { series: "Series B", amount: usd(6e9) },
          },
          sourced("https://news.example.org/b", "2024-05-27"),
        ),
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

  it("counts statements, in all and by property, every property listed", () => {
    expect(stats.statements).toBe(7);
    expect(stats.byProperty).toMatchObject({ position: 2, founded: 1, funding_round: 1, name: 0 });
    expect(Object.keys(stats.byProperty)).toContain("runs_on");
  });

  it("counts distinct source URLs and domains, www. or not", () => {
    // example.com/news (positions, spec, employees), www.example.com/founding, example.com/partner, news.example.org/b
    expect(stats.distinctSources).toBe(4);
    expect(stats.distinctSourceDomains).toBe(2);
  });

  it("counts entities with and without an English Wikipedia title", () => {
    expect(stats.withEnglishWikipedia).toBe(1);
    expect(stats.withoutEnglishWikipedia).toBe(1);
  });

  it("lists the values checked longest ago first, leaving out those that cannot go stale", () => {
    const oldest = computeStats(dataset(), 3).oldest;
    expect(oldest.slice(0, 2)).toEqual([
      expect.objectContaining({ checked: "2022-03-04", entity: "xai", field: "statements[4]" }),
      expect.objectContaining({ checked: "2024-01-01", entity: "xai", field: "statements[1]" }),
    ]);
    // A spec (timeless) and a founding (an event) do not change.
    expect(oldest.map((value) => value.property)).not.toContain("spec");
    expect(oldest.map((value) => value.property)).not.toContain("founded");
  });
});

describe("formatStats", () => {
  it("prints counts and the values to refresh first", () => {
    const text = formatStats(computeStats(dataset()));
    expect(text).toMatch(/^Entities: 2\n/);
    expect(text).toMatch(/ {2}company +1\n/);
    expect(text).toMatch(/\nStatements: 7\n/);
    expect(text).toMatch(/ {2}position +2\n/);
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
