import type { Lang } from "../core/dataset";
import { requestPageCards } from "../platform/messaging";
import { whenIdle } from "./slices";

export interface PrefetchedCards {
  /**
   * The page now names `pageIds` (first seen first): their cards are asked for when idle, and
   * those of the names before are let go (a card lists its ties to the page's other names).
   */
  pageChanged(pageIds: string[]): void;
  /**
   * The card of `id` as sent: undefined before the page's cards were asked for; else a promise
   * of it (undefined if the background sent none: a name past its first 40, one of the reader's
   * own).
   */
  cardOf(id: string): Promise<unknown> | undefined;
}

/**
 * The cards of the page's names, asked of the background in idle time after each read, so that
 * a card opens from what is here: no wait for a background that went to sleep while the reader
 * read, nor for one busy with another tab. Cards as of today: on a page old enough for "then
 * and now" the card controller asks again, with the page's date (card-controller.ts).
 *
 * Kept as the background sent them, unread: the card UI checks each with parseEntityCard when
 * it makes a card of it, so the content script carries no card parser. (A closure, not a class:
 * its names minify, and every byte here is compiled on every page.)
 */
export function prefetchedCards(lang: Lang, signal: AbortSignal): PrefetchedCards {
  /** The page's names the cards are for. */
  let page = "";
  let cards: Promise<Record<string, unknown>> | null = null;
  return {
    pageChanged(pageIds) {
      const names = String(pageIds);
      if (names === page) return;
      page = names;
      cards = null;
      if (pageIds.length === 0) return;
      whenIdle(
        () => {
          // Not if the page changed again meanwhile: the idle time after that read asks.
          if (page !== names) return;
          cards = requestPageCards(lang, pageIds).catch(() => ({}));
          void cards.then(() => performance.mark("backstory:cards-prefetched"));
        },
        signal,
        // A page that stays busy gets them within two seconds all the same.
        2000,
      );
    },
    cardOf: (id) => cards?.then((byId) => byId[id]),
  };
}
