import type { Lang } from "../core/dataset";
import type { PageDate } from "../core/page-date";
import type { CardController, CardControllerOptions } from "./card-controller";

/** What the page's cards need, given by the content script; the card host comes with the UI. */
export type CardsOptions = Omit<
  CardControllerOptions,
  "cardHost" | "pageDate" | "onHide" | "onWrongEntity" | "ownEntities" | "site"
> & {
  theme: "light" | "dark";
  /** When the page was published, found (once) with the loaded UI's `findPageDate`. */
  pageDate(ui: CardUi): PageDate | null;
};

/**
 * What the card UI bundle hands the content script: both run in the same isolated world (the
 * page cannot see its globals), the bundle injected later, on first need (see card-loader.ts).
 */
export interface CardUi {
  createCards(options: CardsOptions): CardController;
  /** When the page was published, if it says (for cards "as it was then", and the popup). */
  findPageDate(doc: Document, lang: Lang): PageDate | null;
}

/**
 * Which mention to move to from the popup or the keyboard: an entity's first (its id), or the
 * next (1) or previous (-1) in reading order.
 */
export type RevealTarget = string | 1 | -1;

export const CARD_UI_KEY = Symbol.for("backstory.card-ui");

export type CardUiScope = { [CARD_UI_KEY]?: CardUi };
