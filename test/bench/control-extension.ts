// The controls for "main-thread time added": one extension with two content scripts, each
// injected like Backstory's (isolated world, document_idle) on an origin of its own.
// - The no-op leaves a mark and nothing else: what it adds is the fixed cost of being an
//   extension's content script at all, which no extension can avoid.
// - The floor script walks the page's text as the floor does (baselines.ts), then leaves a mark:
//   what it adds is the least any content script that reads a page must add, measured the way
//   Backstory's added time is, in the same run. It is what the "× the floor walk" budgets on
//   added time compare with.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { floorWalk, NAME_SHIM } from "./baselines";

export const NOOP_ORIGIN = "https://noop.example.net";
export const NOOP_MARK = "bench:noop";
export const FLOOR_SCRIPT_ORIGIN = "https://floor.example.net";
export const FLOOR_SCRIPT_MARK = "bench:floor-script";

export interface ControlExtension {
  dir: string;
  remove(): void;
}

const FLOOR_SCRIPT = `${NAME_SHIM}
performance.mark(${JSON.stringify(FLOOR_SCRIPT_MARK)}, { detail: (${floorWalk.toString()})(document.body) });
`;

export function writeControlExtension(): ControlExtension {
  const dir = mkdtempSync(join(tmpdir(), "backstory-bench-controls-"));
  const manifest = {
    manifest_version: 3,
    name: "Bench control content scripts",
    version: "1.0",
    content_scripts: [
      { matches: [`${NOOP_ORIGIN}/*`], js: ["noop.js"], run_at: "document_idle" },
      { matches: [`${FLOOR_SCRIPT_ORIGIN}/*`], js: ["floor.js"], run_at: "document_idle" },
    ],
  };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(join(dir, "noop.js"), `performance.mark(${JSON.stringify(NOOP_MARK)});\n`);
  writeFileSync(join(dir, "floor.js"), FLOOR_SCRIPT);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
