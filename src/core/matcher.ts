import type { MatcherTables } from "./matcher-tables";
import { decodeMeanings, type PatternMeanings } from "./pattern-meanings";
import { decodeStoryLinks } from "./story-links";
import { loadTrie, type Trie } from "./trie";

/** The compiled tables ready to scan with; meanings and story links are decoded on first use. */
export interface Matcher {
  tables: MatcherTables;
  trie: Trie;
  meaningsOf(pattern: number): PatternMeanings;
  storyLinksOf(entity: number): ReadonlySet<number>;
}

const loaded = new WeakMap<MatcherTables, Matcher>();
const NO_LINKS: ReadonlySet<number> = new Set();

/** The matcher for `tables`, loaded once per tables object. */
export function loadMatcher(tables: MatcherTables): Matcher {
  const known = loaded.get(tables);
  if (known) return known;
  const decoded: Array<PatternMeanings | undefined> = new Array(tables.meanings.length);
  let links: Map<number, ReadonlySet<number>> | null = null;
  const matcher: Matcher = {
    tables,
    trie: loadTrie(tables.trie),
    meaningsOf(pattern) {
      let meanings = decoded[pattern];
      if (!meanings) {
        meanings = decodeMeanings(tables.meanings[pattern] ?? "");
        decoded[pattern] = meanings;
      }
      return meanings;
    },
    storyLinksOf(entity) {
      links ??= decodeStoryLinks(tables.storyLinks);
      return links.get(entity) ?? NO_LINKS;
    },
  };
  loaded.set(tables, matcher);
  return matcher;
}
