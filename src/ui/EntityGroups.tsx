import { ENTITY_TYPES } from "../core/dataset";
import type { PageEntity } from "../core/messages";
import { useTranslate } from "./i18n";
import { TYPE_MESSAGE } from "./type-messages";

/** The page's entities grouped by type, each a button that shows it in the page. */
export function EntityGroups(props: { entities: PageEntity[]; onReveal(id: string): void }) {
  const t = useTranslate();
  const groups = ENTITY_TYPES.map((type) => ({
    type,
    entities: props.entities.filter((entity) => entity.type === type),
  })).filter((group) => group.entities.length > 0);
  return (
    <div class="entity-groups">
      {groups.map((group) => (
        <section key={group.type} class="entity-group" data-type={group.type}>
          <h3>
            <span class="swatch" aria-hidden="true" />
            {t(TYPE_MESSAGE[group.type])}
          </h3>
          <ul class="entities">
            {group.entities.map((entity) => (
              <li key={entity.id} data-entity-id={entity.id}>
                <button
                  type="button"
                  class="entity"
                  title={t("showName", entity.name)}
                  onClick={() => props.onReveal(entity.id)}
                >
                  <span class="name">{entity.name}</span>
                  {/* The number shows; "mentions" is for screen readers (it would double the list's width). */}
                  <span class="count">
                    {entity.count}
                    <span class="visually-hidden">
                      {" "}
                      {entity.count === 1 ? t("oneMentionWord") : t("mentionsWord")}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
