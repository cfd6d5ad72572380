// How the matcher reads one UTF-16 code unit of page text. Everything here maps one code unit to
// at most one code unit, so offsets into the original text are never lost.

/** Returned by `canonicalCode` for characters a reader does not see: they are skipped. */
export const INVISIBLE = -1;

export const SPACE = 0x20;
export const APOSTROPHE = 0x27;
export const HYPHEN = 0x2d;

/**
 * The code unit the matcher compares in place of `code`: every apostrophe, hyphen and space
 * variant becomes its ASCII form, and soft hyphens and zero-width characters are INVISIBLE.
 * Letters keep their case (see `foldCode`).
 */
export function canonicalCode(code: number): number {
  if (code < 0x80) {
    // Tab, line feed, vertical tab, form feed, carriage return: spaces once rendered.
    if (code >= 0x09 && code <= 0x0d) return SPACE;
    // A backtick typed for an apostrophe ("Musk`s").
    if (code === 0x60) return APOSTROPHE;
    return code;
  }
  switch (code) {
    case 0x85: // next line
    case 0xa0: // no-break space, French typography before : ; ! ?
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f: // narrow no-break space, French typography before ; ! ? and in « »
    case 0x205f:
    case 0x3000:
      return SPACE;
    case 0xad: // soft hyphen
    case 0x180e:
    case 0x200b: // zero-width space
    case 0x200c:
    case 0x200d:
    case 0x2060: // word joiner
    case 0xfeff:
      return INVISIBLE;
    case 0xb4: // acute accent typed for an apostrophe
    case 0x2bc: // modifier letter apostrophe
    case 0x2018:
    case 0x2019: // right single quotation mark, the typographic apostrophe
    case 0x201b:
    case 0x2032:
    case 0xff07:
      return APOSTROPHE;
    case 0x2212: // minus sign
    case 0xfe63:
    case 0xff0d:
      return HYPHEN;
  }
  if (code >= 0x2000 && code <= 0x200a) return SPACE;
  // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar.
  if (code >= 0x2010 && code <= 0x2015) return HYPHEN;
  return code;
}

// Filled on demand: a page only pays for the characters it contains. 0 means "not computed yet"
// (code unit 0 folds to itself and is handled before the lookup).
const folded = new Uint16Array(0x10000);

/** Lower case of one code unit, or the code unit itself where lower case is not one unit. */
export function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  const known = folded[code] ?? 0;
  if (known !== 0) return known;
  // Lone surrogates have no case; folding them alone keeps astral characters intact.
  const lower = code >= 0xd800 && code <= 0xdfff ? "" : String.fromCharCode(code).toLowerCase();
  const result = lower.length === 1 ? lower.charCodeAt(0) : code;
  folded[code] = result;
  return result;
}

// Letters and digits of every script are word characters: `\b` only knows ASCII and would see a
// boundary inside "Élysée" or none after "Mistralé".
const WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;
const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;
const wordClass = new Uint8Array(0x10000);

function isWordCodePoint(point: number): boolean {
  return WORD_CHAR.test(String.fromCodePoint(point));
}

/** Whether the BMP code unit `code` (not a surrogate) is a letter, digit, mark or underscore. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x5f
    );
  }
  let known = wordClass[code] ?? UNKNOWN;
  if (known === UNKNOWN) {
    known = isWordCodePoint(code) ? WORD : NOT_WORD;
    wordClass[code] = known;
  }
  return known === WORD;
}

/** Whether the character at `index` of `text` is a word character (astral ones included). */
export function isWordAt(text: string, index: number): boolean {
  // Read in canonical form: U+02BC, the modifier letter apostrophe, is a letter to Unicode but
  // an apostrophe to a reader.
  const code = canonicalCode(text.charCodeAt(index));
  if (code === INVISIBLE) return false;
  if (code < 0xd800 || code > 0xdfff) return isWordCode(code);
  const point = text.codePointAt(code <= 0xdbff ? index : index - 1) ?? code;
  return point > 0xffff && isWordCodePoint(point);
}

/** Index of the last visible character before `index`, or -1. */
export function visibleBefore(text: string, index: number): number {
  let at = index - 1;
  while (at >= 0 && canonicalCode(text.charCodeAt(at)) === INVISIBLE) at -= 1;
  return at;
}

/** Index of the first visible character at or after `index`, or text.length. */
export function visibleFrom(text: string, index: number): number {
  let at = index;
  while (at < text.length && canonicalCode(text.charCodeAt(at)) === INVISIBLE) at += 1;
  return at;
}

/** The matcher's form of a whole string: canonical characters, invisible ones dropped. */
export function canonicalText(text: string): string {
  let out = "";
  for (let at = 0; at < text.length; at += 1) {
    const code = canonicalCode(text.charCodeAt(at));
    if (code !== INVISIBLE) out += String.fromCharCode(code);
  }
  return out;
}

/** `canonicalText` folded to lower case, one code unit for one. */
export function foldText(text: string): string {
  let out = "";
  for (let at = 0; at < text.length; at += 1)
    out += String.fromCharCode(foldCode(text.charCodeAt(at)));
  return out;
}

const LETTER_CASE = /^(?:(\p{Lu}|\p{Lt})|(\p{Ll}))$/u;
const UPPER = 1;
const LOWER = 2;
const CASELESS = 3;
const letterCase = new Uint8Array(0x10000);

function caseOf(code: number): number {
  let known = letterCase[code] ?? 0;
  if (known === 0) {
    const match = LETTER_CASE.exec(String.fromCharCode(code));
    known = match?.[1] ? UPPER : match?.[2] ? LOWER : CASELESS;
    letterCase[code] = known;
  }
  return known;
}

/** Whether the code unit is an upper-case (or title-case) letter. */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return caseOf(code) === UPPER;
}

/** Whether the code unit is a lower-case letter. */
export function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return caseOf(code) === LOWER;
}
