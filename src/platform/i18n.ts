import browser from "webextension-polyfill";
import { englishTranslate, type Translate } from "../ui/i18n";

/** UI strings in the browser's language, from _locales. */
export const browserTranslate: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key, substitutions) || englishTranslate(key, ...substitutions);

export function uiLanguage(): "en" | "fr" {
  return browser.i18n.getUILanguage().toLowerCase().startsWith("fr") ? "fr" : "en";
}
