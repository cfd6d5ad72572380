// Keeps the latest figures in README.md's Performance section: the text between the two
// markers is replaced by a full run; everything else in the README is left as written.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const README = resolve("README.md");
const START = "<!-- bench:figures:start -->";
const END = "<!-- bench:figures:end -->";

/** Replaces the figures between the markers; false when the README has no markers. */
export function readmeFiguresUpdated(markdown: string): boolean {
  const readme = readFileSync(README, "utf8");
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) return false;
  const updated = `${readme.slice(0, start + START.length)}\n${markdown}\n${readme.slice(end)}`;
  writeFileSync(README, updated);
  return true;
}
