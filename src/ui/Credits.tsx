import { useTranslate } from "./i18n";

const EPOCH_URL = "https://epoch.ai/data/notable-ai-models";
const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

/** Where the facts come from, and the attribution Epoch AI's licence (CC BY 4.0) asks for. */
export function Credits() {
  const t = useTranslate();
  return (
    <section aria-labelledby="credits-heading">
      <h2 id="credits-heading">{t("creditsHeading")}</h2>
      <p>{t("creditsSources")}</p>
      <p>
        {t("creditsEpochBefore")}{" "}
        <a href={EPOCH_URL} target="_blank" rel="noopener noreferrer">
          Epoch AI, Notable AI Models
        </a>{" "}
        (
        <a href={LICENCE_URL} target="_blank" rel="noopener noreferrer">
          CC BY 4.0
        </a>
        ). {t("creditsEpochChanges")}
      </p>
    </section>
  );
}
