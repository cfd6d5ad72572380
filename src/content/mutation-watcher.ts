// Watches a page for changes of its text. The observer callbacks only queue: the work happens
// later, in one batch, so a page that mutates continuously pays one cheap callback per batch.

/** Past this many queued records a batch is treated as "everything changed" (no diffing). */
const MAX_QUEUED_RECORDS = 2000;

export class MutationWatcher {
  private readonly observers = new Map<Node, MutationObserver>();
  private queued = 0;
  private textChanged = false;
  private timer = 0;

  constructor(
    /** Called once per batch of changes that touched text. */
    private readonly onTextChanged: () => void,
    signal: AbortSignal,
    /** How long changes settle before a batch is handled. */
    private readonly settleMs = 200,
  ) {
    signal.addEventListener("abort", () => this.stop());
  }

  /** One observer per root (the document, each open shadow root); a root is watched once. */
  watch(root: Node): void {
    if (this.observers.has(root)) return;
    const observer = new MutationObserver((records) => this.enqueue(records));
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    this.observers.set(root, observer);
  }

  stop(): void {
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    clearTimeout(this.timer);
    this.timer = 0;
  }

  private enqueue(records: MutationRecord[]): void {
    // Cheap checks only: does any record touch text at all?
    if (!this.textChanged) {
      for (const record of records) {
        if (record.type === "characterData" || touchesText(record)) {
          this.textChanged = true;
          break;
        }
        if (++this.queued > MAX_QUEUED_RECORDS) {
          this.textChanged = true;
          break;
        }
      }
    }
    if (this.textChanged && !this.timer) {
      this.timer = window.setTimeout(() => this.flush(), this.settleMs);
    }
  }

  private flush(): void {
    this.timer = 0;
    this.queued = 0;
    if (!this.textChanged) return;
    this.textChanged = false;
    this.onTextChanged();
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
