import { type Settings, SOMETHING_ELSE, type WrongEntityReport } from "../core/settings";
import { type Translate, useTranslate } from "./i18n";
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
          label: hidden.site
            ? t("hiddenLineSite", nameOf(hidden.entityId), hidden.site)
            : t("hiddenLineEverywhere", nameOf(hidden.entityId)),
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
          label: wrongLine(t, report, nameOf),
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

/** In plain words: "“Sequoia” on example.com is not Sequoia Capital". */
function wrongLine(t: Translate, report: WrongEntityReport, nameOf: (id: string) => string) {
  const { text, site, entityId, actually } = report;
  if (actually === undefined) return t("wrongLine", text, site, nameOf(entityId));
  if (actually === SOMETHING_ELSE) return t("wrongLineOther", text, site, nameOf(entityId));
  return t("wrongLineActually", text, site, nameOf(entityId), nameOf(actually));
}
