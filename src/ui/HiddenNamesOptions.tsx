import type { Settings } from "../core/settings";
import { useTranslate } from "./i18n";
import { RemovableList } from "./RemovableList";

/** Names hidden from highlights, and mentions reported as the wrong entity: each can be undone. */
export function HiddenNamesOptions(props: {
  settings: Settings;
  nameOf(entityId: string): string;
  onChange(changes: Partial<Settings>): void;
}) {
  const t = useTranslate();
  const { settings, nameOf, onChange } = props;
  const hiddenKey = (entityId: string, site: string | null) => `${entityId}@${site ?? ""}`;
  return (
    <section aria-labelledby="hidden-heading">
      <h2 id="hidden-heading">{t("hiddenHeading")}</h2>
      <RemovableList
        items={settings.hiddenNames.map((hidden) => ({
          key: hiddenKey(hidden.entityId, hidden.site),
          label: `${nameOf(hidden.entityId)} — ${hidden.site ?? t("hiddenEverywhere")}`,
        }))}
        onRemove={(key) =>
          onChange({
            hiddenNames: settings.hiddenNames.filter((h) => hiddenKey(h.entityId, h.site) !== key),
          })
        }
      />
      <h3>{t("wrongHeading")}</h3>
      <RemovableList
        items={settings.wrongEntities.map((report) => ({
          key: `${report.entityId}@${report.site}@${report.text}`,
          label: `“${report.text}” ≠ ${nameOf(report.entityId)} — ${report.site}`,
        }))}
        onRemove={(key) =>
          onChange({
            wrongEntities: settings.wrongEntities.filter(
              (r) => `${r.entityId}@${r.site}@${r.text}` !== key,
            ),
          })
        }
      />
    </section>
  );
}
