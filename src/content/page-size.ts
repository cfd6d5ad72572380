/**
 * A page with fewer elements is read in full at once: its read is short (about 6 µs a node
 * here), and a glance (glance.ts) would only put a copy of its text and a round trip before it.
 * (A small page with a great deal of text costs a full read about what a glance costs: few
 * nodes to walk, the same text to send.) Past it, the glance and what reads a large page come
 * with the change tools (change-tools.ts), which the content script every page compiles leaves
 * out.
 */
export const SMALL_PAGE_ELEMENTS = 4096;

/** Whether a page has more than `count` elements: counted natively, no further. */
export function hasMoreElements(root: Element, count: number): boolean {
  return root.getElementsByTagName("*")[count] !== undefined;
}
