// Runs the real CLI in a child process, as a maintainer would, on a temporary entities directory.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../core/dataset";
import { makeEntity, makeRaw, sourced, stated, TEST_REGISTRY, usd } from "./make-entity";

const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

let root: string;
let validDir: string;
let invalidDir: string;

/** Runs a command on `dir`, judging sources by the fixtures' registry. */
function run(command: string, dir: string) {
  const registry = join(root, "publishers.json");
  const result = spawnSync(TSX, [CLI, command, "--dir", dir, "--registry", registry], {
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeEntities(dir: string, ...entities: Array<Entity | Record<string, unknown>>): string {
  mkdirSync(dir);
  for (const entity of entities)
    writeFileSync(join(dir, `${String(entity.id)}.json`), JSON.stringify(entity));
  return dir;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "backstory-cli-"));
  writeFileSync(join(root, "publishers.json"), JSON.stringify(TEST_REGISTRY));
  const valuation = stated(
    { property: "valuation", value: usd(24e9), at: "2023-07" },
    sourced(undefined, "2023-07-12"),
  );
  validDir = writeEntities(
    join(root, "valid"),
    makeEntity({ statements: [valuation] }),
    makeEntity({ id: "sequoia-capital", type: "investor" }),
  );
  const unsourced = { property: "partner_of", value: "nobody", checked: "2024-05-27" };
  invalidDir = writeEntities(join(root, "invalid"), makeRaw({ statements: [unsourced] }));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

// Each run starts tsx: slow on a busy machine, so more than the default 5 s per test.
describe("dataset CLI", { timeout: 30_000 }, () => {
  it("validate: prints the entity count and exits 0 on a valid dataset", () => {
    expect(run("validate", validDir)).toMatchObject({ status: 0, stdout: "2 entities OK\n" });
  });

  it("validate: prints every problem to stderr and exits 1", () => {
    const { status, stdout, stderr } = run("validate", invalidDir);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      `${join(invalidDir, "xai.json")}: entity "xai", field "statements[0].sources": missing required field "sources"`,
    );
    expect(stderr).toContain('field "statements[0].value": unknown entity id "nobody"');
  });

  it("validate: judges sources by the reviewed registry unless told otherwise", () => {
    const result = spawnSync(TSX, [CLI, "validate", "--dir", validDir], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("example.com is not in the publisher registry");
  });

  it.each(["stats", "titles", "check-links", "export"])(
    "%s: refuses an invalid dataset",
    (command) => {
      const { status, stdout, stderr } = run(command, invalidDir);
      expect(status).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(`"${command}" refused`);
    },
  );

  it("export: prints only the JSON document on stdout", () => {
    const { status, stdout } = run("export", validDir);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).entities.map((entity: { id: string }) => entity.id)).toEqual([
      "sequoia-capital",
      "xai",
    ]);
  });

  it("stats, titles and check-links print their reports", () => {
    expect(run("stats", validDir).stdout).toContain("2023-07-12  xai");
    expect(run("titles", validDir).stdout).toBe("XAI (company)\nXAI (company)\n");
    expect(run("check-links", validDir).stdout).toContain(
      "example.com (1)\n    https://example.com/news\n",
    );
  });

  it("audit: runs on an invalid dataset, lists its problems and exits 1", () => {
    const { status, stdout } = run("audit", invalidDir);
    expect(status).toBe(1);
    expect(stdout).toContain("Problems the build refuses (2)");
    expect(run("audit", validDir)).toMatchObject({ status: 0 });
  });

  it("rejects an unknown command", () => {
    expect(run("frobnicate", validDir)).toMatchObject({ status: 1, stdout: "" });
    expect(run("constructor", validDir)).toMatchObject({ status: 1, stdout: "" });
  });
});
