import type { MatcherTables } from "./matcher-tables";
import type { Mention } from "./mention";
import { isWholeWord } from "./word-boundary";

interface Candidate extends Mention {
  ambiguous: boolean;
}

/**
 * Finds the entity mentions in a page's text blocks.
 *
 * Leftmost-longest: where aliases overlap, the one that starts first wins, then the longest
 * ("Sequoia Capital" over "Sequoia", "X Premium+" over "X"). An ambiguous alias ("X", "Grok")
 * counts only on a page that also names some entity unambiguously.
 */
export function detectMentions(blocks: readonly string[], tables: MatcherTables): Mention[] {
  const candidates: Candidate[] = [];
  blocks.forEach((text, block) => {
    candidates.push(...resolveOverlaps(findCandidates(text, block, tables)));
  });
  const pageIsOnTopic = candidates.some((candidate) => !candidate.ambiguous);
  return candidates
    .filter((candidate) => pageIsOnTopic || !candidate.ambiguous)
    .map(({ entityId, block, start, end }) => ({ entityId, block, start, end }));
}

function findCandidates(text: string, block: number, tables: MatcherTables): Candidate[] {
  const found: Candidate[] = [];
  const folded = text.toLowerCase();
  for (const alias of tables.aliases) {
    const haystack = alias.case === "sensitive" ? text : folded;
    const needle = alias.case === "sensitive" ? alias.text : alias.text.toLowerCase();
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!isWholeWord(text, at, end)) continue;
      const entity = tables.entities[alias.entity];
      if (!entity) continue;
      found.push({ entityId: entity.id, block, start: at, end, ambiguous: alias.ambiguous });
    }
  }
  return found;
}

function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    kept.push(candidate);
    reached = candidate.end;
  }
  return kept;
}
