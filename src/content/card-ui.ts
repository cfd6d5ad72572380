// The card UI bundle: Preact, the card's components and its host element. Built as a second
// self-contained script, imported into a frame the first time a card (or the undo toast after a
// card's action) is needed there, so a page that never opens a card never compiles any of it.
import { CardHost } from "./card-host";
import { CARD_UI_KEY, type CardUiScope } from "./card-ui-global";
import { UndoToastHost } from "./undo-toast";

const scope = globalThis as CardUiScope;
scope[CARD_UI_KEY] ??= {
  createCardHost: (doc, theme) => new CardHost(doc, theme),
  createUndoToastHost: (doc) => new UndoToastHost(doc),
};
