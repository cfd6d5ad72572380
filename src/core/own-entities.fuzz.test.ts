// Property tests: the user's own entities, stored or imported, never make the reader throw, and
// every entity read is complete and within its limits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "./dataset";
import { isEntityId, isHttpsUrl } from "./guards";
import { OWN_ENTITY_LIMITS, type OwnEntity, ownEntityId, parseOwnEntities } from "./own-entities";
import { junk, nearly } from "./testing/fuzz";

const name = fc.oneof(
  fc.string({ minLength: 2, maxLength: 30 }),
  fc.string({ unit: "grapheme", minLength: 2, maxLength: 20 }),
  fc.constantFrom("北京大学", "Société Générale", "  Acme  ", "x", "a".repeat(101)),
);

const ownEntityLike = fc.record(
  {
    name: nearly(name),
    type: nearly(fc.oneof(fc.constantFrom(...ENTITY_TYPES), fc.string({ maxLength: 8 }))),
    aliases: nearly(fc.array(nearly(name), { maxLength: 4 })),
    note: nearly(fc.string({ maxLength: 40 })),
    link: nearly(fc.oneof(fc.constant(null), fc.webUrl(), fc.constant("javascript:alert(1)"))),
    id: junk,
  },
  { requiredKeys: [] },
);

function expectValidOwnEntity(entity: OwnEntity): void {
  expect(Object.keys(entity).sort()).toEqual(["aliases", "id", "link", "name", "note", "type"]);
  expect(isEntityId(entity.id)).toBe(true);
  expect(entity.id.startsWith("own-")).toBe(true);
  expect(entity.id).toBe(ownEntityId(entity.name));
  expect(entity.name).toBe(entity.name.trim());
  expect(entity.name.length).toBeGreaterThanOrEqual(2);
  expect(entity.name.length).toBeLessThanOrEqual(OWN_ENTITY_LIMITS.name);
  expect(ENTITY_TYPES).toContain(entity.type);
  expect(entity.aliases.length).toBeLessThanOrEqual(OWN_ENTITY_LIMITS.aliases);
  for (const alias of entity.aliases) {
    expect(typeof alias).toBe("string");
    expect(alias).not.toBe(entity.name);
  }
  expect(entity.note.length).toBeLessThanOrEqual(OWN_ENTITY_LIMITS.note);
  expect(entity.link === null || isHttpsUrl(entity.link)).toBe(true);
}

describe("own entities, fuzzed", () => {
  it("parseOwnEntities never throws and returns only complete, valid, distinct entities", () => {
    fc.assert(
      fc.property(
        fc.oneof(junk, fc.array(nearly(ownEntityLike), { maxLength: 6 })),
        fc.constantFrom("stored" as const, "import" as const),
        (raw, mode) => {
          const { entities, issues } = parseOwnEntities(raw, mode);
          for (const entity of entities) expectValidOwnEntity(entity);
          expect(new Set(entities.map((entity) => entity.id)).size).toBe(entities.length);
          for (const issue of issues) {
            expect(issue.field).toMatch(/^ownEntities/);
            expect(issue.message.length).toBeGreaterThan(0);
          }
          // An import is all or nothing.
          if (mode === "import" && issues.length > 0) expect(entities).toEqual([]);
          // What was read reads back the same, with nothing more to report.
          const again = parseOwnEntities(structuredClone(entities), "import");
          expect(again).toEqual({ entities, issues: [] });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("stored entities are kept one by one: a damaged entry costs only itself", () => {
    fc.assert(
      fc.property(fc.array(ownEntityLike, { maxLength: 6 }), (raw) => {
        const { entities, issues } = parseOwnEntities(raw, "stored");
        expect(entities.length + issues.length).toBeGreaterThanOrEqual(raw.length);
      }),
    );
  });

  it("ids are kebab-case ascii whatever the script of the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (text) => {
        expect(isEntityId(ownEntityId(text))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

/** What tells two names apart for a reader: their letters and digits, case and accents aside. */
function letters(name: string): string {
  const folded = name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu)?.join("-") ?? "";
}

describe("own entity ids", () => {
  it("differ for names whose letters differ, in any script and at any length", () => {
    const anyName = fc.oneof(
      name,
      fc.string({ unit: "grapheme", minLength: 2, maxLength: 100 }),
      fc.string({ minLength: 81, maxLength: 100 }),
    );
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        fc.pre(letters(a) !== "" && letters(b) !== "" && letters(a) !== letters(b));
        expect(ownEntityId(a)).not.toBe(ownEntityId(b));
      }),
      { numRuns: 1000 },
    );
  });

  it("regressions found by fuzzing", () => {
    // Two names in Cyrillic or Chinese used to share the id "own-entity": adding one replaced the other.
    expect(ownEntityId("Яндекс")).not.toBe(ownEntityId("Сбер"));
    expect(ownEntityId("北京大学")).not.toBe(ownEntityId("清华大学"));
    expect(ownEntityId("Яндекс")).toBe(ownEntityId("ЯНДЕКС"));
    // A cut at 80 characters used to leave a trailing "-": not an id the settings accept.
    const long = `${"a".repeat(79)} b`;
    expect(isEntityId(ownEntityId(long))).toBe(true);
    expect(ownEntityId(long)).not.toBe(ownEntityId(`${"a".repeat(79)} c`));
    // Latin names keep the ids they always had.
    expect(ownEntityId("Société Générale Labs")).toBe("own-societe-generale-labs");
    expect(ownEntityId("  Jane Doe  ")).toBe("own-jane-doe");
  });
});
