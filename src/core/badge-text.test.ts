import { describe, expect, it } from "vitest";
import { badgeText } from "./badge-text";

describe("badgeText", () => {
  it("counts the entities a page names, and says nothing before any is found", () => {
    expect(badgeText(0, false)).toBe("");
    expect(badgeText(0, true)).toBe("");
    expect(badgeText(7, false)).toBe("7");
  });

  it("marks a count that can still grow: parts of a large page are not read yet", () => {
    expect(badgeText(12, true)).toBe("12+");
  });

  it("caps a long count at 99+, read or not", () => {
    expect(badgeText(99, false)).toBe("99");
    expect(badgeText(100, false)).toBe("99+");
    expect(badgeText(250, true)).toBe("99+");
  });
});
