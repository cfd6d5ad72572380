import { describe, expect, it } from "vitest";
import { tabIdFromQuery } from "./tab-id-from-query";

describe("tabIdFromQuery", () => {
  it("reads ?tabId=N", () => {
    expect(tabIdFromQuery("?tabId=42")).toBe(42);
  });
  it("ignores a missing or malformed id", () => {
    expect(tabIdFromQuery("")).toBeNull();
    expect(tabIdFromQuery("?tabId=-1")).toBeNull();
    expect(tabIdFromQuery("?tabId=4e2")).toBeNull();
    expect(tabIdFromQuery("?tabId=")).toBeNull();
  });
});
