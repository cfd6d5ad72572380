import { describe, expect, it } from "vitest";
import { compareDates, holdsOn, laterDate, overlaps } from "./terms";

describe("compareDates", () => {
  it("orders dates of the same precision", () => {
    expect(compareDates("2023", "2024")).toBeLessThan(0);
    expect(compareDates("2024-06", "2024-05")).toBeGreaterThan(0);
    expect(compareDates("2024-05-27", "2024-05-27")).toBe(0);
  });

  it("compares at the precision both dates have: May 2024 is neither before nor after 20 May", () => {
    expect(compareDates("2024-05", "2024-05-20")).toBe(0);
    expect(compareDates("2024", "2024-12-31")).toBe(0);
    expect(compareDates("2024-04", "2024-05-01")).toBeLessThan(0);
    expect(compareDates("2025", "2024-12-31")).toBeGreaterThan(0);
  });
});

describe("laterDate", () => {
  it("keeps the later date, or the more precise of two that agree", () => {
    expect(laterDate("2023-12-31", "2024")).toBe("2024");
    expect(laterDate("2024-05", "2024-05-20")).toBe("2024-05-20");
    expect(laterDate("2024-05-20", "2024")).toBe("2024-05-20");
  });
});

describe("overlaps", () => {
  it("sees two terms that share a moment", () => {
    expect(overlaps({ since: "2019", until: "2022" }, { since: "2021", until: "2024" })).toBe(true);
    expect(overlaps({ since: "2019", until: "2020" }, { since: "2021" })).toBe(false);
  });

  it("reads a missing start as always and a missing end as still holding", () => {
    expect(overlaps({}, { since: "2024" })).toBe(true);
    expect(overlaps({ until: "2020" }, { since: "2019" })).toBe(true);
    expect(overlaps({ until: "2020" }, { since: "2021" })).toBe(false);
    expect(overlaps({ since: "2021" }, { since: "2024" })).toBe(true);
  });

  it("lets a term start when the previous one ends, even at month precision", () => {
    expect(overlaps({ since: "2019", until: "2024-05" }, { since: "2024-05-20" })).toBe(false);
    expect(overlaps({ since: "2024-05-20" }, { since: "2019", until: "2024-05" })).toBe(false);
    expect(overlaps({ until: "2024-05-20" }, { since: "2024-05-20" })).toBe(false);
  });
});

describe("holdsOn", () => {
  const term = { since: "2019-03", until: "2024-05" };

  it("says yes inside the term and no outside it", () => {
    expect(holdsOn(term, "2021")).toBe("yes");
    expect(holdsOn(term, "2018-12-31")).toBe("no");
    expect(holdsOn(term, "2024-06-01")).toBe("no");
    expect(holdsOn({ since: "2019" }, "2030")).toBe("yes");
  });

  it("says unknown when a bound is too coarse to tell", () => {
    expect(holdsOn(term, "2024-05-20")).toBe("unknown");
    expect(holdsOn(term, "2019")).toBe("unknown");
  });

  it("says unknown before an end when the start was not recorded", () => {
    expect(holdsOn({}, "2019")).toBe("unknown");
    expect(holdsOn({ until: "2024" }, "2019")).toBe("unknown");
    expect(holdsOn({ until: "2018" }, "2019")).toBe("no");
  });
});
