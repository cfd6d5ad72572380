// Where a mention is drawn. Mentions hold StaticRanges: the browser keeps every live Range up to
// date through each change to the page, so a page holding hundreds of ours paid for them in its
// own scripts (measured in Chromium on the `feed` bench page: its re-render of 1,400 timestamps
// took 8 ms a tick alone, 52 ms with 965 live ranges, 7 ms with as many static ones). Geometry
// needs a live Range: one, set to a span each time a rectangle is read.

let shared: Range | null = null;

/**
 * Our one live Range, set to `span`; valid until the next call. Null when the span no longer fits
 * the page (its text was shortened since it was found).
 */
export function liveRangeOver(span: AbstractRange): Range | null {
  const doc = span.startContainer.ownerDocument;
  if (!doc) return null;
  shared ??= doc.createRange();
  const range = shared;
  try {
    range.setStart(span.startContainer, span.startOffset);
    range.setEnd(span.endContainer, span.endOffset);
  } catch {
    return null;
  }
  return range;
}

/** The span's bounding rectangle in the viewport; an empty one if it no longer fits the page. */
export function spanRect(span: AbstractRange): DOMRect {
  return liveRangeOver(span)?.getBoundingClientRect() ?? new DOMRect();
}
