// How a card names the source of a value: publisher, publication date, canonical link.

import type { Lang } from "../core/dataset";
import { formatPartialDate } from "../core/format";
import type { CardSource } from "../core/messages";
import type { CitedSource } from "./facts-index";

/** The source a card links for a statement: the first listed, which writers put best first. */
export function cardSource(sources: readonly CitedSource[], lang: Lang): CardSource {
  const [source] = sources;
  if (source === undefined) return { publisher: "", date: "", url: null };
  return {
    publisher: source.publisher,
    date: source.published ? formatPartialDate(source.published, lang) : "",
    url: source.url ?? null,
  };
}
