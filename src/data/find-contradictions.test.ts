import { describe, expect, it } from "vitest";
import type { PersonRef, PositionKind } from "../core/statements";
import { findContradictions, singleHolderRoles } from "./find-contradictions";
import { fileOf, makeEntity, stated, type Unsourced, usd } from "./make-entity";

/** Where the contradictions among `statements` are reported (`statements[i]`), in order. */
function contradictions(...statements: Unsourced[]): string[] {
  const entity = makeEntity({ statements: statements.map((statement) => stated(statement)) });
  return findContradictions(entity, fileOf("xai")).map((problem) => problem.field);
}

const place = (en: string) => ({ property: "headquarters", value: { en, fr: en } }) as const;
function position(
  name: string,
  role: string,
  term: { since?: string; until?: string } = {},
  kind: PositionKind = "leader",
): Unsourced {
  const person: PersonRef = { name };
  return { property: "position", value: { person, role: { en: role, fr: role }, kind }, ...term };
}

describe("findContradictions", () => {
  it("accepts an entity whose statements agree", () => {
    expect(contradictions(place("Palo Alto"), position("A", "CEO"), position("B", "CTO"))).toEqual(
      [],
    );
  });

  it("reports two current headquarters, but not a move", () => {
    expect(contradictions(place("Palo Alto"), place("San Francisco"))).toEqual(["statements[1]"]);
    expect(
      contradictions(
        { ...place("Palo Alto"), until: "2024" },
        { ...place("San Francisco"), since: "2024" },
      ),
    ).toEqual([]);
  });

  it("reports two founding dates", () => {
    expect(
      contradictions({ property: "founded", at: "2023" }, { property: "founded", at: "2023-03" }),
    ).toEqual(["statements[1]"]);
  });

  describe("positions", () => {
    it("reports two people holding the CEO role at once", () => {
      const overlapping = [
        position("A", "CEO", { since: "2019" }),
        position("B", "CEO", { since: "2023" }),
      ];
      expect(contradictions(...overlapping)).toEqual(["statements[1]"]);
    });

    it('reads "Chairman and CEO" as holding the CEO role', () => {
      expect(singleHolderRoles("Chairman and CEO")).toEqual(["chair", "ceo"]);
      expect(contradictions(position("A", "Chairman and CEO"), position("B", "CEO"))).toEqual([
        "statements[1]",
      ]);
    });

    it("reads a role however it is written: CEO or chief executive, chair or chairwoman", () => {
      expect(
        contradictions(position("A", "CEO"), position("B", "Chief Executive Officer")),
      ).toEqual(["statements[1]"]);
      expect(contradictions(position("A", "Chair"), position("B", "Chairwoman"))).toEqual([
        "statements[1]",
      ]);
      expect(
        contradictions(position("A", "CFO"), position("B", "Chief Financial Officer")),
      ).toEqual(["statements[1]"]);
    });

    it("reports the same role stated twice for one person", () => {
      expect(contradictions(position("A", "CTO", { since: "2020" }), position("a", "cto"))).toEqual(
        ["statements[1]"],
      );
    });

    it("lets several people sit on the board at once", () => {
      const board = (name: string) => position(name, "Board member", {}, "board");
      expect(contradictions(board("A"), board("B"), board("C"))).toEqual([]);
    });

    it("lets a successor start the month the predecessor leaves", () => {
      const terms = [
        position("A", "CEO", { since: "2019", until: "2024-05" }),
        position("B", "CEO", { since: "2024-05-20" }),
      ];
      expect(contradictions(...terms)).toEqual([]);
    });
  });

  describe("measures and rounds", () => {
    it("reports two different valuations on one day, not two equal ones", () => {
      const valuation = (value: number, at = "2024-05-26") =>
        ({ property: "valuation", value: usd(value), at }) as const;
      expect(contradictions(valuation(24e9), valuation(18e9))).toEqual(["statements[1]"]);
      expect(contradictions(valuation(24e9), valuation(24e9))).toEqual([]);
      expect(contradictions(valuation(24e9), valuation(18e9, "2024-05"))).toEqual([]);
    });

    it("reports a valuation that differs from the same day's round", () => {
      const round = {
        property: "funding_round",
        at: "2024-05-26",
        value: { series: "Series B", valuation: usd(24e9) },
      } as const;
      expect(
        contradictions(round, { property: "valuation", value: usd(18e9), at: "2024-05-26" }),
      ).toEqual(["statements[1]"]);
    });

    it("reports a total raised older than a later round", () => {
      const total = { property: "total_funding", value: usd(6e9), at: "2024-01" } as const;
      const round = (at: string) =>
        ({ property: "funding_round", at, value: { series: "C" } }) as const;
      expect(contradictions(total, round("2024-06-12"))).toEqual(["statements[0]"]);
      expect(contradictions(total, round("2023-12"))).toEqual([]);
      expect(contradictions(total, round("2024"))).toEqual([]);
    });
  });

  it("lets a joint venture be owned by two owners", () => {
    const owner = (value: string) => ({ property: "owned_by", value, since: "2025-01" }) as const;
    expect(contradictions(owner("openai"), owner("softbank"))).toEqual([]);
  });
});
