// Builds the extension and takes a copy of what was built, so the benchmark measures one build
// from start to end even if someone rebuilds `dist/` while it runs.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export interface BuildSnapshot {
  extensionDir: string;
  /** The Firefox build: measured for its size only (the pages run in Chromium). */
  firefoxDir: string;
  generatedDir: string;
  remove(): void;
}

/** `npm run -s build` (honouring BACKSTORY_ENTITIES_DIR), then a copy of its outputs. */
export function buildSnapshot(): BuildSnapshot {
  const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    throw new Error(
      "the build failed; while the dataset is being written, run against the test dataset: " +
        "BACKSTORY_ENTITIES_DIR=/tmp/seed-entities npm run bench",
    );
  }
  const root = mkdtempSync(join(tmpdir(), "backstory-bench-"));
  const extensionDir = join(root, "chrome");
  const firefoxDir = join(root, "firefox");
  const generatedDir = join(root, "generated");
  cpSync(resolve("dist/chrome"), extensionDir, { recursive: true });
  cpSync(resolve("dist/firefox"), firefoxDir, { recursive: true });
  cpSync(resolve("src/generated"), generatedDir, { recursive: true });
  return {
    extensionDir,
    firefoxDir,
    generatedDir,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
  css?: string[];
}

function contentScriptsOf(extensionDir: string): ContentScriptEntry[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, "manifest.json"), "utf8")) as {
    content_scripts?: ContentScriptEntry[];
  };
  return manifest.content_scripts ?? [];
}

/**
 * A page address the content script runs on, built from its `matches` (The Verge when listed),
 * so the benchmark follows the manifest.
 */
export function matchingOrigin(extensionDir: string): string {
  const patterns = contentScriptsOf(extensionDir).flatMap((entry) => entry.matches ?? []);
  const hosts = patterns
    .map((pattern) => /^https:\/\/\*\.([^/*]+)\/\*$/.exec(pattern)?.[1])
    .filter((host): host is string => host !== undefined);
  const host = hosts.find((candidate) => candidate === "theverge.com") ?? hosts[0];
  if (!host) throw new Error("the manifest's content script matches no https://*.site/* pattern");
  return `https://www.${host}`;
}

/** An address no content-script pattern covers: where the baselines run. */
export const BASELINE_ORIGIN = "https://bench.example.org";

export interface FileSize {
  kb: number;
  gzKB: number;
}

export interface BundleSizes {
  /** Every file the content script loads with the page, gzipped (level 9), in KB. */
  contentScriptGzKB: number;
  contentScriptKB: number;
  /** The same of the Firefox build (absent from runs before it was measured). */
  firefoxContentScriptGzKB?: number;
  firefoxContentScriptKB?: number;
  /** The compiled dataset files the build writes (src/generated), gzipped, in KB. */
  datasetGzKB: number;
  files: Record<string, FileSize>;
}

export function measureBundle(snapshot: BuildSnapshot): BundleSizes {
  const files: Record<string, FileSize> = {};
  const sizeOf = (path: string): FileSize => {
    const bytes = readFileSync(path);
    return { kb: bytes.length / 1024, gzKB: gzipSync(bytes, { level: 9 }).length / 1024 };
  };
  const contentScript = (extensionDir: string, browser: string) => {
    const total = { kb: 0, gzKB: 0 };
    for (const entry of contentScriptsOf(extensionDir)) {
      for (const file of [...(entry.js ?? []), ...(entry.css ?? [])]) {
        const size = sizeOf(join(extensionDir, file));
        files[`dist/${browser}/${file}`] = size;
        total.kb += size.kb;
        total.gzKB += size.gzKB;
      }
    }
    return total;
  };
  const chromium = contentScript(snapshot.extensionDir, "chrome");
  const firefox = contentScript(snapshot.firefoxDir, "firefox");
  let datasetGzKB = 0;
  for (const file of readdirSync(snapshot.generatedDir).filter((name) => name.endsWith(".json"))) {
    const size = sizeOf(join(snapshot.generatedDir, file));
    files[`src/generated/${file}`] = size;
    datasetGzKB += size.gzKB;
  }
  return {
    contentScriptGzKB: chromium.gzKB,
    contentScriptKB: chromium.kb,
    firefoxContentScriptGzKB: firefox.gzKB,
    firefoxContentScriptKB: firefox.kb,
    datasetGzKB,
    files,
  };
}
