import type { HighlightSession } from "./highlight-session";
import type { PageText } from "./page-text";

/**
 * What the reader bundle hands the content script: the read in blocks and the highlights. Both
 * run in the same isolated world (the page cannot see its globals); the bundle is imported once
 * a page may name anyone (see index.ts), so a page that names no one never compiles it.
 */
export interface Reader {
  PageText: typeof PageText;
  HighlightSession: typeof HighlightSession;
}

export const READER_KEY = Symbol.for("backstory.reader");

export type ReaderScope = { [READER_KEY]?: Reader };
