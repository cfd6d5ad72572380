// The UI strings of the popup and options page, in English and French. The build writes them
// into _locales/<lang>/messages.json (see src/cli/write-locales.ts), and the pages read them
// through the browser's i18n API, so the UI follows the browser's language.

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
  onThisPage: { en: "On this page", fr: "Sur cette page" },
  onSite: { en: "On $1", fr: "Sur $1" },
  everywhere: { en: "Everywhere", fr: "Partout" },
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
  mentionCount: { en: "$1 mentions", fr: "$1 mentions" },
  oneMention: { en: "1 mention", fr: "1 mention" },
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
  typeCompany: { en: "Companies and labs", fr: "Entreprises et labos" },
  typeInvestor: { en: "Investors", fr: "Investisseurs" },
  typePerson: { en: "People", fr: "Personnes" },
  typeProduct: { en: "Models and products", fr: "Modèles et produits" },
  typeHardware: { en: "Chips and infrastructure", fr: "Puces et infrastructures" },
  typeInstitution: { en: "Institutions and laws", fr: "Institutions et lois" },
  relInvestedIn: { en: "invested in", fr: "a investi dans" },
  relFounded: { en: "founded", fr: "a fondé" },
  relLeads: { en: "leads", fr: "dirige" },
  relBoardMember: { en: "is on the board of", fr: "siège au conseil de" },
  relWorksAt: { en: "works at", fr: "travaille chez" },
  relDevelopedBy: { en: "developed by", fr: "développé par" },
  relOwnedBy: { en: "owned by", fr: "appartient à" },
  relPartnerOf: { en: "partner of", fr: "partenaire de" },
  relCompetitorOf: { en: "competitor of", fr: "concurrent de" },
  relRunsOn: { en: "runs on", fr: "fonctionne sur" },
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
  hiddenEverywhere: { en: "everywhere", fr: "partout" },
  wrongHeading: { en: "Reported as the wrong entity", fr: "Signalés comme erronés" },
  importExportHeading: { en: "Import and export", fr: "Importer et exporter" },
  exportButton: { en: "Export settings", fr: "Exporter les réglages" },
  importButton: { en: "Import settings…", fr: "Importer des réglages…" },
  importDone: { en: "Settings imported.", fr: "Réglages importés." },
  saved: { en: "Saved.", fr: "Enregistré." },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;
