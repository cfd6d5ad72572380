// The popup's "Connections": the ties among a page's entities, one line per pair, the pairs of
// the page's most mentioned names first. Said from the side the dataset states them
// ("Sequoia Capital — invested in — xAI"), with dates merged and one source.

import { displayName, type Lang } from "../core/dataset";
import type { RelationLine } from "../core/messages";
import { type FactsIndex, relationsAmong } from "./facts-index";
import { mergeTies, type Tie } from "./merge-ties";
import { beforeName, tieLine } from "./tie-text";

/** `ids`: the page's entities, most mentioned first. */
export function pageConnections(
  index: FactsIndex,
  ids: readonly string[],
  lang: Lang,
): RelationLine[] {
  const rank = new Map(ids.map((id, position) => [id, position]));
  const pairs = new Map<string, Tie[]>();
  for (const tie of mergeTies(relationsAmong(index, ids))) {
    const key = [tie.from, tie.to].sort().join("\n");
    pairs.set(key, [...(pairs.get(key) ?? []), tie]);
  }
  const relevance = (ties: Tie[]) => {
    const [first] = ties;
    return first ? (rank.get(first.from) ?? 0) + (rank.get(first.to) ?? 0) : 0;
  };
  return [...pairs.values()]
    .sort((a, b) => relevance(a) - relevance(b))
    .flatMap((ties): RelationLine[] => {
      const [first] = ties;
      const from = first && index.entities[first.from];
      const to = first && index.entities[first.to];
      if (!from || !to) return [];
      const toName = displayName(to, lang);
      const line = tieLine(ties, from.id, toName, lang);
      const source = line.events[0]?.source;
      if (!source) return [];
      return [
        {
          from: from.id,
          fromName: displayName(from, lang),
          verb: beforeName(line.verb, toName, lang),
          to: to.id,
          toName,
          terms: line.terms,
          dates: line.events.flatMap((event) => event.date ?? []),
          source,
        },
      ];
    });
}
