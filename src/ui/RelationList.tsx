import { formatPartialDate } from "../core/format";
import type { RelationLine } from "../core/messages";
import { useTranslate } from "./i18n";
import { RELATION_MESSAGE } from "./type-messages";

/** "Sequoia Capital → invested in → xAI, May 2024", one line per known connection. */
export function RelationList(props: { relations: RelationLine[]; lang: "en" | "fr" }) {
  const t = useTranslate();
  if (props.relations.length === 0) return <p class="empty">{t("noConnections")}</p>;
  return (
    <ul class="relations">
      {props.relations.map((line) => (
        <li
          key={`${line.from} ${line.type} ${line.to} ${line.date}`}
          data-relation={`${line.from} ${line.type} ${line.to}`}
        >
          <span class="from">{line.fromName}</span>
          <span class="arrow" aria-hidden="true">
            {" → "}
          </span>
          <span class="relation">{t(RELATION_MESSAGE[line.type])}</span>
          <span class="arrow" aria-hidden="true">
            {" → "}
          </span>
          <span class="to">{line.toName}</span>
          {line.date && <span class="date">, {formatPartialDate(line.date, props.lang)}</span>}
        </li>
      ))}
    </ul>
  );
}
