import type { Lang } from "../core/dataset";

/**
 * The words of the card's actions after the click: the question "Wrong entity" asks and the
 * undo toast. In the page's language, like the card (see card-text.ts).
 */
export const ACTION_TEXT = {
  en: {
    whatIsIt: (text: string) => `What is “${text}” here?`,
    somethingElse: "Something else",
    cancel: "Cancel",
    hiddenOnSite: (name: string, site: string) => `${name} hidden on ${site}`,
    hiddenEverywhere: (name: string) => `${name} hidden everywhere`,
    wrongOnSite: (text: string, name: string, site: string) =>
      `“${text}” on ${site} is no longer shown as ${name}`,
    undo: "Undo",
    dismiss: "Dismiss",
  },
  fr: {
    whatIsIt: (text: string) => `Que désigne « ${text} » ici ?`,
    somethingElse: "Autre chose",
    cancel: "Annuler",
    hiddenOnSite: (name: string, site: string) => `${name} masqué sur ${site}`,
    hiddenEverywhere: (name: string) => `${name} masqué partout`,
    wrongOnSite: (text: string, name: string, site: string) =>
      `« ${text} » sur ${site} n’est plus présenté comme ${name}`,
    undo: "Annuler",
    dismiss: "Fermer",
  },
} satisfies Record<Lang, Record<string, unknown>>;
