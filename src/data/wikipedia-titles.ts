import type { Entity } from "../core/dataset";
import { compareText } from "./compare-text";

/** Every English Wikipedia title of the dataset, sorted: the list a maintainer checks against Wikipedia. */
export function englishWikipediaTitles(entities: readonly Entity[]): string[] {
  return entities
    .flatMap((entity) => (entity.wikipedia.en === null ? [] : [entity.wikipedia.en]))
    .sort(compareText);
}
