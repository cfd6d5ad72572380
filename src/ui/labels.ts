import type { EntityType, Lang } from "../core/dataset";

const TYPE_LABELS: Record<EntityType, Record<Lang, string>> = {
  company: { en: "Company", fr: "Entreprise" },
  investor: { en: "Investor", fr: "Investisseur" },
  person: { en: "Person", fr: "Personne" },
  product: { en: "Model or product", fr: "Modèle ou produit" },
  hardware: { en: "Hardware", fr: "Matériel" },
  institution: { en: "Institution", fr: "Institution" },
};

export function typeLabel(type: EntityType, lang: Lang): string {
  return TYPE_LABELS[type][lang];
}
