import factsIndexText from "virtual:backstory/facts-index-text";
import type { FactsIndex } from "../data/facts-index";

let index: FactsIndex | null = null;

/**
 * The facts index, parsed on first use (a card, the popup). Bundled as a JavaScript object it
 * was evaluated on every wake of the service worker, and page reads wake it far more often than
 * cards do: a page opened after the worker slept waited for it. As JSON text it costs the wake
 * a scan of one string, and `JSON.parse` is the fastest way V8 builds a large object.
 */
export function factsIndex(): FactsIndex {
  index ??= JSON.parse(factsIndexText) as FactsIndex;
  return index;
}
