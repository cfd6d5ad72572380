import type { BlockMatcher } from "../core/page-reading";
import { hostsShadowRoot, type Piece, piecesOf, pieceText } from "./glance-pieces";
import { SMALL_PAGE_ELEMENTS } from "./page-size";

/** Characters sent in one message at most; a longer piece is sent in parts of this size. */
const CHARS_PER_MESSAGE = 262_144;
/**
 * The first message's size, doubled for each next one up to CHARS_PER_MESSAGE. Names come
 * early on most pages that have any (a title, a heading), and the glance stops once one is
 * found: a small first message stops it sooner, with less copied and less garbage left behind
 * (on the 200,000-element page, 256K characters before the first answer made a card opened
 * later go over 50 ms in 2 of 4 test runs, 0 of 4 since).
 */
const FIRST_MESSAGE_CHARS = 16_384;
/** Up to this many elements, shadow roots are looked for in one search (see `glanceAt`). */
const ONE_SEARCH_ELEMENTS = 60_000;
/**
 * Messages out at once at most: the copy waits for an answer before going on. Unbounded, it
 * went on copying while the first answer was on its way, and on the 1 MB `long` page, whose first
 * message names someone, most of the page was copied (16-21 ms) for nothing.
 */
const MESSAGES_IN_FLIGHT = 2;

/** What a glance saw of the page. */
export interface GlanceResult {
  /**
   * Whether the page may name anyone (see PageReading.glance); null when the glance cannot
   * say: it was stopped, the background lost the text on the way, the page has an editable
   * region (what the reader types there is never sent) or an open shadow root the glance
   * sees (whose text `textContent` leaves out), or the page is small (SMALL_PAGE_ELEMENTS).
   * Such pages are read in full, which knows.
   */
  named: boolean | null;
  /** The elements under the root: the page's size, should it be read in part later. */
  elements: number;
}

/** Runs steps in slices; resolves false if stopped (see slices.ts `runInSlices`). */
export type RunSteps = (steps: Iterable<unknown>) => Promise<boolean>;

/**
 * The early "not for us": the page's text goes to the background in a few large messages, and
 * the background says whether any name may be in it. The browser copies the text out in a few
 * native calls (see glance-pieces.ts), several times cheaper than the full read, which walks
 * every node from script; the glance stops as soon as the background has found a name, since
 * such a page is read in full anyway. Each copy is a step of its own, run in slices. The text
 * includes scripts and hidden elements: it errs towards reading a page in full.
 */
export async function glanceAt(
  root: Element,
  matcher: BlockMatcher,
  run: RunSteps,
): Promise<GlanceResult> {
  const unknown = { named: null, elements: 0 };
  const doc = root.ownerDocument;
  // A native count, first: a small page is read in full; on a large one, the page's size should
  // names come later (3 ms on the `empty` bench page).
  const elements = root.getElementsByTagName("*").length;
  if (elements < SMALL_PAGE_ELEMENTS) return unknown;
  // What the reader types is never sent: a page with an editable region is read in full, which
  // leaves such regions out. (One native search: 1-4 ms on 200,000 elements.)
  if (doc.designMode === "on" || root.closest(EDITABLE) || root.querySelector(EDITABLE)) {
    return unknown;
  }
  const found = piecesOf(root);
  if (!found) return unknown;
  const pieces: Piece[] = found;

  // The text is gathered into messages; the answers set the flags. (Plain variables, not an
  // object: the content script is compiled on every page, and a minifier shortens a variable's
  // name but not a property's.)
  let named = false;
  let lost = false;
  let inFlight = 0;
  let answerCame = () => {};
  let pending: string[] = [];
  let pendingChars = 0;
  let messageChars = FIRST_MESSAGE_CHARS;
  const sent: Array<Promise<void>> = [];
  const send = () => {
    if (pendingChars === 0) return;
    const text = pending.join("");
    pending = [];
    pendingChars = 0;
    messageChars = Math.min(messageChars * 2, CHARS_PER_MESSAGE);
    inFlight += 1;
    sent.push(
      matcher.glance(text).then((answer) => {
        if (answer === true) named = true;
        else if (answer === null) lost = true;
        inFlight -= 1;
        answerCame();
      }),
    );
  };
  // Each send is followed by a step's end, where the copy can stop for an answer.
  function* copy(): Generator<void, void, void> {
    const range = doc.createRange();
    for (const piece of pieces) {
      const text = pieceText(piece, range);
      for (let at = 0; at < text.length && !named; at += CHARS_PER_MESSAGE) {
        const part =
          text.length <= CHARS_PER_MESSAGE ? text : text.slice(at, at + CHARS_PER_MESSAGE);
        pending.push(part);
        pendingChars += part.length;
        if (pendingChars >= messageChars) send();
        // A part of a long piece is a step of its own.
        if (text.length > CHARS_PER_MESSAGE) yield;
      }
      if (named) return;
      yield;
    }
    send();
  }

  // The copy runs in slices until it has to wait for an answer, then on once one came.
  const copying = copy();
  let copied = false;
  function* copyUntilWaiting(): Generator<void, void, void> {
    for (;;) {
      copied = copying.next().done === true;
      if (copied || inFlight >= MESSAGES_IN_FLIGHT) return;
      yield;
    }
  }
  while (!copied && !named) {
    if (!(await run(copyUntilWaiting()))) return unknown;
    if (inFlight >= MESSAGES_IN_FLIGHT) {
      await new Promise<void>((resolve) => {
        answerCame = resolve;
      });
    }
  }
  if (!named) await Promise.all(sent);
  if (named) return { named: true, elements: 0 };
  if (lost) return unknown;
  // No name in the text: only now is it worth looking for shadow roots below the top.
  let shadowed = false;
  // One search over the page where it is not huge, else one a piece: in a content script, one
  // over the `empty` bench page (31,000 elements) took 6 ms, 29 (one a piece) 14-22 ms; but one
  // over the 200,000-element hostile page took 40 ms, too close to a long task.
  const searched = elements < ONE_SEARCH_ELEMENTS ? [root] : pieces;
  function* lookForShadowRoots(): Generator<void, void, void> {
    for (const piece of searched) {
      shadowed = hostsShadowRoot(piece, doc);
      if (shadowed) return;
      yield;
    }
  }
  if (!(await run(lookForShadowRoots())) || shadowed) return unknown;
  return { named: false, elements };
}

const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';
