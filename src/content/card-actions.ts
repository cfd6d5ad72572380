// What the reader asks for in a card, written to their settings: "hide this name" and "wrong
// entity", each with an undo toast. The content script picks up the stored change. Part of the
// card UI bundle (card-ui.ts).
import type { Lang } from "../core/dataset";
import { normaliseSite } from "../core/site";
import { loadSettings, saveSettings } from "../platform/storage";
import { ACTION_TEXT } from "../ui/action-text";
import { UndoToastHost } from "./undo-toast";

/** The entity a card action is about. */
export interface ActedOn {
  id: string;
  name: string;
}

/** How the toast speaks and whether it takes focus (it does when the card had it). */
export interface ToastOptions {
  lang: Lang;
  focus: boolean;
}

let toast: UndoToastHost | null = null;

async function showUndo(
  message: string,
  options: ToastOptions,
  undo: () => Promise<void>,
): Promise<void> {
  toast ??= new UndoToastHost(document);
  toast.show(message, options.lang, () => void undo(), { focus: options.focus });
}

/**
 * "Hide this name": on this site or everywhere, with an Undo that puts the list back exactly as
 * it was (the highlights follow the stored change).
 */
export async function hideName(
  entity: ActedOn,
  scope: "site" | "everywhere",
  options: ToastOptions,
): Promise<void> {
  const { hiddenNames } = await loadSettings();
  const site = scope === "site" ? normaliseSite(location.hostname) : null;
  await saveSettings({ hiddenNames: [...hiddenNames, { entityId: entity.id, site }] });
  const text = ACTION_TEXT[options.lang];
  const message = site ? text.hiddenOnSite(entity.name, site) : text.hiddenEverywhere(entity.name);
  await showUndo(message, options, () => saveSettings({ hiddenNames }));
}

/**
 * "Wrong entity": this text on this site is not that entity (and, when the reader said, what it
 * is: another entity's id or "other"); the detector skips it here. Undo as for hiding.
 */
export async function reportWrongEntity(
  entity: ActedOn,
  text: string,
  actually: string | undefined,
  options: ToastOptions,
): Promise<void> {
  const { wrongEntities } = await loadSettings();
  const site = normaliseSite(location.hostname);
  if (!site) return;
  const report = { entityId: entity.id, site, text, ...(actually ? { actually } : {}) };
  await saveSettings({ wrongEntities: [...wrongEntities, report] });
  const message = ACTION_TEXT[options.lang].wrongOnSite(text, entity.name, site);
  await showUndo(message, options, () => saveSettings({ wrongEntities }));
}
