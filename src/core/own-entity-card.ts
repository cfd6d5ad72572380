import type { Lang } from "./dataset";
import type { EntityCard } from "./messages";
import type { OwnEntity } from "./own-entities";

const LINK_LABEL: Record<Lang, string> = { en: "Your link", fr: "Votre lien" };

/** The card of one of the user's own entities: their note, and their link as its source. */
export function ownEntityCard(entity: OwnEntity, lang: Lang): EntityCard {
  const host = entity.link ? (/^https:\/\/([^/?#]+)/.exec(entity.link)?.[1] ?? entity.link) : null;
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    summary: entity.note,
    wikipediaUrl: null,
    facts:
      entity.link && host
        ? [
            {
              label: LINK_LABEL[lang],
              value: host,
              asOf: "",
              source: { publisher: host, date: "", url: entity.link },
            },
          ]
        : [],
    relations: [],
    rounds: [],
  };
}
