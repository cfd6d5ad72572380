import { describe, expect, it } from "vitest";
import { entitiesNamed } from "./entities-named";
import { loadMatcher } from "./matcher";
import { compileMatcherTables } from "./matcher-tables";
import { SAMPLE_ENTITIES } from "./testing/sample-entities";

const matcher = loadMatcher(compileMatcherTables(SAMPLE_ENTITIES));
const idsNamed = (name: string) => entitiesNamed(matcher, name).map((entity) => entity.id);

describe("entitiesNamed", () => {
  it("lists every entity a shared name can stand for", () => {
    expect(idsNamed("Amodei")).toEqual(["dario-amodei", "daniela-amodei"]);
  });

  it("reads the name as the matcher does: any case, extra spaces and soft hyphens", () => {
    expect(idsNamed("  sequoia\u00ad   CAPITAL ")).toEqual(["sequoia-capital"]);
  });

  it("finds nothing for a name that is only the start of an alias, or no name at all", () => {
    expect(idsNamed("Sequoia Cap")).toEqual([]);
    expect(idsNamed("Jane Doe Labs")).toEqual([]);
    expect(idsNamed("")).toEqual([]);
  });
});
