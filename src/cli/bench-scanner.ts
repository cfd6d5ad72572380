// Throughput of the mention scanner on 1 MB of generated news-like text, against a plain
// String.prototype.indexOf pass over the same text. Not a test: numbers depend on the machine.
//
//   npx tsx src/cli/bench-scanner.ts [--runs N] [--megabytes N]
//
// Prints the median of N runs for each measure, and the start-up cost of the compiled tables
// (parsing their JSON and loading the trie), which every page pays once.

import { fileURLToPath } from "node:url";
import { detectMentions } from "../core/detect-mentions";
import { loadMatcher } from "../core/matcher";
import { compileMatcherTables, type MatcherTables } from "../core/matcher-tables";
import { scanBlock } from "../core/scan-block";
import { loadDatasetFromDir } from "../data/load";

const ENTITIES_DIR =
  process.env.BACKSTORY_ENTITIES_DIR ?? fileURLToPath(new URL("../data/entities", import.meta.url));

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run scans the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENGLISH =
  `the company said on Tuesday that its new model would be available to developers next
month while analysts warned that demand for chips could slow as investors question the cost of
training ever larger systems and regulators in Brussels and Washington examine the deals between
start-ups and the largest cloud providers which have poured billions into the sector`.split(/\s+/);
const FRENCH = `la société a annoncé mardi que son nouveau modèle serait disponible le mois prochain
pour les développeurs tandis que les analystes s’inquiètent du coût de l’entraînement des systèmes
toujours plus grands et que les régulateurs à Bruxelles examinent les accords entre les jeunes
pousses et les géants du cloud qui ont investi des milliards d’euros`.split(/\s+/);

/** Paragraphs of English and French prose with a name every dozen words, as news reads. */
function generateBlocks(bytes: number, names: readonly string[]): string[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const blocks: string[] = [];
  let total = 0;
  while (total < bytes) {
    const words = next() < 0.5 ? ENGLISH : FRENCH;
    const sentences: string[] = [];
    const sentenceCount = 3 + Math.floor(next() * 4);
    for (let s = 0; s < sentenceCount; s += 1) {
      const parts: string[] = [];
      const length = 12 + Math.floor(next() * 16);
      for (let w = 0; w < length; w += 1) {
        parts.push(next() < 0.08 ? pick(names) : pick(words));
        if (next() < 0.05) parts.push(pick(["—", "(", ")", "«\u00a0", "\u00a0»", "l’", "d’"]));
      }
      const sentence = parts.join(" ");
      sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    }
    const paragraph = sentences.join(" ");
    blocks.push(paragraph);
    total += paragraph.length + 1;
  }
  return blocks;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(runs: number, work: () => unknown): number {
  work(); // warm-up: the JIT and the lazily filled character tables
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function main(): void {
  const runs = option("--runs", 9);
  const megabytes = option("--megabytes", 1);
  const { entities } = loadDatasetFromDir(ENTITIES_DIR);
  const tables = compileMatcherTables(entities);
  const names = entities.flatMap((entity) => entity.aliases.map((alias) => alias.text));
  const blocks = generateBlocks(megabytes * 1024 * 1024, names);
  const text = blocks.join("\n");
  const size = text.length / (1024 * 1024);
  const json = JSON.stringify(tables);

  const startup = time(runs, () => {
    const parsed = JSON.parse(json) as MatcherTables;
    return loadMatcher(parsed);
  });
  const matcher = loadMatcher(tables);
  const scanOnly = time(runs, () => blocks.map((block) => scanBlock(block, matcher)));
  const scanAndResolve = time(runs, () =>
    detectMentions(
      blocks.map((block) => ({ text: block })),
      tables,
    ),
  );
  // The floor: one pass of the engine's fastest string search over the same characters.
  const indexOfPass = time(runs, () => text.indexOf("\u0000never-found\u0000"));
  // For scale: the skeleton this scanner replaced ran one indexOf pass per alias.
  const aliasTexts = [...new Set(names)];
  const folded = text.toLowerCase();
  const perAlias = time(3, () => {
    let found = 0;
    for (const alias of aliasTexts) {
      const needle = alias.toLowerCase();
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
        found += 1;
      }
    }
    return found;
  });
  const mentionCount = detectMentions(
    blocks.map((block) => ({ text: block })),
    tables,
  ).length;

  const rate = (ms: number) => `${(size / (ms / 1000)).toFixed(1)} MB/s`;
  const lines = [
    `text: ${size.toFixed(2)} M characters in ${blocks.length} blocks; ${entities.length} entities, ${tables.meanings.length} patterns, ${tables.trie.shape.length} trie nodes`,
    `start-up (JSON.parse + loadMatcher, ${(json.length / 1024).toFixed(0)} KB of tables): ${startup.toFixed(2)} ms`,
    `scanBlock only:          ${scanOnly.toFixed(1)} ms  ${rate(scanOnly)}`,
    `detectMentions (scan + page context): ${scanAndResolve.toFixed(1)} ms  ${rate(scanAndResolve)}  (${mentionCount} mentions)`,
    `indexOf pass:            ${indexOfPass.toFixed(2)} ms  ${rate(indexOfPass)}`,
    `ratio detectMentions / indexOf: ${(scanAndResolve / indexOfPass).toFixed(0)}×  (median of ${runs} runs)`,
    `for scale, one indexOf pass per alias (${aliasTexts.length} aliases, the old skeleton): ${perAlias.toFixed(0)} ms  ${rate(perAlias)}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main();
