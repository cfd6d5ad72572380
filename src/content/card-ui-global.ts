import type { CardHost } from "./card-host";
import type { UndoToastHost } from "./undo-toast";

/**
 * What the card UI bundle hands the content script: both run in the same isolated world (the
 * page cannot see its globals), the bundle injected later, on first need (see card-loader.ts).
 */
export interface CardUi {
  createCardHost(doc: Document, theme: "light" | "dark"): CardHost;
  createUndoToastHost(doc: Document): UndoToastHost;
}

export const CARD_UI_KEY = Symbol.for("backstory.card-ui");

export type CardUiScope = { [CARD_UI_KEY]?: CardUi };
