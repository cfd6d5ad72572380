// The words for each type of entity, once: the card names one ("Chip or infrastructure"), the
// popup and options pages group many ("Chips and infrastructure"), in the same words.
import type { Bilingual, EntityType } from "../core/dataset";

export const TYPE_LABELS: Record<EntityType, { one: Bilingual; many: Bilingual }> = {
  company: {
    one: { en: "Company or lab", fr: "Entreprise ou labo" },
    many: { en: "Companies and labs", fr: "Entreprises et labos" },
  },
  investor: {
    one: { en: "Investor", fr: "Investisseur" },
    many: { en: "Investors", fr: "Investisseurs" },
  },
  person: {
    one: { en: "Person", fr: "Personne" },
    many: { en: "People", fr: "Personnes" },
  },
  product: {
    one: { en: "Model or product", fr: "Modèle ou produit" },
    many: { en: "Models and products", fr: "Modèles et produits" },
  },
  hardware: {
    one: { en: "Chip or infrastructure", fr: "Puce ou infrastructure" },
    many: { en: "Chips and infrastructure", fr: "Puces et infrastructures" },
  },
  institution: {
    one: { en: "Institution or law", fr: "Institution ou loi" },
    many: { en: "Institutions and laws", fr: "Institutions et lois" },
  },
};
