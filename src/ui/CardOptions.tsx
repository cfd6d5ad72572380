import { useState } from "preact/hooks";
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
      <HoverDelayField
        stored={settings.hoverDelayMs}
        onChange={(hoverDelayMs) => onChange({ hoverDelayMs })}
      />
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

/** "12" → 12; anything but a whole number in range ("abc", "99999", "1.5") → null. */
function parseHoverDelay(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= HOVER_DELAY_RANGE.min && value <= HOVER_DELAY_RANGE.max ? value : null;
}

/**
 * The hover delay as typed: a valid number is saved; anything else stays on screen for the
 * reader to correct, with the reason next to it, and the stored delay is left as it was.
 * A text field, not type=number: a number field hides what was typed when it is not a number.
 */
function HoverDelayField(props: { stored: number; onChange(value: number): void }) {
  const t = useTranslate();
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? String(props.stored);
  const invalid = parseHoverDelay(text) === null;
  return (
    <div class="field">
      <label for="hover-delay">{t("hoverDelayLabel")}</label>
      <input
        id="hover-delay"
        type="text"
        inputMode="numeric"
        name="hoverDelayMs"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? "hover-delay-error" : undefined}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setTyped(value);
          const parsed = parseHoverDelay(value);
          if (parsed !== null && parsed !== props.stored) props.onChange(parsed);
        }}
      />
      {invalid && (
        <p class="error" id="hover-delay-error">
          {t(
            "hoverDelayInvalid",
            String(HOVER_DELAY_RANGE.min),
            String(HOVER_DELAY_RANGE.max),
            String(props.stored),
          )}
        </p>
      )}
    </div>
  );
}
