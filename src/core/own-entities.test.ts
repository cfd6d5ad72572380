import { describe, expect, it } from "vitest";
import { ownEntityId, parseOwnEntities } from "./own-entities";

describe("own entities", () => {
  it("derive a stable id from the name", () => {
    expect(ownEntityId("Société Générale Labs")).toBe("own-societe-generale-labs");
  });

  it("lenient reading drops the bad ones, strict refuses", () => {
    const raw = [{ name: "Acme AI", aliases: ["Acme"] }, { name: "" }];
    expect(parseOwnEntities(raw, "stored").entities.map((e) => e.id)).toEqual(["own-acme-ai"]);
    const strict = parseOwnEntities(raw, "import");
    expect(strict.entities).toEqual([]);
    expect(strict.issues[0]?.field).toBe("ownEntities[1].name");
  });

  it("refuses duplicates and non-https links", () => {
    const issues = parseOwnEntities(
      [{ name: "Acme" }, { name: "acme" }, { name: "Beta", link: "http://beta.example" }],
      "import",
    ).issues;
    expect(issues.map((issue) => issue.field)).toEqual([
      "ownEntities[1].name",
      "ownEntities[2].link",
    ]);
  });

  it("refuses a list of aliases with holes (found by the fuzz tests)", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
    const issues = parseOwnEntities([{ name: "Acme", aliases: [, "Acme AI"] }], "import").issues;
    expect(issues.map((issue) => issue.field)).toEqual(["ownEntities[0].aliases"]);
  });
});
