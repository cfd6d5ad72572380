// What the words right around a name say about it, read from the block's text: a version number
// after it ("Grok 3"), a first name before it ("Jack Altman"), a longer proper name it starts
// ("Claude Monet"), an elided article ("l'X").
import {
  APOSTROPHE,
  canonicalCode,
  HYPHEN,
  INVISIBLE,
  isLowerCode,
  isUpperCode,
  isWordAt,
  SPACE,
  visibleBefore,
  visibleFrom,
} from "./char-classes";

/**
 * Whether a version number follows the name ending at `end`: "Grok 3", "Claude 3.5",
 * "Llama 3.1", "GPT-4o", "Mistral 7B"; not "Apple 10 %" nor a year ("Meta 2024").
 */
export function versionFollows(text: string, end: number): boolean {
  let at = visibleFrom(text, end);
  const separator = canonicalCode(text.charCodeAt(at));
  if (separator === SPACE || separator === HYPHEN) at = visibleFrom(text, at + 1);
  let digits = 0;
  for (;;) {
    let run = 0;
    while (isDigit(text.charCodeAt(at + run))) run += 1;
    if (run === 0 || run > 2) return false;
    digits += run;
    at += run;
    // "3.5", "3.1": one more group after a dot.
    if (text.charCodeAt(at) === 0x2e && isDigit(text.charCodeAt(at + 1))) at += 1;
    else break;
  }
  // Up to two letters of suffix ("4o", "7B"), then the end of the word.
  let letters = 0;
  while (letters < 2 && isAsciiLetter(text.charCodeAt(at))) {
    letters += 1;
    at += 1;
  }
  if (at < text.length && isWordAt(text, at)) return false;
  // "Apple 10 %" is a share, not a version.
  let next = visibleFrom(text, at);
  if (canonicalCode(text.charCodeAt(next)) === SPACE) next = visibleFrom(text, next + 1);
  return digits > 0 && text.charCodeAt(next) !== 0x25;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A word next to a name, with what lies between. */
export interface NeighbourWord {
  word: string;
  /** Only spaces between the name and the word. */
  spaced: boolean;
}

/**
 * The word before `start`: whether it starts a sentence, ends one ("Tennessee."), or is an
 * elided article (l', d').
 */
export function wordBefore(
  text: string,
  start: number,
): (NeighbourWord & { sentenceStart: boolean; sentenceEnd: boolean; elided: boolean }) | null {
  let at = visibleBefore(text, start);
  if (at < 0) return null;
  if (canonicalCode(text.charCodeAt(at)) === APOSTROPHE) {
    const end = at;
    at = visibleBefore(text, at);
    const begin = wordStartBefore(text, at + 1);
    const word = text.slice(begin, end);
    return { word, spaced: false, sentenceStart: false, sentenceEnd: false, elided: true };
  }
  let spaced = false;
  while (at >= 0 && canonicalCode(text.charCodeAt(at)) === SPACE) {
    spaced = true;
    at = visibleBefore(text, at);
  }
  if (at < 0) return null;
  // "M." and "Dr." keep their dot: titles are read with it.
  const end = at + 1;
  const begin = wordStartBefore(text, canonicalCode(text.charCodeAt(at)) === 0x2e ? at : end);
  const word = text.slice(begin, end);
  let before = visibleBefore(text, begin);
  while (before >= 0 && canonicalCode(text.charCodeAt(before)) === SPACE) {
    before = visibleBefore(text, before);
  }
  const sentenceStart = before < 0 || SENTENCE_OPENERS.has(canonicalCode(text.charCodeAt(before)));
  // "Tennessee. Musk said": a full stop ends a sentence, unless it ends a title ("M. Musk").
  const sentenceEnd = word.endsWith(".") && !isTitleWord(word);
  return { word, spaced, sentenceStart, sentenceEnd, elided: false };
}

// Characters after which a capital letter starts a sentence rather than marks a name.
/** Whether a sentence (or the block) starts at `start`: "Figure 3 shows", "« Claude est". */
export function startsSentence(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  if (before === null || before.sentenceEnd) return true;
  return before.word === "" && before.sentenceStart;
}

// Compared in canonical form: a dash standing alone reads as a hyphen.
const SENTENCE_OPENERS = new Set([...'。.!?:«»"“”„([{-•|·…>'].map((char) => char.charCodeAt(0)));

function wordStartBefore(text: string, end: number): number {
  let begin = end;
  for (;;) {
    const at = visibleBefore(text, begin);
    if (at < 0) return begin;
    const code = canonicalCode(text.charCodeAt(at));
    if (!(isWordAt(text, at) || code === APOSTROPHE || code === HYPHEN)) return begin;
    begin = at;
  }
}

/** The word after `end` (letters, digits, inner hyphens and apostrophes). */
export function wordAfter(text: string, end: number): NeighbourWord | null {
  let at = visibleFrom(text, end);
  let spaced = false;
  while (at < text.length && canonicalCode(text.charCodeAt(at)) === SPACE) {
    spaced = true;
    at = visibleFrom(text, at + 1);
  }
  const begin = at;
  while (at < text.length) {
    const code = canonicalCode(text.charCodeAt(at));
    if (code !== INVISIBLE && !isWordAt(text, at) && code !== HYPHEN && code !== APOSTROPHE) break;
    at += 1;
  }
  if (at === begin) return null;
  return { word: text.slice(begin, at), spaced };
}

/** "Monet", "Shannon": an upper-case letter then at least one lower-case one. */
export function isCapitalised(word: string): boolean {
  if (!isUpperCode(word.charCodeAt(0))) return false;
  for (let at = 1; at < word.length; at += 1) {
    if (isLowerCode(word.charCodeAt(at))) return true;
  }
  return false;
}

/** Whether the word is glued to the name by a hyphen ("X-ray", "T-X"). */
export function hyphenGlued(text: string, start: number, end: number): boolean {
  const after = visibleFrom(text, end);
  if (after < text.length && canonicalCode(text.charCodeAt(after)) === HYPHEN) {
    const next = visibleFrom(text, after + 1);
    if (next < text.length && isWordAt(text, next)) return true;
  }
  const before = visibleBefore(text, start);
  if (before >= 0 && canonicalCode(text.charCodeAt(before)) === HYPHEN) {
    const previous = visibleBefore(text, before);
    if (previous >= 0 && isWordAt(text, previous)) return true;
  }
  return false;
}

/** Whether a digit touches the name across at most one space ("10 X", "X 2"). */
export function digitNextTo(text: string, start: number, end: number): boolean {
  const digitAt = (at: number) => isDigit(text.charCodeAt(at));
  let before = visibleBefore(text, start);
  if (before >= 0 && canonicalCode(text.charCodeAt(before)) === SPACE) {
    before = visibleBefore(text, before);
  }
  let after = visibleFrom(text, end);
  if (after < text.length && canonicalCode(text.charCodeAt(after)) === SPACE) {
    after = visibleFrom(text, after + 1);
  }
  return (before >= 0 && digitAt(before)) || (after < text.length && digitAt(after));
}

// Headlines are short; a paragraph is never in Title Case.
const TITLE_MAX_LENGTH = 200;

/**
 * A headline in Title Case ("Musk Says Grok Will Beat OpenAI"), where capitals mark nothing:
 * nearly every word of four letters or more starts with one. Sentences full of names still have
 * lower-case verbs ("Altman critique Jack Altman").
 */
export function isTitleCase(text: string): boolean {
  if (text.length > TITLE_MAX_LENGTH) return false;
  let long = 0;
  let capitalised = 0;
  for (const word of text.split(/\s+/u)) {
    if (word.length < 4) continue;
    long += 1;
    if (isCapitalised(word) || /^\p{Lu}+$/u.test(word)) capitalised += 1;
  }
  return long >= 3 && capitalised >= long * 0.85;
}

// Capitalised words that may stand before a surname without being a first name.
const TITLES = new Set([
  "prince",
  "princess",
  "princesse",
  "sheikh",
  "cheikh",
  "king",
  "roi",
  "sir",
  "dame",
  "lord",
  "dr",
  "dr.",
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "m.",
  "mme",
  "mlle",
  "pr",
  "pr.",
  "prof",
  "prof.",
  "professor",
  "professeur",
  "president",
  "président",
  "présidente",
  "senator",
  "sénateur",
  "sen.",
  "governor",
  "gouverneur",
  "gov.",
  "rep.",
  "secretary",
  "commissioner",
  "commissaire",
  "chancellor",
  "chancelier",
  "minister",
  "ministre",
  "judge",
  "juge",
  "justice",
  "general",
  "général",
  "chief",
  "boss",
  "patron",
  "founder",
  "fondateur",
  "cofondateur",
  "co-founder",
  "chairman",
  "director",
  "directeur",
  "billionaire",
  "milliardaire",
  "mister",
  "monsieur",
  "madame",
]);

/** Whether a word carries an apostrophe ("OpenAI's"): a possessive, not a first name. */
export function hasApostrophe(word: string): boolean {
  for (let at = 0; at < word.length; at += 1) {
    if (canonicalCode(word.charCodeAt(at)) === APOSTROPHE) return true;
  }
  return false;
}

/** "President", "Dr.", "M.": a title, not a first name. */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

// Words that extend a product or company name rather than start another proper name:
// "Mistral Large", "Claude Sonnet", "Apple Intelligence", "Meta Platforms".
const NAME_EXTENSIONS = new Set([
  "ai",
  "pro",
  "max",
  "mini",
  "ultra",
  "plus",
  "premium",
  "large",
  "medium",
  "small",
  "nano",
  "flash",
  "lite",
  "turbo",
  "sonnet",
  "opus",
  "haiku",
  "code",
  "chat",
  "vision",
  "voice",
  "intelligence",
  "cloud",
  "studio",
  "search",
  "assistant",
  "enterprise",
  "team",
  "labs",
  "research",
  "ventures",
  "capital",
  "platforms",
  "inc",
  "corp",
  "group",
  "store",
  "prime",
  "music",
  "pay",
  "watch",
]);

/** Whether `word` after a name extends it ("Mistral Large") rather than starts another one. */
export function extendsName(word: string): boolean {
  return NAME_EXTENSIONS.has(word.toLowerCase());
}
