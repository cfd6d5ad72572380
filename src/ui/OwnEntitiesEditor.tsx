import { useState } from "preact/hooks";
import { ENTITY_TYPES, type EntityType } from "../core/dataset";
import { type OwnEntity, parseOwnEntity } from "../core/own-entities";
import type { Problem } from "../core/problems";
import { translateProblem, useTranslate } from "./i18n";
import type { MessageKey } from "./messages";
import { RemovableList } from "./RemovableList";
import { TYPE_MESSAGE } from "./type-messages";

const EMPTY = { name: "", aliases: "", type: "company" as EntityType, note: "", link: "" };

/** Add and remove the user's own names. */
export function OwnEntitiesEditor(props: {
  entities: OwnEntity[];
  builtInNameOf(text: string): string | null;
  onChange(entities: OwnEntity[]): void;
}) {
  const t = useTranslate();
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  /** A name that shadows a built-in one, waiting for "Add anyway". */
  const [shadowing, setShadowing] = useState<{
    entity: OwnEntity;
    text: string;
    builtIn: string;
  } | null>(null);

  const save = (entity: OwnEntity) => {
    props.onChange([...props.entities.filter((own) => own.id !== entity.id), entity]);
    setDraft(EMPTY);
    setError(null);
    setShadowing(null);
  };

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseOwnEntity(
      {
        name: draft.name,
        type: draft.type,
        aliases: draft.aliases
          .split(",")
          .map((alias) => alias.trim())
          .filter(Boolean),
        note: draft.note,
        link: draft.link.trim() || null,
      },
      "entity",
    );
    if (parsed.entity === null) {
      const issue = parsed.issues[0];
      setError(issue ? ownFieldProblem(t, issue.field, issue.problem, issue.message) : null);
      return;
    }
    const entity = parsed.entity;
    // The page would show the reader's card for it, not Backstory's: ask first.
    for (const text of [entity.name, ...entity.aliases]) {
      const builtIn = props.builtInNameOf(text);
      if (builtIn) {
        setShadowing({ entity, text, builtIn });
        return;
      }
    }
    save(entity);
  };

  const field = (key: "name" | "aliases" | "note" | "link", label: string) => (
    <label class="field">
      {label}
      <input
        name={`own-${key}`}
        value={draft[key]}
        onInput={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
      />
    </label>
  );

  return (
    <section aria-labelledby="own-heading">
      <h2 id="own-heading">{t("ownEntitiesHeading")}</h2>
      <p>{t("ownEntitiesHelp")}</p>
      <RemovableList
        items={props.entities.map((own) => ({ key: own.id, label: own.name }))}
        onRemove={(id) => props.onChange(props.entities.filter((own) => own.id !== id))}
      />
      <form class="own-form" onSubmit={add}>
        {field("name", t("ownName"))}
        {field("aliases", t("ownAliases"))}
        <label class="field">
          {t("ownType")}
          <select
            name="own-type"
            value={draft.type}
            onChange={(event) =>
              setDraft({ ...draft, type: event.currentTarget.value as EntityType })
            }
          >
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(TYPE_MESSAGE[type])}
              </option>
            ))}
          </select>
        </label>
        {field("note", t("ownNote"))}
        {field("link", t("ownLink"))}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {shadowing ? (
          <div class="confirm" role="alert">
            <p>{t("shadowQuestion", shadowing.text, shadowing.builtIn)}</p>
            <button type="button" onClick={() => save(shadowing.entity)}>
              {t("addAnyway")}
            </button>
            <button type="button" onClick={() => setShadowing(null)}>
              {t("cancel")}
            </button>
          </div>
        ) : (
          <button type="submit">{t("add")}</button>
        )}
      </form>
    </section>
  );
}

const FIELD_LABELS: Record<string, MessageKey> = {
  "entity.name": "ownName",
  "entity.aliases": "ownAliases",
  "entity.type": "ownType",
  "entity.note": "ownNote",
  "entity.link": "ownLink",
};

/** "Link (https://…): must be an https:// address or empty", in the page's language. */
function ownFieldProblem(
  t: ReturnType<typeof useTranslate>,
  field: string,
  found: Problem | undefined,
  english: string,
): string {
  const label = FIELD_LABELS[field];
  const reason = found ? translateProblem(t, found) : english;
  return label ? t("ownFieldProblem", t(label), reason) : reason;
}
