import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Problem } from "../core/problems";
import { MESSAGES, type MessageKey } from "./messages";

/** Looks up a UI string and fills its $1, $2... placeholders. */
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

/** The English strings: the default for components rendered outside an extension page (tests). */
export const englishTranslate: Translate = (key, ...substitutions) =>
  substitutions.reduce(
    (text, value, index) => text.replaceAll(`$${index + 1}`, value),
    MESSAGES[key].en,
  );

export const TranslateContext = createContext<Translate>(englishTranslate);

export function useTranslate(): Translate {
  return useContext(TranslateContext);
}

/** A refusal from the core (src/core/problems.ts), in the page's language. */
export function translateProblem(t: Translate, found: Problem): string {
  return t(
    found.key,
    ...found.params.map((value) =>
      typeof value === "string" ? value : translateProblem(t, value),
    ),
  );
}
