import { useTranslate } from "./i18n";

/** Export all settings as a JSON file; import one (validated whole before anything changes). */
export function ImportExport(props: { onExport(): void; onImport(text: string): void }) {
  const t = useTranslate();
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t("importExportHeading")}</h2>
      <button type="button" onClick={props.onExport}>
        {t("exportButton")}
      </button>
      <label class="file-button">
        {t("importButton")}
        <input
          type="file"
          name="import"
          accept="application/json,.json"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) props.onImport(await file.text());
          }}
        />
      </label>
    </section>
  );
}
