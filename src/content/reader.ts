// The reader bundle: the read in blocks (text walk, blocks, changed regions, mentions) and the
// highlights with their hit test and the cards' loader. Built as a self-contained script and
// imported into a frame once the glance says the page may name anyone, or the page is small, or
// it changed after a glance that found no one (see index.ts).
import { HighlightSession } from "./highlight-session";
import { PageText } from "./page-text";
import { READER_KEY, type ReaderScope } from "./reader-global";

(globalThis as ReaderScope)[READER_KEY] ??= { PageText, HighlightSession };
