import type { Entity, Lang } from "./dataset";
import type { EntityCard } from "./messages";

type CardSource = Pick<Entity, "id" | "name" | "type" | "summary" | "wikipedia">;

/** The card of an entity in one language. */
export function entityCardFrom(entity: CardSource, lang: Lang): EntityCard {
  const title = entity.wikipedia[lang] ?? entity.wikipedia.en;
  const wikiLang = entity.wikipedia[lang] ? lang : "en";
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    summary: entity.summary[lang],
    wikipediaUrl: title ? wikipediaUrl(wikiLang, title) : null,
  };
}

export function wikipediaUrl(lang: Lang, title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replaceAll(" ", "_"))}`;
}
