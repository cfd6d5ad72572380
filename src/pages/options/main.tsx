import { render } from "preact";
import "../../styles/options.css";
import { browserTranslate, uiLanguage } from "../../platform/i18n";
import { TranslateContext } from "../../ui/i18n";
import { Options } from "./Options";

document.documentElement.lang = uiLanguage();
document.title = browserTranslate("optionsTitle");
const app = document.getElementById("app");
if (app) {
  render(
    <TranslateContext.Provider value={browserTranslate}>
      <Options />
    </TranslateContext.Provider>,
    app,
  );
}
