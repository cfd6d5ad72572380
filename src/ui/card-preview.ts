// What a card shows before "More": a few lines under the summary, as Wikipedia's Page Previews
// keep to one paragraph, so that the card fits 440 px without scrolling. For an article written
// a while ago: how things stood then and what changed since; otherwise facts and ties about the
// page's other names first; then today's key facts.

import type { EntityCard } from "../core/messages";

/** Lines shown under the summary; with their sources they fit 440 px under 280 characters. */
export const PREVIEW_LINES = 3;

/** The parts of a card shown at first, each a leading slice of the full card's list. */
export interface CardPreview {
  onPage: EntityCard["relations"];
  asWritten: { facts: EntityCard["facts"]; unknown: string[] } | null;
  since: NonNullable<EntityCard["dated"]>["since"];
  facts: EntityCard["facts"];
  /** Whether "More" has anything to add. */
  hasMore: boolean;
}

export function cardPreview(card: EntityCard, presentFirst = false): CardPreview {
  let left = PREVIEW_LINES;
  const take = <T>(list: readonly T[], most: number): T[] => {
    const taken = list.slice(0, Math.min(most, left));
    left -= taken.length;
    return taken;
  };
  // On an article written a while ago, how things stood then and what changed since are what
  // the reader needs (unless the record says nothing of either); ties to the page's other names
  // and today's facts otherwise.
  const datedPart = card.dated && !presentFirst ? card.dated : undefined;
  const dated =
    datedPart && (datedPart.asWritten.facts.length > 0 || datedPart.since.length > 0)
      ? datedPart
      : undefined;
  const thenFacts = dated ? take(dated.asWritten.facts, 1) : [];
  const asWritten = dated ? { facts: thenFacts, unknown: [] } : null;
  const since = dated ? take(dated.since, thenFacts.length > 0 ? 1 : 2) : [];
  // Facts that name the page's other entities (its CEO, a founder) come first, then the ties to
  // them, then the other key facts, in the card's order.
  const pageFacts = dated
    ? []
    : take(
        card.facts.filter((fact) => fact.onPage),
        2,
      );
  const onPage = dated
    ? []
    : take(
        card.relations.filter((relation) => relation.onPage),
        2,
      );
  const otherFacts = dated
    ? []
    : take(
        card.facts.filter((fact) => !fact.onPage),
        PREVIEW_LINES,
      );
  const facts = [...pageFacts, ...otherFacts];
  const shown =
    onPage.length +
    (asWritten ? asWritten.facts.length + asWritten.unknown.length : 0) +
    since.length +
    facts.length;
  const total =
    card.relations.length +
    card.facts.length +
    card.rounds.length +
    (card.dated
      ? card.dated.asWritten.facts.length +
        card.dated.asWritten.unknown.length +
        card.dated.since.length
      : 0);
  return { onPage, asWritten, since, facts, hasMore: total > shown };
}
