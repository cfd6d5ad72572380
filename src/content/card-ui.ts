// The card UI bundle: the card controller, Preact, the card's components and its host element,
// the undo toast and the page-date finder. Built as a second self-contained script, imported
// into a frame the first time a card, a card action or the popup needs it there, so a page that
// never opens a card never compiles any of it.
import { findPublicationDate, todayIso } from "../core/page-date";
import { normaliseSite } from "../core/site";
import { loadOwnEntities } from "../platform/storage";
import { hideName, reportWrongEntity } from "./card-actions";
import { CardController } from "./card-controller";
import { CardHost } from "./card-host";
import { CARD_UI_KEY, type CardUi, type CardUiScope } from "./card-ui-global";
import { collectDateCandidates } from "./page-date-candidates";

const ui: CardUi = {
  createCards: ({ theme, pageDate, ...options }) =>
    new CardController({
      ...options,
      cardHost: new CardHost(options.doc, theme),
      // Worked out here, not by the content script: only a page that opens a card needs it.
      site: normaliseSite(options.doc.location.hostname) ?? options.doc.location.hostname,
      pageDate: () => pageDate(ui),
      ownEntities: loadOwnEntities,
      onHide: (entity, scope, toast) => void hideName(entity, scope, toast),
      onWrongEntity: (entity, text, actually, toast) =>
        void reportWrongEntity(entity, text, actually, toast),
    }),
  findPageDate: (doc, lang) =>
    findPublicationDate(collectDateCandidates(doc, doc.location.href), todayIso(), lang),
};
(globalThis as CardUiScope)[CARD_UI_KEY] ??= ui;
