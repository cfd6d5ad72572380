import { useState } from "preact/hooks";
import { useTranslate } from "./i18n";

/**
 * "Reset to defaults", asked first, inside the page: own names are kept unless the reader ticks
 * the box. The page then offers Undo (see OptionsView's status line).
 */
export function ResetOptions(props: { onReset(removeOwnEntities: boolean): void }) {
  const t = useTranslate();
  const [asking, setAsking] = useState(false);
  const [removeOwn, setRemoveOwn] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="reset" onClick={() => setAsking(true)}>
        {t("resetButton")}
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend>{t("resetQuestion")}</legend>
      <label>
        <input
          type="checkbox"
          name="resetOwnEntities"
          checked={removeOwn}
          onChange={(event) => setRemoveOwn(event.currentTarget.checked)}
        />
        {t("resetOwnToo")}
      </label>
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          props.onReset(removeOwn);
        }}
      >
        {t("resetConfirm")}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t("cancel")}
      </button>
    </fieldset>
  );
}
