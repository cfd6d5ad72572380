import { describe, expect, it } from "vitest";
import type { Money } from "./dataset";
import {
  changesSince,
  current,
  heldOn,
  latest,
  latestOn,
  newestFirst,
  type Timed,
  valuationOn,
} from "./derive-facts";

/** A statement as the derivations read it (sources play no part). */
const s = <T extends Timed & { value?: unknown }>(statement: T): T => statement;
const usd = (value: number): Money => ({ value, currency: "USD" });
const leader = (name: string) => ({ person: { name }, role: { en: "CEO", fr: "PDG" } });

const formerCeo = s({ property: "position", value: leader("A"), since: "2019", until: "2024-05" });
const ceo = s({ property: "position", value: leader("B"), since: "2024-05-20" });
const staff2023 = s({ property: "employees", value: 100, at: "2023" });
const staff2024 = s({ property: "employees", value: 250, at: "2024-06" });
const founded = s({ property: "founded", at: "2021-03" });
const seriesA = s({
  property: "funding_round",
  at: "2023-04",
  value: { series: "A", valuation: usd(1e9) },
});
const seed = s({ property: "funding_round", at: "2022", value: { series: "Seed" } });
const reported = s({ property: "valuation", at: "2023-10", value: usd(2e9) });
const seriesB = s({
  property: "funding_round",
  at: "2024-05",
  value: { series: "B", valuation: usd(5e9) },
});

describe("current", () => {
  it("reads the current leaders as the positions without an end", () => {
    expect(current([formerCeo, ceo, staff2024], "position")).toEqual([ceo]);
  });
});

describe("latest", () => {
  it("takes the newest statement of a property, whatever order they were written in", () => {
    expect(latest([staff2024, staff2023], "employees")).toBe(staff2024);
    expect(latest([staff2023, staff2024], "employees")).toBe(staff2024);
    expect(latest([staff2023], "valuation")).toBeUndefined();
  });

  it("prefers the more precise of two dates that agree, and puts undated last", () => {
    const may = s({ property: "employees", value: 1, at: "2024-05-20" });
    const year = s({ property: "employees", value: 2, at: "2024" });
    expect(latest([year, may], "employees")).toBe(may);
    const undated = s({ property: "spec", value: "x" });
    expect(newestFirst([undated, staff2023, staff2024])).toEqual([staff2024, staff2023, undated]);
  });
});

describe("latestOn", () => {
  it("takes the latest value on or before a day", () => {
    expect(latestOn([staff2023, staff2024], "employees", "2024-03-01")).toBe(staff2023);
    expect(latestOn([staff2023, staff2024], "employees", "2025")).toBe(staff2024);
  });

  it("returns undefined before recorded history begins", () => {
    expect(latestOn([staff2023, staff2024], "employees", "2022-12-31")).toBeUndefined();
  });
});

describe("heldOn", () => {
  it("lists the states that held on a day, saying which are certain", () => {
    expect(heldOn([formerCeo, ceo], "position", "2022")).toEqual([
      { statement: formerCeo, certain: true },
    ]);
    expect(heldOn([formerCeo, ceo], "position", "2025")).toEqual([
      { statement: ceo, certain: true },
    ]);
  });

  it("keeps a state that may have held, as uncertain", () => {
    const unstarted = s({ property: "position", value: leader("C") });
    expect(heldOn([formerCeo, ceo, unstarted], "position", "2024-05")).toEqual([
      { statement: formerCeo, certain: false },
      { statement: ceo, certain: false },
      { statement: unstarted, certain: false },
    ]);
  });
});

describe("changesSince", () => {
  it("lists the events, starts and ends after a day, newest first", () => {
    const all = [founded, formerCeo, ceo, staff2023, staff2024];
    expect(changesSince(all, "2024-01")).toEqual([staff2024, ceo, formerCeo]);
    expect(changesSince(all, "2025")).toEqual([]);
  });
});

describe("valuationOn", () => {
  const history = [seed, seriesA, reported, seriesB, staff2024];

  it("takes the latest of the rounds' post-money and the reported valuations", () => {
    expect(valuationOn(history)).toEqual({ amount: usd(5e9), at: "2024-05", statement: seriesB });
    expect(valuationOn([seriesA, reported])).toMatchObject({
      amount: usd(2e9),
      statement: reported,
    });
  });

  it("gives the valuation as of a day, or none before the first", () => {
    expect(valuationOn(history, "2024-01")).toMatchObject({ amount: usd(2e9), at: "2023-10" });
    expect(valuationOn(history, "2023-06-30")).toMatchObject({ statement: seriesA });
    expect(valuationOn(history, "2023-01")).toBeUndefined();
  });

  it("skips rounds without a published valuation", () => {
    expect(valuationOn([seed])).toBeUndefined();
  });
});
