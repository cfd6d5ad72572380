// Precision and recall of the detector over the annotated corpus (test/fixtures/corpus), on the
// real dataset, through the same walking and matching code as the content script.
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createHtmlParser, scanDocument, type TextMention } from "../../src/cli/scan";
import { compileMatcherTables } from "../../src/core/matcher-tables";
import { loadDatasetFromDir } from "../../src/data/load";
import { type PlacedGold, placeGold, plannedIds, readCorpus } from "./corpus-gold";

const ENTITIES_DIR = fileURLToPath(new URL("../../src/data/entities", import.meta.url));
const PLAN_DIR = fileURLToPath(new URL("../../src/data/plan", import.meta.url));

// While the dataset is being written, relations may dangle: its problems are not ours here.
const { entities } = loadDatasetFromDir(ENTITIES_DIR);
const tables = compileMatcherTables(entities);
const datasetIds = new Set(entities.map((entity) => entity.id));
const knownIds = new Set([...datasetIds, ...plannedIds(PLAN_DIR)]);

const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.95;

interface PageScore {
  page: string;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/**
 * Compares found mentions with the gold ones by exact span and id. Gold mentions of an entity
 * not written yet (planned, or id null) neither count as missed nor make a match on them wrong.
 */
function scorePage(
  page: string,
  found: readonly TextMention[],
  gold: readonly PlacedGold[],
): PageScore {
  const scored = gold.filter((mention) => mention.id !== null && datasetIds.has(mention.id));
  const neutral = gold.filter((mention) => mention.id === null || !datasetIds.has(mention.id));
  const matched = new Set<PlacedGold>();
  const falsePositives: string[] = [];
  for (const mention of found) {
    const hit = scored.find(
      (g) =>
        !matched.has(g) &&
        g.start === mention.start &&
        g.end === mention.end &&
        g.id === mention.entityId,
    );
    if (hit) {
      matched.add(hit);
      continue;
    }
    if (neutral.some((g) => g.start < mention.end && mention.start < g.end)) continue;
    falsePositives.push(
      `${JSON.stringify(mention.text)} as ${mention.entityId} at ${mention.start}`,
    );
  }
  const falseNegatives = scored
    .filter((g) => !matched.has(g))
    .map((g) => `${JSON.stringify(g.text)} as ${g.id} at ${g.start}`);
  return { page, truePositives: matched.size, falsePositives, falseNegatives };
}

describe("the detector on the annotated corpus", () => {
  const parser = createHtmlParser();
  afterAll(() => parser.close());
  const corpus = readCorpus();
  const scores: PageScore[] = [];
  const lookAlikeMatches: string[] = [];

  for (const page of corpus) {
    const { text, mentions } = scanDocument(parser.parse(page.html), tables);
    const gold = placeGold(page.name, text, page.mentions);
    scores.push(scorePage(page.name, mentions, gold));
    if (page.kind === "look-alike") {
      for (const mention of mentions)
        lookAlikeMatches.push(
          `${page.name}: ${JSON.stringify(mention.text)} as ${mention.entityId}`,
        );
    }
  }

  it("has a corpus of at least 20 pages, about half in each language, with look-alikes", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    const french = corpus.filter((page) => /<html[^>]*lang="fr/.test(page.html)).length;
    expect(Math.abs(french * 2 - corpus.length)).toBeLessThanOrEqual(4);
    expect(corpus.filter((page) => page.kind === "look-alike").length).toBeGreaterThanOrEqual(8);
  });

  it("names only entities of the dataset or its plan in the gold files", () => {
    const unknown = corpus.flatMap((page) =>
      page.mentions
        .filter((m) => m.id !== null && !knownIds.has(m.id))
        .map((m) => `${page.name}: ${m.id}`),
    );
    expect(unknown).toEqual([]);
  });

  it("highlights nothing at all on look-alike pages", () => {
    expect(lookAlikeMatches).toEqual([]);
  });

  it(`reaches precision ${MIN_PRECISION} and recall ${MIN_RECALL} over the whole corpus`, () => {
    const truePositives = scores.reduce((sum, score) => sum + score.truePositives, 0);
    const falsePositives = scores.reduce((sum, score) => sum + score.falsePositives.length, 0);
    const falseNegatives = scores.reduce((sum, score) => sum + score.falseNegatives.length, 0);
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / Math.max(1, truePositives + falseNegatives);
    const lines = [
      `corpus: ${corpus.length} pages, ${truePositives} correct, ${falsePositives} wrong, ${falseNegatives} missed`,
      `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    ];
    for (const score of scores) {
      if (score.falsePositives.length + score.falseNegatives.length === 0) continue;
      lines.push(`  ${score.page}:`);
      for (const wrong of score.falsePositives) lines.push(`    wrong  ${wrong}`);
      for (const missed of score.falseNegatives) lines.push(`    missed ${missed}`);
    }
    console.log(lines.join("\n"));
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
