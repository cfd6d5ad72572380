import { describe, expect, it } from "vitest";
import { auditDataset, formatAudit } from "./audit";
import { makeEntity, sourced, stated, TEST_REGISTRY, usd } from "./make-entity";
import type { DatasetProblem } from "./problem";

const NEWS = "https://example.com/news";
const OWN = "https://example.org/announcement";
const WIKIPEDIA = "https://en.wikipedia.org/wiki/XAI_(company)";

function dataset() {
  return [
    makeEntity({
      statements: [
        stated(
          { property: "founded", at: "2023" },
          { sources: [{ url: NEWS }, { url: OWN }], checked: "2024-05-27" },
        ),
        stated({ property: "employees", value: 100, at: "2023-01" }),
        stated({ property: "employees", value: 250, at: "2024-06" }, sourced(WIKIPEDIA)),
        stated({ property: "valuation", value: usd(24e9), at: "2023-10" }),
        stated(
          { property: "headquarters", value: { en: "Palo Alto", fr: "Palo Alto" } },
          sourced(NEWS, "2023-01-15"),
        ),
      ],
    }),
    makeEntity({
      id: "sequoia-capital",
      type: "investor",
      statements: [stated({ property: "invested_in", value: "xai" })],
    }),
    makeEntity({ id: "empty" }),
  ];
}

const problem: DatasetProblem = {
  file: "src/data/entities/xai.json",
  entity: "xai",
  field: "statements[9]",
  message: "something wrong",
};

describe("auditDataset", () => {
  const report = auditDataset(dataset(), TEST_REGISTRY, [problem], "2025-03-01");

  it("counts each statement once, under the strongest kind among its sources", () => {
    expect(report.statements).toBe(6);
    expect(report.byKind).toMatchObject({ own: 1, reference: 1, news: 4, official: 0 });
  });

  it("lists the publishers cited, most cited first", () => {
    expect(report.publishers).toEqual([
      { name: "Example News", kind: "news", statements: 5 },
      { name: "Example Corp", kind: "own", statements: 1 },
      { name: "Wikipedia", kind: "reference", statements: 1 },
    ]);
  });

  it("lists press-only values a newer statement has overtaken", () => {
    expect(report.overtakenPressOnly).toEqual([
      "xai statements[1] employees: press only, overtaken by 2024-06",
    ]);
  });

  it("lists single values last true, or checked, over a year before today", () => {
    expect(report.staleSingleValues).toEqual([
      "xai statements[4] headquarters: checked 2023-01-15",
      "xai statements[3] valuation: true on 2023-10",
    ]);
    const earlier = auditDataset(dataset(), TEST_REGISTRY, [], "2024-06-01");
    expect(earlier.staleSingleValues).toEqual([
      "xai statements[4] headquarters: checked 2023-01-15",
    ]);
  });

  it("lists entities with nothing but ties, or nothing at all", () => {
    expect(report.withoutFacts).toEqual(["sequoia-capital", "empty"]);
  });

  it("lists the problems the build refuses, in the printed report too", () => {
    expect(report.problems).toEqual([problem]);
    const text = formatAudit(report);
    expect(text).toMatch(/^Statements: 6, by their strongest source:\n/);
    expect(text).toMatch(/\n {2}news +4 +66\.7 %\n/);
    expect(text).toContain(
      'Problems the build refuses (1)\n  src/data/entities/xai.json: entity "xai", field "statements[9]": something wrong\n',
    );
  });
});
