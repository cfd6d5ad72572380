// `npm run lint:firefox`: web-ext lint on the Firefox build, failing on any error and on any
// warning but two. The content script imports the card UI, its own file, by its runtime
// address (checked at the flagged spot). The other is Preact's: its renderer assigns `innerHTML` when a component
// passes `dangerouslySetInnerHTML`, which Backstory never does (test/e2e/least-privilege.e2e.ts
// checks the source). The exception is checked at the flagged spot, so a new innerHTML anywhere
// else (or any new warning at all) breaks the build.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const SOURCE_DIR = resolve("dist/firefox");
const WEB_EXT = resolve("node_modules/.bin/web-ext");

/** Preact's `dangerouslySetInnerHTML` branch, as minified: `e.innerHTML=f.__html`. */
const PREACT_INNER_HTML = /^[\w$]+\.innerHTML=[\w$]+\.__html\b/;

/**
 * The content script's one import(): the card UI, the extension's own file, by its runtime
 * address (`browser.runtime.getURL(…)`, as minified), loaded on the first card a page needs.
 */
const OWN_FILE_IMPORT = /^import\([\w$]+(?:\.default)?\.runtime\.getURL\(/;

function isOwnFileImport(warning) {
  if (warning.code !== "UNSAFE_VAR_ASSIGNMENT" || warning.file !== "src/content/index.js") {
    return false;
  }
  const lines = readFileSync(join(SOURCE_DIR, warning.file), "utf8").split("\n");
  const line = lines[(warning.line ?? 1) - 1] ?? "";
  return [...line.matchAll(/\bimport\(/g)].every((match) =>
    OWN_FILE_IMPORT.test(line.slice(match.index)),
  );
}

function isPreactInnerHtml(warning) {
  if (warning.code !== "UNSAFE_VAR_ASSIGNMENT" || !warning.file) return false;
  const lines = readFileSync(join(SOURCE_DIR, warning.file), "utf8").split("\n");
  const line = lines[(warning.line ?? 1) - 1] ?? "";
  const at = (warning.column ?? 1) - 1;
  const before = line.slice(Math.max(0, at - 400), at);
  return PREACT_INNER_HTML.test(line.slice(at)) && before.includes("dangerouslySetInnerHTML");
}

const run = spawnSync(WEB_EXT, ["lint", "--source-dir", SOURCE_DIR, "--output", "json"], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
const jsonStart = run.stdout.indexOf("{");
if (jsonStart < 0) {
  console.error(`web-ext lint gave no report (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
const report = JSON.parse(run.stdout.slice(jsonStart));
const where = (item) => `${item.file ?? "manifest"}${item.line ? `:${item.line}` : ""}`;
const describe = (item) => `  ${item._type} ${item.code} ${where(item)}: ${item.message}`;

const allowed = report.warnings.filter(isPreactInnerHtml);
const ownImports = report.warnings.filter(isOwnFileImport);
const problems = [
  ...report.errors,
  ...report.warnings.filter((w) => !allowed.includes(w) && !ownImports.includes(w)),
];
for (const notice of report.notices) console.log(describe(notice));
if (problems.length > 0) {
  console.error(`web-ext lint: ${problems.length} problem(s) in dist/firefox:`);
  for (const problem of problems) console.error(describe(problem));
  process.exit(1);
}
console.log(
  `web-ext lint: 0 errors, 0 warnings besides ${allowed.length} from Preact's ` +
    `dangerouslySetInnerHTML path (${allowed.map(where).join(", ")}) and ${ownImports.length} ` +
    `import of the extension's own card UI file, ${report.notices.length} notices.`,
);
