import type { RelationLine } from "../core/messages";
import { useTranslate } from "./i18n";

/**
 * "Sequoia Capital invested in xAI · May 2024, December 2024 — Reuters": one line per pair of
 * the page's names, each name a button that shows it in the page, each line with its source.
 */
export function RelationList(props: { relations: RelationLine[]; onReveal(id: string): void }) {
  const t = useTranslate();
  if (props.relations.length === 0) return <p class="empty">{t("noConnections")}</p>;
  const end = (id: string, name: string) => (
    <button
      type="button"
      class="link-button end"
      title={t("showName", name)}
      onClick={() => props.onReveal(id)}
    >
      {name}
    </button>
  );
  return (
    <ul class="relations">
      {props.relations.map((line) => {
        const { source } = line;
        const cited = source.date ? `${source.publisher} · ${source.date}` : source.publisher;
        return (
          <li key={`${line.from} ${line.to}`} data-relation={`${line.from} ${line.to}`}>
            {/* The verb carries its own space: "partenaire d’" glues to the name. */}
            {end(line.from, line.fromName)} <span class="relation">{line.verb}</span>
            {end(line.to, line.toName)}
            {line.terms && <span class="terms"> ({line.terms})</span>}
            {line.dates.length > 0 && <span class="date"> · {line.dates.join(", ")}</span>}
            <span class="source">
              {" — "}
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.url}>
                  {cited}
                </a>
              ) : (
                cited
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
