// The annotated corpus of test/fixtures/corpus: each page NAME.html has NAME.gold.json,
//   {"kind": "article" | "look-alike", "mentions": [{"id": "xai", "text": "xAI"}, ...]}
// listing, in document order, every mention a careful reader would highlight: `text` exactly
// as it stands in the page's visible text (see src/cli/scan.ts), `id` a dataset id, or null for
// a name of the field the dataset does not cover. A look-alike page has no mentions at all.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isWholeWord } from "../../src/core/word-boundary";

export const CORPUS_DIR = new URL("../fixtures/corpus/", import.meta.url).pathname;

export interface GoldMention {
  id: string | null;
  text: string;
}

export interface GoldPage {
  name: string;
  html: string;
  kind: "article" | "look-alike";
  mentions: GoldMention[];
}

export function readCorpus(): GoldPage[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".html".length);
      const gold = JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.gold.json`), "utf8")) as {
        kind: GoldPage["kind"];
        mentions: GoldMention[];
      };
      return {
        name,
        html: readFileSync(join(CORPUS_DIR, file), "utf8"),
        kind: gold.kind,
        mentions: gold.mentions,
      };
    });
}

export interface PlacedGold extends GoldMention {
  start: number;
  end: number;
}

/**
 * Places each gold mention in the page's visible text: the first whole-word occurrence of its
 * text after the previous one. Throws when a text is not found (a mistake in the gold file).
 */
export function placeGold(
  pageName: string,
  text: string,
  mentions: readonly GoldMention[],
): PlacedGold[] {
  let cursor = 0;
  return mentions.map((mention) => {
    let at = text.indexOf(mention.text, cursor);
    while (at >= 0 && !isWholeWord(text, at, at + mention.text.length)) {
      at = text.indexOf(mention.text, at + 1);
    }
    if (at < 0) {
      throw new Error(
        `${pageName}: gold mention ${JSON.stringify(mention.text)} not found after offset ${cursor}`,
      );
    }
    cursor = at + mention.text.length;
    return { ...mention, start: at, end: cursor };
  });
}

/** Entity ids the plan files promise (src/data/plan/*.txt, one "id<TAB>name<TAB>type" a line). */
export function plannedIds(planDir: string): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(planDir).filter((name) => name.endsWith(".txt"))) {
    for (const line of readFileSync(join(planDir, file), "utf8").split("\n")) {
      const id = line.split("\t")[0]?.trim();
      if (id) ids.add(id);
    }
  }
  return ids;
}
