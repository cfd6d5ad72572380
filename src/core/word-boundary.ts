import { isWordAt, visibleBefore, visibleFrom } from "./char-classes";

/** True when a word could start at `index`: no word character runs into it from the left. */
export function startsWord(text: string, index: number): boolean {
  const before = visibleBefore(text, index);
  return before < 0 || !isWordAt(text, before);
}

/** True when a word could end at `index` (exclusive): no word character follows. */
export function endsWord(text: string, index: number): boolean {
  const after = visibleFrom(text, index);
  return after >= text.length || !isWordAt(text, after);
}

/**
 * True when text[start, end) is not glued to a word character on either side. A side only
 * matters where the span itself has a word character there: "X Premium+" may be followed by
 * anything. Soft hyphens and zero-width characters are looked through.
 */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const last = visibleBefore(text, end);
  if (last < start) return false;
  if (isWordAt(text, start) && !startsWord(text, start)) return false;
  if (isWordAt(text, last) && !endsWord(text, end)) return false;
  return true;
}
