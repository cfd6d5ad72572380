import type { Lang } from "../core/dataset";

/** The card's own words, in the page's language (not the browser's: the card reads with the page). */
export const CARD_TEXT = {
  en: {
    keyFacts: "Key facts",
    today: "Today",
    whenWritten: (date: string) => `When this was written — ${date}`,
    sinceThen: "Since then",
    onThisPage: "On this page",
    connections: "Connections",
    funding: "Funding rounds",
    source: "source",
    sourceOf: (label: string, source: string) => `${label}: source, ${source}`,
    asOf: "as of",
    wikipedia: "Wikipedia",
    hideOnSite: (site: string) => `Hide on ${site}`,
    hideEverywhere: "Hide everywhere",
    wrongEntity: "Wrong entity",
    close: "Close",
    loading: "Loading facts…",
    unavailable: "No facts available.",
  },
  fr: {
    keyFacts: "Faits clés",
    today: "Aujourd’hui",
    whenWritten: (date: string) => `Quand cet article a été écrit — ${date}`,
    sinceThen: "Depuis",
    onThisPage: "Sur cette page",
    connections: "Liens",
    funding: "Levées de fonds",
    source: "source",
    sourceOf: (label: string, source: string) => `${label} : source, ${source}`,
    asOf: "au",
    wikipedia: "Wikipédia",
    hideOnSite: (site: string) => `Masquer sur ${site}`,
    hideEverywhere: "Masquer partout",
    wrongEntity: "Mauvaise entité",
    close: "Fermer",
    loading: "Chargement des faits…",
    unavailable: "Aucun fait disponible.",
  },
} satisfies Record<Lang, Record<string, unknown>>;

export const TYPE_LABELS = {
  company: { en: "Company", fr: "Entreprise" },
  investor: { en: "Investor", fr: "Investisseur" },
  person: { en: "Person", fr: "Personne" },
  product: { en: "Model or product", fr: "Modèle ou produit" },
  hardware: { en: "Hardware", fr: "Matériel" },
  institution: { en: "Institution", fr: "Institution" },
} as const;
