import { render } from "preact";
import "../../styles/popup.css";
import { browserTranslate, uiLanguage } from "../../platform/i18n";
import { TranslateContext } from "../../ui/i18n";
import { Popup } from "./Popup";

document.documentElement.lang = uiLanguage();
const app = document.getElementById("app");
if (app) {
  render(
    <TranslateContext.Provider value={browserTranslate}>
      <Popup />
    </TranslateContext.Provider>,
    app,
  );
}
