// Mentions of the user's own entities. They need no disambiguation (the user asked for them by
// name), only whole-word, case-sensitive matches as the user typed them.
import type { OwnEntity } from "./own-entities";
import { isWholeWord } from "./word-boundary";

export interface OwnMention {
  entityId: string;
  start: number;
  end: number;
}

/** The own entities' names and aliases, longest first so the longest match wins a tie. */
export function ownPatterns(
  entities: readonly OwnEntity[],
): Array<{ text: string; entityId: string }> {
  return entities
    .flatMap((entity) =>
      [entity.name, ...entity.aliases].map((text) => ({ text, entityId: entity.id })),
    )
    .filter((pattern) => pattern.text.length > 0)
    .sort((a, b) => b.text.length - a.text.length);
}

/** Leftmost-longest, non-overlapping occurrences in one block of text. */
export function findOwnMentions(
  text: string,
  patterns: ReadonlyArray<{ text: string; entityId: string }>,
): OwnMention[] {
  const found: OwnMention[] = [];
  for (const pattern of patterns) {
    for (let at = text.indexOf(pattern.text); at !== -1; at = text.indexOf(pattern.text, at + 1)) {
      const end = at + pattern.text.length;
      if (isWholeWord(text, at, end)) found.push({ entityId: pattern.entityId, start: at, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: OwnMention[] = [];
  let reached = 0;
  for (const mention of found) {
    if (mention.start < reached) continue;
    kept.push(mention);
    reached = mention.end;
  }
  return kept;
}
