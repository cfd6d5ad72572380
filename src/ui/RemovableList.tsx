import { useTranslate } from "./i18n";

/** A list of entries, each with a button that removes it. */
export function RemovableList(props: {
  items: Array<{ key: string; label: string }>;
  onRemove(key: string): void;
}) {
  const t = useTranslate();
  if (props.items.length === 0) return <p class="empty">{t("noSites")}</p>;
  return (
    <ul class="removable">
      {props.items.map((item) => (
        <li key={item.key}>
          <span>{item.label}</span>
          <button
            type="button"
            aria-label={t("removeItem", item.label)}
            onClick={() => props.onRemove(item.key)}
          >
            {t("remove")}
          </button>
        </li>
      ))}
    </ul>
  );
}
