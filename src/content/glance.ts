import type { BlockMatcher } from "../core/page-reading";

/** Characters sent in one message at most; a longer text node is sent in parts of this size. */
const CHARS_PER_MESSAGE = 262_144;
/**
 * The first message's size, doubled for each next one up to CHARS_PER_MESSAGE. Names come
 * early on most pages that have any (a title, a heading), and the walk stops once one is
 * found: a small first message stops it sooner, with fewer nodes touched and less garbage
 * left behind (on the 200,000-element page, 256K characters before the first answer made a
 * card opened later go over 50 ms in 2 of 4 test runs, 0 of 4 since).
 */
const FIRST_MESSAGE_CHARS = 16_384;
/** Nodes looked at in one step: a slice (see slices.ts) ends between steps. */
const NODES_PER_STEP = 512;
/**
 * A page with fewer nodes, and less text than one message, is read in full at once: its read
 * is short (about 6 µs a node here), and a glance would only put a message's round trip
 * before it.
 */
const SMALL_PAGE_NODES = 8192;

/** What a glance saw of the page. */
export interface GlanceResult {
  /**
   * Whether the page may name anyone (see PageReading.glance); null when the glance cannot
   * say: it was stopped, the background lost the text on the way, or the page has an open
   * shadow root (whose text the walk does not enter) or an editable region (what the reader
   * types there is never sent), or the page is small (SMALL_PAGE_NODES). Such pages are read
   * in full, which knows.
   */
  named: boolean | null;
  /** The elements under the root: the page's size, should it be read in part later. */
  elements: number;
}

/** Runs steps in slices; resolves false if stopped (see slices.ts `runInSlices`). */
export type RunSteps = (steps: Iterable<unknown>) => Promise<boolean>;

/**
 * The early "not for us": the page's text goes to the background in a few large messages, and
 * the background says whether any name may be in it. One walk that only copies text is several
 * times cheaper than the full read (which builds blocks and keeps their nodes), and it stops as
 * soon as the background has found a name: such a page is read in full anyway.
 *
 * Why a walk and not `textContent`: a `textContent` call cannot be paused, and its time grows
 * with what it copies (13 ms on 200,000 elements in the page's world, 57-67 ms for one 10 MB
 * text node). A glance built on it, in pieces, still had slices of 95-104 ms on the hostile
 * 200,000-element page in a full test run; the walk runs in slices like the read. The text
 * includes scripts and hidden elements: it errs towards reading a page in full.
 */
export async function glanceAt(
  root: Element,
  matcher: BlockMatcher,
  run: RunSteps,
): Promise<GlanceResult> {
  const unknown = { named: null, elements: 0 };
  if (root.ownerDocument.designMode === "on" || isEditable(root) || root.closest(EDITABLE)) {
    return unknown;
  }
  // The text is gathered into messages of about CHARS_PER_MESSAGE; the answers set the flags.
  // (Plain variables, not an object: the content script is compiled on every page, and a
  // minifier shortens a variable's name but not a property's.)
  let named = false;
  let lost = false;
  let pending: string[] = [];
  let pendingChars = 0;
  let messageChars = FIRST_MESSAGE_CHARS;
  let nodes = 0;
  const sent: Array<Promise<void>> = [];
  const send = () => {
    if (pendingChars === 0) return;
    const text = pending.join("");
    pending = [];
    pendingChars = 0;
    messageChars = Math.min(messageChars * 2, CHARS_PER_MESSAGE);
    sent.push(
      matcher.glance(text).then((answer) => {
        if (answer === true) named = true;
        else if (answer === null) lost = true;
      }),
    );
  };
  const add = (text: string) => {
    pending.push(text);
    pendingChars += text.length;
    // Until the page is known not to be small, only a full message goes (see SMALL_PAGE_NODES).
    if (pendingChars >= (nodes >= SMALL_PAGE_NODES ? messageChars : CHARS_PER_MESSAGE)) send();
  };

  let elements = 0;
  let cannotTell = false;
  // Walks text and elements in document order. Stops once the background has found a name, or
  // at the first open shadow root or editable element: what came before it was the page's own
  // text, and nothing after it is sent.
  function* walk(): Generator<void, void, void> {
    const walker = root.ownerDocument.createTreeWalker(
      root,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node && !named; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        for (let at = 0; at < text.length && !named; at += CHARS_PER_MESSAGE) {
          add(
            text.length <= CHARS_PER_MESSAGE
              ? text.data
              : text.substringData(at, CHARS_PER_MESSAGE),
          );
          // A part of a huge text node is a step of its own.
          if (text.length > CHARS_PER_MESSAGE) yield;
        }
      } else {
        elements += 1;
        const element = node as Element;
        if (element.shadowRoot !== null || isEditable(element)) {
          cannotTell = true;
          return;
        }
      }
      nodes += 1;
      if (nodes % NODES_PER_STEP === 0) yield;
    }
    // A small page is left to the full read, unless part of its text is already on its way.
    if (nodes >= SMALL_PAGE_NODES || sent.length > 0) send();
  }

  if (!(await run(walk())) || cannotTell) return unknown;
  // Nothing sent, text held back: a small page (see SMALL_PAGE_NODES).
  if (sent.length === 0 && pendingChars > 0) return unknown;
  if (!named) await Promise.all(sent);
  if (named) return { named: true, elements: 0 };
  return lost ? unknown : { named: false, elements };
}

const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';

function isEditable(element: Element): boolean {
  const value = element.getAttribute("contenteditable");
  return value !== null && value.toLowerCase() !== "false";
}
