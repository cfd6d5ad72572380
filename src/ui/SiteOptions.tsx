import { useRef, useState } from "preact/hooks";
import type { Settings } from "../core/settings";
import { useTranslate } from "./i18n";
import { RemovableList } from "./RemovableList";

/** Where Backstory runs: sites switched off, sites added, or every site. */
export function SiteOptions(props: {
  settings: Settings;
  onChange(changes: Partial<Settings>): void;
  /** Resolves false when the browser refused the access that "every site" needs. */
  onAllSites(on: boolean): Promise<boolean>;
  builtInSites: readonly string[];
}) {
  const t = useTranslate();
  const { settings, onChange } = props;
  const [refused, setRefused] = useState(false);
  const allSitesBox = useRef<HTMLInputElement>(null);
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
          ref={allSitesBox}
          type="checkbox"
          name="allSites"
          checked={settings.allSites}
          aria-describedby={refused ? "all-sites-error" : undefined}
          onChange={async (event) => {
            const granted = await props.onAllSites(event.currentTarget.checked);
            setRefused(!granted);
            // Refused: the box shows what holds, unticked (the stored value never changed).
            if (!granted && allSitesBox.current) allSitesBox.current.checked = false;
          }}
        />
        {t("allSitesLabel")}
      </label>
      {refused && (
        <p class="error" id="all-sites-error" role="alert">
          {t("allSitesRefused")}
        </p>
      )}
      <details class="built-in-sites">
        <summary>{t("builtInSitesLabel", String(props.builtInSites.length))}</summary>
        <ul>
          {props.builtInSites.map((site) => (
            <li key={site}>{site}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
