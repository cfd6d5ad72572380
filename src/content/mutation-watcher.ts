// Watches a page for changes of its text. The observer callbacks only queue where text changed:
// the work happens later, in one batch, so a page that mutates continuously pays one cheap
// callback per batch.

import { changedByChildList } from "./child-list-changes";

/** Past this many records a batch is treated as "everything changed" (no telling apart). */
const MAX_QUEUED_RECORDS = 20_000;

/** Where text changed in one batch (the records' targets), or null: anywhere, read it all. */
export type TextChanges = ReadonlySet<Node> | null;

export class MutationWatcher {
  readonly #observers = new Map<Node, MutationObserver>();
  #queued = 0;
  #changed = new Set<Node>();
  #everywhere = false;
  #timer = 0;

  /** Called once per batch of changes that touched text. */
  readonly #onTextChanged: (changes: TextChanges) => void;
  /**
   * Called at once (before the page paints again) with each text node whose text was edited in
   * place: a mention's span in it may now cover other characters (spans are static, see
   * span-geometry.ts) until the batch is read.
   */
  readonly #onTextEdited: (node: Node) => void;
  /** How long changes settle before a batch is handled. */
  readonly #settleMs: number;

  constructor(
    onTextChanged: (changes: TextChanges) => void,
    onTextEdited: (node: Node) => void,
    signal: AbortSignal,
    settleMs = 200,
  ) {
    this.#onTextChanged = onTextChanged;
    this.#onTextEdited = onTextEdited;
    this.#settleMs = settleMs;
    signal.addEventListener("abort", () => this.stop());
  }

  /** One observer per root (the document, each open shadow root); a root is watched once. */
  watch(root: Node): void {
    if (this.#observers.has(root)) return;
    const observer = new MutationObserver((records) => this.#enqueue(records));
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    this.#observers.set(root, observer);
  }

  stop(): void {
    for (const observer of this.#observers.values()) observer.disconnect();
    this.#observers.clear();
    clearTimeout(this.#timer);
    this.#timer = 0;
    this.#changed = new Set();
    this.#everywhere = false;
    this.#queued = 0;
  }

  #enqueue(records: MutationRecord[]): void {
    // Cheap checks only: does a record touch text at all? Where, is worked out later.
    for (const record of records) {
      const edited = record.type === "characterData";
      if (edited) this.#onTextEdited(record.target);
      if (this.#everywhere) continue;
      if (++this.#queued > MAX_QUEUED_RECORDS) this.#everywhere = true;
      else if (edited) this.#changed.add(record.target);
      else if (touchesText(record)) {
        for (const node of changedByChildList(record)) this.#changed.add(node);
      }
    }
    if ((this.#everywhere || this.#changed.size > 0) && !this.#timer) {
      this.#timer = window.setTimeout(() => this.#flush(), this.#settleMs);
    }
  }

  #flush(): void {
    this.#timer = 0;
    this.#queued = 0;
    const changes = this.#everywhere ? null : this.#changed;
    this.#changed = new Set();
    this.#everywhere = false;
    if (changes === null || changes.size > 0) this.#onTextChanged(changes);
  }
}

function touchesText(record: MutationRecord): boolean {
  return hasText(record.addedNodes) || hasText(record.removedNodes);
}

function hasText(nodes: NodeList): boolean {
  for (const node of nodes) {
    // An element counts if it has content at all: reading its textContent would cost as much as
    // the scan we are trying to avoid.
    if (
      node.nodeType === Node.TEXT_NODE ? (node as Text).data.trim() !== "" : node.hasChildNodes()
    ) {
      return true;
    }
  }
  return false;
}
