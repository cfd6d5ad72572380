// Letters and digits of every script count as word characters: `\b` only knows ASCII and
// would split "Élysée" or see a boundary inside "Mistralé".
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** True when text[start, end) is not glued to a word character on either side. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const first = text[start];
  const last = text[end - 1];
  // A boundary only matters where the alias itself starts or ends with a word character:
  // "X Premium+" may be followed by anything.
  const before = isWordChar(first) && isWordChar(charBefore(text, start));
  const after = isWordChar(last) && isWordChar(charAt(text, end));
  return !before && !after;
}

function charBefore(text: string, index: number): string | undefined {
  if (index === 0) return undefined;
  const code = text.charCodeAt(index - 1);
  // Step back over a surrogate pair so astral letters are tested whole.
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text[index - 1];
}

function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  const point = text.codePointAt(index);
  return point === undefined ? undefined : String.fromCodePoint(point);
}
