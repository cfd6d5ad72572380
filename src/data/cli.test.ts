// Runs the real CLI in a child process, as a maintainer would, on a temporary entities directory.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEntity, makeRaw, sourced, usd } from "./make-entity";

const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

let validDir: string;
let invalidDir: string;

function run(command: string, dir: string) {
  const result = spawnSync(TSX, [CLI, command, "--dir", dir], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  validDir = mkdtempSync(join(tmpdir(), "backstory-cli-valid-"));
  writeFileSync(
    join(validDir, "xai.json"),
    JSON.stringify(
      makeEntity({ facts: { valuation: { amount: usd(24e9), ...sourced("2023-07-12") } } }),
    ),
  );
  writeFileSync(
    join(validDir, "sequoia-capital.json"),
    JSON.stringify(makeEntity({ id: "sequoia-capital", type: "investor" })),
  );
  invalidDir = mkdtempSync(join(tmpdir(), "backstory-cli-invalid-"));
  writeFileSync(
    join(invalidDir, "xai.json"),
    JSON.stringify(makeRaw({ relations: [{ type: "partner_of", target: "nobody" }] })),
  );
});

afterAll(() => {
  rmSync(validDir, { recursive: true, force: true });
  rmSync(invalidDir, { recursive: true, force: true });
});

describe("dataset CLI", () => {
  it("validate: prints the entity count and exits 0 on a valid dataset", () => {
    expect(run("validate", validDir)).toMatchObject({ status: 0, stdout: "2 entities OK\n" });
  });

  it("validate: prints every problem to stderr and exits 1", () => {
    const { status, stdout, stderr } = run("validate", invalidDir);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      `${join(invalidDir, "xai.json")}: entity "xai", field "relations[0].source": missing source URL`,
    );
    expect(stderr).toContain('field "relations[0].target": unknown entity id "nobody"');
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

  it("rejects an unknown command", () => {
    expect(run("frobnicate", validDir)).toMatchObject({ status: 1, stdout: "" });
    expect(run("constructor", validDir)).toMatchObject({ status: 1, stdout: "" });
  });
});
