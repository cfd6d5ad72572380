import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countCharacters,
  isCalendarDate,
  isKebabCaseId,
  isPartialDate,
  parseHttpsUrl,
} from "./value-rules";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

describe("isCalendarDate", () => {
  it("agrees with the calendar for every year, month and day number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const exists =
            month >= 1 &&
            month <= 12 &&
            date.getUTCMonth() === month - 1 &&
            date.getUTCDate() === day;
          expect(isCalendarDate(text)).toBe(exists);
          expect(isPartialDate(text)).toBe(exists);
        },
      ),
    );
  });

  it("knows leap years", () => {
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2024-02-29")).toBe(true);
  });
});

describe("isPartialDate", () => {
  it("accepts a year or a year and month", () => {
    expect(["2024", "2024-01", "2024-12"].every(isPartialDate)).toBe(true);
    expect(["2024-1", "2024-13", "20245", "2024-"].some(isPartialDate)).toBe(false);
  });
});

describe("isKebabCaseId", () => {
  it("accepts lowercase ascii words joined by single hyphens", () => {
    expect(["xai", "gpt-4o", "claude-3-5-sonnet"].every(isKebabCaseId)).toBe(true);
    expect(["", "xAI", "gpt_4o", "a--b", "a-", "é"].some(isKebabCaseId)).toBe(false);
  });
});

describe("parseHttpsUrl", () => {
  it("accepts absolute https URLs with a dotted host, and nothing else", () => {
    expect(parseHttpsUrl("https://fr.wikipedia.org/wiki/Mistral_AI")?.hostname).toBe(
      "fr.wikipedia.org",
    );
    for (const text of [
      "http://a.com",
      "https://a",
      "https//a.com",
      "a.com",
      " https://a.com",
      "https://a.com/ b",
    ]) {
      expect(parseHttpsUrl(text)).toBeUndefined();
    }
  });
});

describe("countCharacters", () => {
  it("counts code points after NFC", () => {
    expect(countCharacters("e\u0301")).toBe(1);
    expect(countCharacters("😀a")).toBe(2);
  });
});
