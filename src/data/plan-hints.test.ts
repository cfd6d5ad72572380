import { describe, expect, it } from "vitest";
import { parsePlans, withPlanHints } from "./plan-hints";

const planned = parsePlans([
  {
    file: "src/data/plan/people.txt",
    text: "elon-musk\tElon Musk\tperson\nsam-altman\tSam Altman\tperson\n",
  },
  { file: "src/data/plan/labs.txt", text: "xai\txAI\tcompany\r\n\n" },
]);

describe("withPlanHints", () => {
  it("says when an unknown id is planned by a batch still being written", () => {
    const problems = [
      {
        file: "a.json",
        entity: "a",
        field: "relations[0].target",
        message: 'unknown entity id "sam-altman"',
      },
      {
        file: "a.json",
        entity: "a",
        field: "relations[1].target",
        message: 'unknown entity id "nobody"',
      },
      { file: "a.json", entity: "a", field: "name", message: "must not be empty" },
    ];
    expect(withPlanHints(problems, planned).map((problem) => problem.message)).toEqual([
      'unknown entity id "sam-altman" (planned in src/data/plan/people.txt, not written yet)',
      'unknown entity id "nobody"',
      "must not be empty",
    ]);
  });

  it("reads ids from tab-separated plan lines, ignoring blank lines", () => {
    expect([...planned.keys()]).toEqual(["elon-musk", "sam-altman", "xai"]);
  });
});
