/** One occurrence of an entity in a page's text, as offsets into one block of visible text. */
export interface Mention {
  entityId: string;
  /** Index of the text block (see content/text-blocks) the mention lies in. */
  block: number;
  /** UTF-16 offsets into the block's text; `end` is exclusive. */
  start: number;
  end: number;
}
