import type { Lang } from "../core/dataset";
import type { PageEntity } from "../core/messages";
import { typeLabel } from "./labels";

const TEXT = {
  en: { none: "No names recognised on this page.", off: "Backstory is not running on this page." },
  fr: {
    none: "Aucun nom reconnu sur cette page.",
    off: "Backstory ne fonctionne pas sur cette page.",
  },
};

/** The names found on a page, in order of first appearance. `null`: no content script there. */
export function EntityList({ entities, lang }: { entities: PageEntity[] | null; lang: Lang }) {
  if (entities === null) return <p class="empty">{TEXT[lang].off}</p>;
  if (entities.length === 0) return <p class="empty">{TEXT[lang].none}</p>;
  return (
    <ul class="entities">
      {entities.map((entity) => (
        <li key={entity.id} data-entity-id={entity.id}>
          <span class="name">{entity.name}</span>
          <span class="type">{typeLabel(entity.type, lang)}</span>
          <span class="count" title={lang === "fr" ? "mentions" : "mentions"}>
            {entity.count}
          </span>
        </li>
      ))}
    </ul>
  );
}
