import type { BlockMatcher } from "../core/page-reading";

/** Characters sent in one message; a longer text node is sent in parts of this size. */
const CHARS_PER_MESSAGE = 262_144;
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
 * Why a walk and not `textContent`: one `textContent` call on a large subtree is a single task
 * the page cannot break (60–100 ms on 200,000 elements here); the walk runs in slices like the
 * read. The text includes scripts and hidden elements: it errs towards reading a page in full.
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
  const outbox = new Outbox(matcher);
  const walk = { elements: 0, cannotTell: false };
  if (!(await run(walkSteps(root, outbox, walk))) || walk.cannotTell) return unknown;
  if (outbox.holdsUnsentOnly()) return unknown;
  if (outbox.named) return { named: true, elements: 0 };
  const named = await outbox.answers();
  if (named === null) return unknown;
  return named ? { named: true, elements: 0 } : { named: false, elements: walk.elements };
}

const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';

function isEditable(element: Element): boolean {
  const value = element.getAttribute("contenteditable");
  return value !== null && value.toLowerCase() !== "false";
}

/**
 * Walks the text and elements under `root` in document order, giving the text to `outbox`.
 * Stops early once the background has found a name, or at the first open shadow root or
 * editable element: what comes before it was the page's own text, and nothing after is sent.
 */
function* walkSteps(
  root: Element,
  outbox: Outbox,
  walk: { elements: number; cannotTell: boolean },
): Generator<void, void, void> {
  const walker = root.ownerDocument.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  let nodes = 0;
  for (let node = walker.nextNode(); node && !outbox.named; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      if (text.length <= CHARS_PER_MESSAGE) {
        outbox.add(text.data);
      } else {
        for (let at = 0; at < text.length && !outbox.named; at += CHARS_PER_MESSAGE) {
          outbox.add(text.substringData(at, CHARS_PER_MESSAGE));
          yield;
        }
      }
    } else {
      const element = node as Element;
      walk.elements += 1;
      if (element.shadowRoot !== null || isEditable(element)) {
        walk.cannotTell = true;
        return;
      }
    }
    nodes += 1;
    if (nodes % NODES_PER_STEP === 0) yield;
  }
  // A small page is left to the full read, unless part of its text is already on its way.
  if (nodes >= SMALL_PAGE_NODES || !outbox.holdsUnsentOnly()) outbox.flush();
}

/** Gathers text into messages of about CHARS_PER_MESSAGE and keeps the background's answers. */
class Outbox {
  /** Set as soon as one answer says a name may be on the page. */
  named = false;
  private lost = false;
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly sent: Array<Promise<void>> = [];

  constructor(private readonly matcher: BlockMatcher) {}

  add(text: string): void {
    if (text.length === 0) return;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CHARS_PER_MESSAGE) this.flush();
  }

  flush(): void {
    if (this.pendingChars === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    this.sent.push(
      this.matcher.glance(text).then((named) => {
        if (named === true) this.named = true;
        else if (named === null) this.lost = true;
      }),
    );
  }

  /** Whether text was gathered and none of it sent yet (a small page, at the end of its walk). */
  holdsUnsentOnly(): boolean {
    return this.sent.length === 0 && this.pendingChars > 0;
  }

  /** Whether any message named someone, once all are answered; null if one was lost. */
  async answers(): Promise<boolean | null> {
    await Promise.all(this.sent);
    if (this.named) return true;
    return this.lost ? null : false;
  }
}
