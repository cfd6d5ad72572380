import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DatasetError, loadDatasetFromDir, loadDatasetOrThrow, loadRegistry } from "./load";
import { makeEntity, makeRaw, stated, TEST_REGISTRY } from "./make-entity";

let root: string;
/** The entities directory; the registry file sits beside it, as publishers.json does. */
let dir: string;
let registryFile: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "backstory-entities-"));
  dir = join(root, "entities");
  mkdirSync(dir);
  registryFile = join(root, "publishers.json");
  writeFileSync(registryFile, JSON.stringify(TEST_REGISTRY));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(name: string, content: unknown): void {
  writeFileSync(
    join(dir, name),
    typeof content === "string" ? content : JSON.stringify(content, null, 2),
  );
}

describe("loadDatasetFromDir", () => {
  it("loads every entity file, sorted by id", () => {
    write("zeta.json", makeEntity({ id: "zeta" }));
    write("alpha.json", makeEntity({ id: "alpha" }));
    const { entities, problems } = loadDatasetFromDir(dir);
    expect(problems).toEqual([]);
    expect(entities.map((entity) => entity.id)).toEqual(["alpha", "zeta"]);
  });

  it("ignores files that are not .json", () => {
    write("alpha.json", makeEntity({ id: "alpha" }));
    write("notes.txt", "not an entity");
    write(".DS_Store", "\0");
    expect(loadDatasetFromDir(dir).entities).toHaveLength(1);
  });

  it('reports a JSON syntax error as a problem of the file, field "(file)"', () => {
    write("broken.json", '{ "id": "broken", }');
    const { problems } = loadDatasetFromDir(dir);
    expect(problems).toEqual([
      expect.objectContaining({ file: join(dir, "broken.json"), entity: "?", field: "(file)" }),
    ]);
    expect(problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it("does not report references to a file that has a syntax error", () => {
    write("broken.json", "{");
    write(
      "xai.json",
      makeRaw({ statements: [stated({ property: "partner_of", value: "broken" })] }),
    );
    expect(loadDatasetFromDir(dir, registryFile).problems.map((problem) => problem.field)).toEqual([
      "(file)",
    ]);
  });

  it("judges sources by the registry file given", () => {
    write("xai.json", makeEntity({ statements: [stated({ property: "founded", at: "2023" })] }));
    const { entities, registry } = loadDatasetFromDir(dir, registryFile);
    expect(entities.map((entity) => entity.id)).toEqual(["xai"]);
    expect(registry).toEqual(TEST_REGISTRY);
  });

  it("reports a registry that cannot be read, and every source as unknown", () => {
    write("xai.json", makeEntity({ statements: [stated({ property: "founded", at: "2023" })] }));
    const missing = join(root, "missing.json");
    expect(loadDatasetFromDir(dir, missing).problems).toEqual([
      expect.objectContaining({ entity: "xai", field: "statements[0].sources[0].url" }),
      expect.objectContaining({ file: missing, entity: "(registry)", field: "(file)" }),
    ]);
  });

  it("names each problem's file by its path in the directory", () => {
    write("xai.json", makeRaw({ name: "" }));
    expect(loadDatasetFromDir(dir).problems).toEqual([
      expect.objectContaining({ file: join(dir, "xai.json"), entity: "xai", field: "name" }),
    ]);
  });
});

describe("loadRegistry", () => {
  it("reads the committed registry without a problem", () => {
    const { registry, problems } = loadRegistry();
    expect(problems).toEqual([]);
    expect(registry.publishers["wikipedia.org"]?.kind).toBe("reference");
  });
});

describe("loadDatasetOrThrow", () => {
  it("returns the entities of a valid dataset", () => {
    write("alpha.json", makeEntity({ id: "alpha" }));
    expect(loadDatasetOrThrow(dir).entities.map((entity) => entity.id)).toEqual(["alpha"]);
  });

  it("throws a DatasetError that lists every problem, one per line", () => {
    write("broken.json", "{");
    write("xai.json", makeRaw({ name: "", type: "startup" }));
    let thrown: unknown;
    try {
      loadDatasetOrThrow(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatasetError);
    const error = thrown as DatasetError;
    expect(error.problems).toHaveLength(3);
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("The dataset has 3 problems:");
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/broken\.json: entity "\?", field "\(file\)": not valid JSON/),
      expect.stringMatching(/xai\.json: entity "xai", field "name": must not be empty/),
      expect.stringMatching(/xai\.json: entity "xai", field "type": unknown entity type "startup"/),
    ]);
  });
});
