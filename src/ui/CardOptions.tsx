import { ENTITY_TYPES } from "../core/dataset";
import { HOVER_DELAY_RANGE, type Settings } from "../core/settings";
import { useTranslate } from "./i18n";
import { TYPE_MESSAGE } from "./type-messages";

/** How and when cards open, what is highlighted. */
export function CardOptions(props: {
  settings: Settings;
  onChange(changes: Partial<Settings>): void;
}) {
  const t = useTranslate();
  const { settings, onChange } = props;
  return (
    <section aria-labelledby="cards-heading">
      <h2 id="cards-heading">{t("cardsHeading")}</h2>
      <fieldset>
        <legend>{t("openOnLabel")}</legend>
        {(["hover", "click"] as const).map((openOn) => (
          <label key={openOn}>
            <input
              type="radio"
              name="openOn"
              checked={settings.openOn === openOn}
              onChange={() => onChange({ openOn })}
            />
            {openOn === "hover" ? t("openOnHover") : t("openOnClick")}
          </label>
        ))}
      </fieldset>
      <label class="field">
        {t("hoverDelayLabel")}
        <input
          type="number"
          name="hoverDelayMs"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(event) => {
            const value = event.currentTarget.valueAsNumber;
            if (
              Number.isInteger(value) &&
              value >= HOVER_DELAY_RANGE.min &&
              value <= HOVER_DELAY_RANGE.max
            ) {
              onChange({ hoverDelayMs: value });
            }
          }}
        />
      </label>
      <label class="field">
        {t("cardLanguageLabel")}
        <select
          name="cardLanguage"
          value={settings.cardLanguage}
          onChange={(event) =>
            onChange({ cardLanguage: event.currentTarget.value as Settings["cardLanguage"] })
          }
        >
          <option value="auto">{t("cardLanguageAuto")}</option>
          <option value="en">{t("cardLanguageEn")}</option>
          <option value="fr">{t("cardLanguageFr")}</option>
        </select>
      </label>
      <fieldset>
        <legend>{t("densityLabel")}</legend>
        {(["first", "all"] as const).map((density) => (
          <label key={density}>
            <input
              type="radio"
              name="density"
              checked={settings.density === density}
              onChange={() => onChange({ density })}
            />
            {density === "first" ? t("densityFirst") : t("densityAll")}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("typesLabel")}</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.types[type]}
              onChange={(event) =>
                onChange({ types: { ...settings.types, [type]: event.currentTarget.checked } })
              }
            />
            {t(TYPE_MESSAGE[type])}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
