import type { Lang } from "./dataset";

// Fewer frequent words than this and the text says too little: the page's declared language wins.
const MIN_VOTES = 6;

/**
 * The language whose cue words apply on a page: the one its frequent words show (pages often
 * keep a template's `lang="en"` over French text), else the one it declares, else English.
 */
export function pageLanguage(votes: { en: number; fr: number }, declared: Lang | null): Lang {
  const total = votes.en + votes.fr;
  if (total >= MIN_VOTES && votes.en !== votes.fr) {
    const leader: Lang = votes.en > votes.fr ? "en" : "fr";
    const lead = Math.max(votes.en, votes.fr) / total;
    if (lead >= 0.6 || declared === null) return leader;
  }
  return declared ?? (votes.fr > votes.en ? "fr" : "en");
}

/** "fr-FR" → "fr"; anything not English or French → null. */
export function declaredLanguage(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "en" || primary === "fr" ? primary : null;
}
