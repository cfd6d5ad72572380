import { describe, expect, it } from "vitest";
import { formatMoney, formatPartialDate } from "./format";

describe("formatting", () => {
  it("writes partial dates as precisely as they are known", () => {
    expect(formatPartialDate("2024", "en")).toBe("2024");
    expect(formatPartialDate("2024-05", "en")).toBe("May 2024");
    expect(formatPartialDate("2024-05", "fr")).toBe("mai 2024");
    expect(formatPartialDate("2024-05-26", "en")).toBe("26 May 2024");
  });

  it("writes the first day of a month as an ordinal in French only", () => {
    expect(formatPartialDate("2024-08-01", "fr")).toBe("1er août 2024");
    expect(formatPartialDate("2024-08-01", "en")).toBe("1 August 2024");
    expect(formatPartialDate("2024-08-10", "fr")).toBe("10 août 2024");
    expect(formatPartialDate("2024-08-11", "fr")).toBe("11 août 2024");
    expect(formatPartialDate("2024-08", "fr")).toBe("août 2024");
  });

  it("writes large amounts in words", () => {
    expect(formatMoney({ value: 6e9, currency: "USD" }, "en")).toBe("US$6 billion");
    expect(formatMoney({ value: 6e9, currency: "USD" }, "fr")).toBe("6 milliards $US");
    expect(formatMoney({ value: 1.5e9, currency: "EUR" }, "fr")).toBe("1,5 milliard €");
    expect(formatMoney({ value: 385e6, currency: "EUR" }, "en")).toBe("€385 million");
  });
});
