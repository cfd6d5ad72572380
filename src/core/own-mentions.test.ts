import { describe, expect, it } from "vitest";
import type { OwnEntity } from "./own-entities";
import { findOwnMentions, ownPatterns } from "./own-mentions";

const own: OwnEntity[] = [
  { id: "own-acme", name: "Acme", type: "company", aliases: ["Acme Labs"], note: "", link: null },
  {
    id: "own-gigafactory",
    name: "Gigafactory of Compute",
    type: "hardware",
    aliases: [],
    note: "",
    link: null,
  },
];

describe("own entity mentions", () => {
  it("finds whole words, longest first, as typed", () => {
    const text = "Acme Labs and acme; Acmeology; the Gigafactory of Compute.";
    expect(findOwnMentions(text, ownPatterns(own))).toEqual([
      { entityId: "own-acme", start: 0, end: 9 },
      { entityId: "own-gigafactory", start: 35, end: 57 },
    ]);
  });

  it("finds nothing without own entities", () => {
    expect(findOwnMentions("Acme", [])).toEqual([]);
  });
});
