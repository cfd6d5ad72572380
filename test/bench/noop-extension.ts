// The control for "main-thread time added": an extension whose content script does nothing but
// leave a mark, injected like Backstory's (isolated world, document_idle) on an origin of its
// own. What it adds is the fixed cost of being an extension's content script at all; the rest of
// Backstory's figure is Backstory's own work.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const NOOP_ORIGIN = "https://noop.example.net";
export const NOOP_MARK = "bench:noop";

export interface NoopExtension {
  dir: string;
  remove(): void;
}

export function writeNoopExtension(): NoopExtension {
  const dir = mkdtempSync(join(tmpdir(), "backstory-bench-noop-"));
  const manifest = {
    manifest_version: 3,
    name: "Bench no-op content script",
    version: "1.0",
    content_scripts: [{ matches: [`${NOOP_ORIGIN}/*`], js: ["noop.js"], run_at: "document_idle" }],
  };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(join(dir, "noop.js"), `performance.mark(${JSON.stringify(NOOP_MARK)});\n`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
