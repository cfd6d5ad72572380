// French glues some short words to the next one: "de" + "OpenAI" is "d’OpenAI", "le" + "Parlement"
// stays "le Parlement" but "le" + "Institut" is "l’Institut". Cards build such phrases around
// names from the dataset, so the rule lives here once, for every phrase that needs it.

/** The words French elides before a vowel sound, and their elided form. */
const ELIDED = { de: "d’", le: "l’", la: "l’", que: "qu’", ne: "n’", se: "s’" } as const;
export type ElidingWord = keyof typeof ELIDED;

// Letters a reader says with a vowel sound at the start ("ixe", "èfe", "emme"): a name like "xAI"
// read letter by letter begins with one. Only a lowercase letter before a capital is read that
// way; "Nvidia" and "Mistral" are read as words.
const VOWEL_NAMED_LETTERS = new Set(["f", "h", "l", "m", "n", "r", "s", "x"]);

// Most French words and foreign names in h take no elision ("de Hugging Face", "de Harvey");
// these mute-h words do. A short list, on purpose: a missing elision reads better than a wrong one.
const MUTE_H_WORDS = new Set([
  "hélène",
  "heure",
  "histoire",
  "hiver",
  "homme",
  "hôpital",
  "horizon",
  "hôtel",
  "hugo",
  "humain",
  "humanité",
]);

/** Whether French pronounces `text` with a vowel sound first, so "de"/"le" before it elide. */
export function startsWithVowelSound(text: string): boolean {
  const first = text.charAt(0);
  if (first === "") return false;
  const lower = first.toLowerCase();
  // "Yann LeCun", "YouTube": a y before a vowel is a consonant sound.
  if (/^[aeiouàâäéèêëîïôöùûüœæ]$/.test(lower)) return true;
  if (lower === "y") return /^y[^aeiouyàâéèêëîïôöùûü]/i.test(text);
  // "xAI", "mRNA": a lowercase letter read by its name, before a capital.
  if (first === lower && VOWEL_NAMED_LETTERS.has(lower) && /^.\p{Lu}/u.test(text)) return true;
  if (lower === "h") {
    const word = (text.match(/^[\p{L}]+/u)?.[0] ?? "").toLowerCase();
    return MUTE_H_WORDS.has(word);
  }
  return false;
}

/** "de" + "OpenAI" → "d’OpenAI"; "de" + "Nvidia" → "de Nvidia"; "le" + "Institut" → "l’Institut". */
export function elideBefore(word: ElidingWord, next: string): string {
  return startsWithVowelSound(next) ? `${ELIDED[word]}${next}` : `${word} ${next}`;
}

/** "de OpenAI" as French writes it: "d’OpenAI", but "de Hugging Face". */
export function withDe(name: string): string {
  return elideBefore("de", name);
}
