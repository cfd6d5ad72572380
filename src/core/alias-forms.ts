// Build-time reading of the dataset's aliases: the form the matcher compares, legal suffixes
// and honorifics kept out of spans, and which ambiguous aliases are a person's short form.
import { canonicalText, foldText } from "./char-classes";
import { type Alias, type Entity, LANGS, type Lang } from "./dataset";

/** An alias as the matcher compares it. */
export interface AliasForm {
  /** Canonical characters, single spaces, NFC. */
  exact: string;
  /** `exact` in lower case, one code unit for one: the trie key. */
  folded: string;
  sensitive: boolean;
  ambiguous: boolean;
  needsAnchor: boolean;
}

const LEGAL_SUFFIXES = new Set([
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "ltd",
  "limited",
  "llc",
  "l.l.c",
  "llp",
  "plc",
  "gmbh",
  "ag",
  "sa",
  "s.a",
  "sas",
  "s.a.s",
  "sarl",
  "se",
  "nv",
  "n.v",
  "bv",
  "b.v",
  "pbc",
  "pte",
  "pty",
]);

/** Titles written before a name; not part of the name (and not of its span). */
export const HONORIFICS = new Set([
  "prince",
  "princess",
  "princesse",
  "sheikh",
  "cheikh",
  "king",
  "roi",
  "emir",
  "émir",
  "sir",
  "dame",
  "lord",
  "dr",
  "mr",
  "mrs",
  "ms",
  "m",
  "mme",
  "mlle",
  "pr",
  "prof",
]);

/** The matcher's form of any name or word: canonical characters, single spaces, NFC. */
export function canonicalName(text: string): string {
  return canonicalText(text.normalize("NFC")).replace(/ {2,}/g, " ").trim();
}

/** `text` without a trailing legal suffix ("OpenAI, Inc." → "OpenAI") or leading honorific. */
export function withoutTitles(text: string): string {
  const words = text.split(" ");
  const bare = (word: string) => foldText(word).replace(/[.,]+$/, "");
  while (words.length > 1 && LEGAL_SUFFIXES.has(bare(words[words.length - 1] ?? ""))) words.pop();
  while (words.length > 1 && HONORIFICS.has(bare(words[0] ?? ""))) words.shift();
  return words.join(" ").replace(/,$/, "");
}

function wordsOf(folded: string): string[] {
  return folded.split(/[ -]+/).filter((word) => word.length > 0);
}

/** "musk" is a short form of "elon musk": every word of it is a word of the longer one. */
export function isShortFormOf(shortFolded: string, fullFolded: string): boolean {
  const short = wordsOf(shortFolded);
  const full = wordsOf(fullFolded);
  return short.length < full.length && short.every((word) => full.includes(word));
}

// Common nouns that aliases sometimes carry around a name ("Colossus supercomputer",
// "puce H20", "Grok chatbot"). The name alone is the span; the noun still confirms it, as a cue.
const DESCRIPTORS = new Set([
  "supercomputer",
  "supercomputers",
  "supercalculateur",
  "superordinateur",
  "chatbot",
  "chip",
  "chips",
  "puce",
  "puces",
  "architecture",
  "gpu",
  "gpus",
  "app",
  "application",
  "group",
  "groupe",
  "superchip",
  "model",
  "models",
  "modèle",
  "modèles",
  "platform",
  "plateforme",
  "cluster",
  "accelerator",
  "accélérateur",
  "processor",
  "processeur",
]);

/** The entity's aliases as the matcher compares them, and what was set aside. */
export interface EntityAliasForms {
  forms: AliasForm[];
  /** Cue words taken from the aliases that were descriptions rather than names. */
  extraCues: Record<Lang, string[]>;
  /** Aliases that were changed or dropped, and why (worth fixing in the dataset). */
  notes: string[];
}

/**
 * The entity's aliases as the matcher compares them. An alias that is another alias with a
 * legal suffix or honorific ("xAI Corp"), a descriptive noun ("Colossus supercomputer") or a
 * possessor ("Anthropic's Claude", "Claude d'Anthropic", "Le Chat by Mistral") is dropped, so spans cover the name
 * alone; the noun or the possessor becomes a cue word, so the name keeps the support.
 */
export function aliasFormsOf(entity: Entity): EntityAliasForms {
  const notes: string[] = [];
  const extraCues: Record<Lang, string[]> = { en: [], fr: [] };
  const all = entity.aliases.map((alias) => ({ alias, exact: canonicalName(alias.text) }));
  const names = new Set(all.map(({ exact }) => foldText(exact)));
  const forms: AliasForm[] = [];
  const seen = new Set<string>();
  for (const { alias, exact } of all) {
    if (exact.length === 0) continue;
    const bare = withoutTitles(exact);
    if (bare !== exact) {
      if (names.has(foldText(bare))) {
        notes.push(
          `${entity.id}: alias "${alias.text}" dropped (a legal suffix or title on "${bare}")`,
        );
        continue;
      }
      notes.push(`${entity.id}: alias "${alias.text}" includes a legal suffix or title`);
    }
    const context = contextWords(foldText(exact), names);
    if (context !== null) {
      notes.push(
        `${entity.id}: alias "${alias.text}" dropped (a name with "${context}" around it)`,
      );
      for (const lang of LANGS)
        if (alias.lang === "any" || alias.lang === lang) extraCues[lang].push(context);
      continue;
    }
    const form = formOf(alias, exact);
    const key = `${form.folded}\u0000${form.sensitive ? form.exact : ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    forms.push(form);
  }
  if (entity.type === "person") {
    const anchors = forms.filter((form) => !form.ambiguous);
    for (const form of forms) {
      form.needsAnchor =
        form.ambiguous && anchors.some((anchor) => isShortFormOf(form.folded, anchor.folded));
    }
  }
  return { forms, extraCues, notes };
}

/**
 * When `folded` is another of the entity's names with a descriptive noun before or after it,
 * or a possessor ("anthropic's claude", "claude d'anthropic", "le chat de mistral"), the noun
 * or possessor; else null.
 */
function contextWords(folded: string, names: ReadonlySet<string>): string | null {
  const words = folded.split(" ");
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (words.length > 1 && DESCRIPTORS.has(first) && names.has(words.slice(1).join(" ")))
    return first;
  if (words.length > 1 && DESCRIPTORS.has(last) && names.has(words.slice(0, -1).join(" ")))
    return last;
  const possessive = /^(.+)'s (.+)$/.exec(folded);
  if (possessive?.[1] && possessive[2] && names.has(possessive[2])) return possessive[1];
  const of = /^(.+) (?:d'|de |by )(.+)$/.exec(folded);
  if (of?.[1] && of[2] && names.has(of[1])) return of[2];
  return null;
}

function formOf(alias: Alias, exact: string): AliasForm {
  return {
    exact,
    folded: foldText(exact),
    sensitive: alias.case === "sensitive",
    ambiguous: alias.ambiguous === true,
    needsAnchor: false,
  };
}
