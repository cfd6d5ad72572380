import type { BlockMatcher } from "../core/page-reading";

/**
 * Characters sent in one message. Copying them out of the page's thread costs about a
 * millisecond per 256 KB here: a pause after each keeps a huge page's glance in short slices.
 */
const CHARS_PER_MESSAGE = 262_144;
/** Elements looked at between pauses while looking for open shadow roots. */
const ELEMENTS_PER_STEP = 4096;

/**
 * `textContent` copies about 6 million characters in 50 ms here (a 10 MB text node: 57-67 ms).
 * So the text is copied in pieces: a text node in parts of this many characters, an element in
 * one call where it holds many children (an article's paragraphs), else child by child, down to
 * `TEXT_DEPTH` levels: a huge text node near the top of the page is then read in parts.
 */
const TEXT_PART = 1_000_000;
const MANY_CHILDREN = 64;
const TEXT_DEPTH = 4;

/** What the reader may type in: the read in blocks leaves it out (see element-kinds.ts). */
const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';

/** What a glance saw of the page. */
export interface GlanceResult {
  /**
   * Whether the page may name anyone (see PageReading.glance); null when the background could
   * not say (it was lost on the way), when the page has open shadow roots, whose text its
   * `textContent` leaves out, or editable regions, whose text (what the reader types) is never
   * sent: read the page in full to know.
   */
  named: boolean | null;
  /** The elements under the root: the page's size, should it be read in part later. */
  elements: number;
}

/** Runs steps in slices; resolves false if stopped (see slices.ts `runInSlices`). */
export type RunSteps = (steps: Iterable<unknown>) => Promise<boolean>;

/**
 * The early "not for us": the whole text of `root` is sent to the background in a few
 * messages, which tells whether any name may be in it. The cheapest read there is: the browser
 * copies the text out in native calls (`textContent`: half a TreeWalker's time over every text
 * node on a 1 MB page, measured cold), and no object is made per node. A page that names no one
 * then costs about one walk over its text and a message or two; others are read in full.
 * The text includes scripts and hidden elements (the page's own, never the reader's: a page
 * with an editable region is not glanced at). Null `named` when stopped.
 */
export async function glanceAt(
  root: Element,
  matcher: BlockMatcher,
  run: RunSteps,
): Promise<GlanceResult> {
  const unknown = { named: null, elements: 0 };
  const doc = root.ownerDocument;
  if (doc.designMode === "on" || root.closest(EDITABLE) || root.querySelector(EDITABLE)) {
    return unknown;
  }
  const answers: Array<Promise<boolean | null>> = [];
  if (!(await run(sendSteps(root, matcher, answers)))) return unknown;
  const named = await Promise.all(answers);
  if (named.includes(null)) return unknown;
  if (named.includes(true)) return { named: true, elements: 0 };
  // No name in the light tree: only now is every element looked at, for open shadow roots.
  const seen = { elements: 0, shadowed: false };
  if (!(await run(shadowSteps(root, seen))) || seen.shadowed) return unknown;
  return { named: false, elements: seen.elements };
}

function* sendSteps(
  root: Element,
  matcher: BlockMatcher,
  answers: Array<Promise<boolean | null>>,
): Generator<void, void, void> {
  for (const text of textPieces(root, 0)) {
    for (let at = 0; at < text.length; at += CHARS_PER_MESSAGE) {
      answers.push(matcher.glance(text.slice(at, at + CHARS_PER_MESSAGE)));
      yield;
    }
    yield;
  }
}

/**
 * Counts the elements under `root` and looks for an open shadow root. A walker, not
 * `getElementsByTagName("*")`: that collection keeps a list of every element, which the garbage
 * collector then traces in one step (60-80 ms on 200,000 elements).
 */
function* shadowSteps(
  root: Element,
  seen: { elements: number; shadowed: boolean },
): Generator<void, void, void> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node && !seen.shadowed; node = walker.nextNode()) {
    seen.elements += 1;
    if (seen.elements % ELEMENTS_PER_STEP === 0) yield;
    seen.shadowed = (node as Element).shadowRoot !== null;
  }
}

/** The text of `node` in document order, in pieces each copied in a short task (TEXT_PART). */
function* textPieces(node: Node, depth: number): Generator<string, void, void> {
  if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
    const text = node as CharacterData;
    for (let at = 0; at < text.length; at += TEXT_PART) yield text.substringData(at, TEXT_PART);
  } else if (node.nodeType === Node.ELEMENT_NODE) {
    if (depth >= TEXT_DEPTH || node.childNodes.length > MANY_CHILDREN) {
      yield node.textContent ?? "";
    } else {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        yield* textPieces(child, depth + 1);
      }
    }
  }
}
