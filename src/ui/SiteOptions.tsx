import type { Settings } from "../core/settings";
import { useTranslate } from "./i18n";
import { RemovableList } from "./RemovableList";

/** Where Backstory runs: sites switched off, sites added, or every site. */
export function SiteOptions(props: {
  settings: Settings;
  onChange(changes: Partial<Settings>): void;
  onAllSites(on: boolean): void;
}) {
  const t = useTranslate();
  const { settings, onChange } = props;
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t("sitesHeading")}</h2>
      <h3>{t("disabledSitesLabel")}</h3>
      <RemovableList
        items={settings.disabledSites.map((site) => ({ key: site, label: site }))}
        onRemove={(site) =>
          onChange({ disabledSites: settings.disabledSites.filter((s) => s !== site) })
        }
      />
      <h3>{t("enabledSitesLabel")}</h3>
      <RemovableList
        items={settings.enabledSites.map((site) => ({ key: site, label: site }))}
        onRemove={(site) =>
          onChange({ enabledSites: settings.enabledSites.filter((s) => s !== site) })
        }
      />
      <label>
        <input
          type="checkbox"
          name="allSites"
          checked={settings.allSites}
          onChange={(event) => props.onAllSites(event.currentTarget.checked)}
        />
        {t("allSitesLabel")}
      </label>
    </section>
  );
}
