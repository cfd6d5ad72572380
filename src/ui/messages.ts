// The UI strings of the popup and options page, in English and French. The build writes them
// into _locales/<lang>/messages.json (see src/cli/write-locales.ts), and the pages read them
// through the browser's i18n API, so the UI follows the browser's language.
import { PROBLEM_TEXT, type ProblemKey } from "../core/problems";

import { TYPE_LABELS } from "./type-labels";

interface Message {
  en: string;
  fr: string;
  /** Placeholders: $1, $2... in the text. */
}

export const MESSAGES = {
  extensionName: { en: "Backstory", fr: "Backstory" },
  extensionDescription: {
    en: "Recognises the names that matter in AI and tech news and shows checked facts on hover. Works offline: no page text leaves your browser.",
    fr: "Reconnaît les noms qui comptent dans l’actualité de l’IA et de la tech et affiche au survol des faits vérifiés. Hors ligne : aucun texte de la page ne quitte votre navigateur.",
  },
  commandToggleSite: {
    en: "Switch highlights off or on for the current site",
    fr: "Désactiver ou réactiver les surlignages sur le site actuel",
  },
  commandNextMention: {
    en: "Go to the next name and open its card",
    fr: "Aller au nom suivant et ouvrir sa fiche",
  },
  commandPreviousMention: {
    en: "Go to the previous name and open its card",
    fr: "Aller au nom précédent et ouvrir sa fiche",
  },
  shortcutsHeading: { en: "Keyboard shortcuts", fr: "Raccourcis clavier" },
  shortcutNotSet: { en: "Not set", fr: "Non défini" },
  notRunning: {
    en: "Backstory is not running on this page.",
    fr: "Backstory n’est pas actif sur cette page.",
  },
  cannotRun: {
    en: "Backstory cannot run on this page.",
    fr: "Backstory ne peut pas fonctionner sur cette page.",
  },
  runOnPage: { en: "Run on this page", fr: "Activer sur cette page" },
  alwaysRunOnSite: { en: "Always run on $1", fr: "Toujours activer sur $1" },
  accessRefused: {
    en: "The browser did not grant access to this site.",
    fr: "Le navigateur n’a pas accordé l’accès à ce site.",
  },
  highlightsHeading: { en: "Highlights", fr: "Surlignages" },
  stateOn: { en: "On", fr: "Activés" },
  statePageOff: { en: "Off on this page", fr: "Désactivés sur cette page" },
  stateSiteOff: { en: "Off on $1", fr: "Désactivés sur $1" },
  stateEverywhereOff: { en: "Off everywhere", fr: "Désactivés partout" },
  reasonPageOff: {
    en: "Until this page is reloaded or left.",
    fr: "Jusqu’à ce que la page soit rechargée ou quittée.",
  },
  reasonSiteOff: {
    en: "Off on every page of $1, until you switch them back on.",
    fr: "Désactivés sur toutes les pages de $1, jusqu’à ce que vous les réactiviez.",
  },
  reasonEverywhereOff: {
    en: "Off on every site: this choice overrides the others.",
    fr: "Désactivés sur tous les sites : ce choix l’emporte sur les autres.",
  },
  connectionsCount: { en: "Connections ($1)", fr: "Liens ($1)" },
  namesHeading: { en: "Who is in this story", fr: "Qui est dans cet article" },
  factsAsOfHeading: { en: "Facts as of", fr: "Faits à la date" },
  factsAsOfPublication: { en: "publication", fr: "de publication" },
  factsAsOfToday: { en: "today", fr: "d’aujourd’hui" },
  publishedOn: { en: "Published $1 ($2).", fr: "Publié le $1 ($2)." },
  dateFromMeta: { en: "from the page’s meta tags", fr: "d’après les balises meta de la page" },
  dateFromJsonLd: {
    en: "from the page’s structured data",
    fr: "d’après les données structurées de la page",
  },
  dateFromTime: { en: "from the article’s header", fr: "d’après l’en-tête de l’article" },
  dateFromItemprop: { en: "from the page’s markup", fr: "d’après le balisage de la page" },
  dateFromUrl: { en: "from the page’s address", fr: "d’après l’adresse de la page" },
  dateFromDateline: { en: "from the dateline", fr: "d’après la date affichée" },
  noNames: { en: "No names recognised on this page.", fr: "Aucun nom reconnu sur cette page." },
  highlightsOff: {
    en: "Highlights are off here. Switch them on to see who is in this story.",
    fr: "Les surlignages sont désactivés ici. Réactivez-les pour voir qui est dans cet article.",
  },
  mentionsWord: { en: "mentions", fr: "mentions" },
  oneMentionWord: { en: "mention", fr: "mention" },
  showName: { en: "Show $1 in the page", fr: "Montrer $1 dans la page" },
  connectionsHeading: { en: "Connections", fr: "Liens" },
  noConnections: {
    en: "No known connections between these names.",
    fr: "Aucun lien connu entre ces noms.",
  },
  showHeading: { en: "Show", fr: "Afficher" },
  densityFirst: { en: "First mention of each name", fr: "Première mention de chaque nom" },
  densityAll: { en: "Every mention", fr: "Toutes les mentions" },
  openSettings: { en: "Settings", fr: "Réglages" },
  typeCompany: TYPE_LABELS.company.many,
  typeInvestor: TYPE_LABELS.investor.many,
  typePerson: TYPE_LABELS.person.many,
  typeProduct: TYPE_LABELS.product.many,
  typeHardware: TYPE_LABELS.hardware.many,
  typeInstitution: TYPE_LABELS.institution.many,
  optionsTitle: { en: "Backstory settings", fr: "Réglages de Backstory" },
  creditsHeading: { en: "Where the facts come from", fr: "D’où viennent les faits" },
  creditsSources: {
    en: "Each fact on a card names who published it and when, with a link: the company itself, an official body, a paper, Wikipedia or an established newspaper or trade outlet.",
    fr: "Chaque fait d’une fiche indique qui l’a publié et quand, avec un lien : l’entreprise elle-même, un organisme officiel, un article scientifique, Wikipédia ou un média reconnu.",
  },
  creditsEpochBefore: {
    en: "Release dates and sizes of AI models come in part from",
    fr: "Les dates de sortie et les tailles des modèles d’IA viennent en partie de",
  },
  creditsEpochChanges: {
    en: "Changed: selected columns only, each value cited to the model’s own announcement or paper.",
    fr: "Modifications : quelques colonnes seulement, chaque valeur citée avec l’annonce ou l’article du modèle.",
  },
  cardsHeading: { en: "Cards", fr: "Fiches" },
  openOnLabel: { en: "Open a card", fr: "Ouvrir une fiche" },
  openOnHover: {
    en: "when the pointer rests on a name",
    fr: "quand le pointeur s’arrête sur un nom",
  },
  openOnClick: { en: "when I click a name", fr: "quand je clique sur un nom" },
  hoverDelayLabel: { en: "Hover delay (milliseconds)", fr: "Délai de survol (millisecondes)" },
  cardLanguageLabel: { en: "Card language", fr: "Langue des fiches" },
  cardLanguageAuto: { en: "The page’s language", fr: "La langue de la page" },
  cardLanguageEn: { en: "English", fr: "Anglais" },
  cardLanguageFr: { en: "French", fr: "Français" },
  densityLabel: { en: "Highlight", fr: "Surligner" },
  typesLabel: { en: "Types of names", fr: "Types de noms" },
  sitesHeading: { en: "Sites", fr: "Sites" },
  disabledSitesLabel: { en: "Highlights switched off on", fr: "Surlignages désactivés sur" },
  enabledSitesLabel: { en: "Also runs on", fr: "Fonctionne aussi sur" },
  allSitesLabel: {
    en: "Run on every site (asks the browser for access to all sites)",
    fr: "Fonctionner sur tous les sites (demande au navigateur l’accès à tous les sites)",
  },
  noSites: { en: "None.", fr: "Aucun." },
  remove: { en: "Remove", fr: "Retirer" },
  removeItem: { en: "Remove $1", fr: "Retirer $1" },
  ownEntitiesHeading: { en: "Your own names", fr: "Vos propres noms" },
  ownEntitiesHelp: {
    en: "Names you add are highlighted and shown in cards like Backstory’s own.",
    fr: "Les noms que vous ajoutez sont surlignés et présentés en fiche comme ceux de Backstory.",
  },
  ownName: { en: "Name", fr: "Nom" },
  ownAliases: {
    en: "Other spellings (comma-separated)",
    fr: "Autres graphies (séparées par des virgules)",
  },
  ownType: { en: "Type", fr: "Type" },
  ownNote: { en: "Note", fr: "Note" },
  ownLink: { en: "Link (https://…)", fr: "Lien (https://…)" },
  add: { en: "Add", fr: "Ajouter" },
  hiddenHeading: { en: "Hidden names", fr: "Noms masqués" },
  wrongHeading: { en: "Reported as the wrong entity", fr: "Signalés comme erronés" },
  importExportHeading: { en: "Import and export", fr: "Importer et exporter" },
  exportButton: { en: "Export settings", fr: "Exporter les réglages" },
  importButton: { en: "Import settings…", fr: "Importer des réglages…" },
  importDone: { en: "Settings imported.", fr: "Réglages importés." },
  saved: { en: "Saved.", fr: "Enregistré." },
  hoverDelayInvalid: {
    en: "Enter a whole number of milliseconds from $1 to $2. The delay stays $3 ms until then.",
    fr: "Saisissez un nombre entier de millisecondes de $1 à $2. Le délai reste de $3 ms d’ici là.",
  },
  allSitesRefused: {
    en: "The browser did not grant access to all sites, so Backstory still runs only on its news sites and the sites you added.",
    fr: "Le navigateur n’a pas accordé l’accès à tous les sites : Backstory fonctionne toujours sur ses sites d’actualité et ceux que vous avez ajoutés.",
  },
  hiddenLineSite: { en: "$1 is hidden on $2", fr: "$1 est masqué sur $2" },
  hiddenLineEverywhere: { en: "$1 is hidden everywhere", fr: "$1 est masqué partout" },
  wrongLine: { en: "“$1” on $2 is not $3", fr: "« $1 » sur $2 n’est pas $3" },
  wrongLineActually: { en: "“$1” on $2 is $4, not $3", fr: "« $1 » sur $2 est $4, pas $3" },
  wrongLineOther: {
    en: "“$1” on $2 is not $3 but something else",
    fr: "« $1 » sur $2 n’est pas $3 mais autre chose",
  },
  builtInSitesLabel: {
    en: "Runs on these $1 news sites",
    fr: "Fonctionne sur ces $1 sites d’actualité",
  },
  factsLine: {
    en: "Facts checked up to $1 · $2 entities",
    fr: "Faits vérifiés jusqu’au $1 · $2 entités",
  },
  ownFieldProblem: { en: "$1: $2", fr: "$1 : $2" },
  shadowQuestion: {
    en: "“$1” is already known as $2. Add yours anyway?",
    fr: "« $1 » désigne déjà $2. Ajouter le vôtre quand même ?",
  },
  addAnyway: { en: "Add anyway", fr: "Ajouter quand même" },
  cancel: { en: "Cancel", fr: "Annuler" },
  undo: { en: "Undo", fr: "Annuler" },
  resetButton: { en: "Reset to defaults…", fr: "Rétablir les réglages par défaut…" },
  resetQuestion: {
    en: "Reset every setting to its default? Hidden names, reported names and your site lists are cleared.",
    fr: "Rétablir chaque réglage par défaut ? Les noms masqués, les noms signalés et vos listes de sites sont effacés.",
  },
  resetOwnToo: { en: "Also remove your own names", fr: "Supprimer aussi vos propres noms" },
  resetConfirm: { en: "Reset", fr: "Rétablir" },
  resetDone: { en: "Settings reset to their defaults.", fr: "Réglages rétablis par défaut." },
  // Why a value was refused (src/core/problems.ts): the English is the core's own text.
  mustBeBoolean: { en: PROBLEM_TEXT.mustBeBoolean, fr: "doit valoir true ou false" },
  mustBeOneOf: { en: PROBLEM_TEXT.mustBeOneOf, fr: "doit être l’une de ces valeurs : $1" },
  mustBeHoverDelay: {
    en: PROBLEM_TEXT.mustBeHoverDelay,
    fr: "doit être un nombre entier de millisecondes de $1 à $2",
  },
  mustBeTypes: {
    en: PROBLEM_TEXT.mustBeTypes,
    fr: "doit être un objet donnant true ou false pour chaque type",
  },
  unknownType: { en: PROBLEM_TEXT.unknownType, fr: "nomme un type inconnu « $1 »" },
  typeMustBeBoolean: { en: PROBLEM_TEXT.typeMustBeBoolean, fr: "« $1 » doit valoir true ou false" },
  mustBeList: { en: PROBLEM_TEXT.mustBeList, fr: "doit être une liste" },
  tooManyEntries: { en: PROBLEM_TEXT.tooManyEntries, fr: "a plus de $1 entrées" },
  invalidEntryAt: {
    en: PROBLEM_TEXT.invalidEntryAt,
    fr: "a une entrée invalide en position $1",
  },
  unknownSetting: {
    en: PROBLEM_TEXT.unknownSetting,
    fr: "n’est pas un réglage connu de Backstory",
  },
  ownMustBeObject: {
    en: PROBLEM_TEXT.ownMustBeObject,
    fr: "doit être un objet avec un nom, des graphies, une note et un lien",
  },
  ownNameLength: { en: PROBLEM_TEXT.ownNameLength, fr: "doit être un texte de 2 à $1 caractères" },
  ownAliasesInvalid: {
    en: PROBLEM_TEXT.ownAliasesInvalid,
    fr: "doit être une liste d’au plus $1 noms de 2 à 100 caractères",
  },
  ownNoteLength: {
    en: PROBLEM_TEXT.ownNoteLength,
    fr: "doit être un texte d’au plus $1 caractères",
  },
  ownLinkInvalid: {
    en: PROBLEM_TEXT.ownLinkInvalid,
    fr: "doit être une adresse https:// ou rester vide",
  },
  repeatsName: { en: PROBLEM_TEXT.repeatsName, fr: "répète le nom « $1 »" },
  importTooLarge: {
    en: PROBLEM_TEXT.importTooLarge,
    fr: "Ce fichier est trop volumineux pour être un fichier de réglages de Backstory.",
  },
  importNotJson: { en: PROBLEM_TEXT.importNotJson, fr: "Ce fichier n’est pas du JSON valide." },
  importNotSettings: {
    en: PROBLEM_TEXT.importNotSettings,
    fr: 'Ce n’est pas un fichier de réglages de Backstory (pas de "format": "backstory-settings").',
  },
  importVersion: {
    en: PROBLEM_TEXT.importVersion,
    fr: "Ce fichier contient des réglages de version $1 ; ce Backstory lit la version $2.",
  },
  importSettingsNotObject: {
    en: PROBLEM_TEXT.importSettingsNotObject,
    fr: 'Le champ "settings" doit être un objet.',
  },
  importField: { en: PROBLEM_TEXT.importField, fr: 'Le champ "$1" $2. Rien n’a été modifié.' },
  importFieldAndMore: {
    en: PROBLEM_TEXT.importFieldAndMore,
    fr: 'Le champ "$1" $2 (et $3 autres). Rien n’a été modifié.',
  },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;

/** Every problem the core can report has its message in both languages (checked by the compiler). */
export const PROBLEM_MESSAGES: Record<ProblemKey, Message> = MESSAGES;
