import type { EntityHeader } from "../core/matcher-tables";
import { declaredLanguage } from "../core/page-language";
import type { BlockMatcher, PageFindings, SentBlock } from "../core/page-reading";
import { ArticleParts } from "./article-part";
import type { ChangeTools } from "./change-tools";
import { type PageMention, pageMention } from "./page-mention";
import { type TextBlock, type WalkContext, type WalkOutput, walkTextBlocks } from "./text-blocks";

/**
 * Characters sent to the matcher in one message: a pause after each keeps the cost of copying
 * them out of the page's thread (about a millisecond) to one slice.
 */
const CHARS_PER_BATCH = 32_768;
/** What sending one block costs besides its characters (its object, its id). */
const CHARS_PER_BLOCK = 64;

/** How large a page is: what decides how its highlights look (see HighlightLook). */
export interface PageSize {
  /**
   * Nodes visited by the walk (elements and text, skipped subtrees not counted); after a read
   * of changes only, an estimate.
   */
  nodes: number;
  /** Characters in the longest block. */
  longestText: number;
  /** The deepest nesting of elements. */
  depth: number;
}

/** A block of the page's text, kept until its text changes. */
interface ReadBlock {
  /** Its id for the matcher, new for each block read. */
  id: number;
  /** The matcher generation it was last sent in; -1 before it is sent. */
  sentIn: number;
  /**
   * The block as walked. Once the matcher has found no name in it, it keeps only its first text
   * node (see `mentionSteps`): no range is ever made in it.
   */
  block: TextBlock;
  text: string;
  /** How many text nodes the block had when walked. */
  textNodes: number;
  boilerplate: boolean;
  /** Its mentions at the last `mentionSteps`: kept as they are (ranges and all) where they hold. */
  mentions: PageMention[];
}

/**
 * The page's text as Backstory last read it, block by block, and the mentions in it. The page
 * is walked here, in steps (generators that pause every millisecond or so, which the caller
 * runs in slices); the blocks go to a matcher (the background) as they are read, and the names
 * it finds come back as mentions. After a change only the changed blocks are read and sent.
 */
export class PageText {
  #blocks: ReadBlock[] = [];
  /** Open shadow roots met so far: they need watching and our highlight styles. */
  readonly shadowRoots = new Set<ShadowRoot>();
  /** How large the page is, as of the last read (see PageSize, and `readChanges`). */
  size: PageSize = { nodes: 0, longestText: 0, depth: 0 };
  /** Blocks read but not yet sent to the matcher, and their characters. */
  #unsent: ReadBlock[] = [];
  #unsentChars = 0;
  #nextId = 0;
  /**
   * Nodes the last full read visited that are no block's share (after the last block, in
   * blocks of whitespace only): the size after reads of changes adds them (see `readChanges`).
   */
  #nodesOutsideBlocks = 0;

  constructor(
    readonly root: Node,
    readonly matcher: BlockMatcher,
  ) {}

  /** Ends the page's read: the matcher lets go of the page's text. */
  close(): void {
    this.matcher.close();
  }

  /**
   * The page was glanced at and names no one (see glance.ts): nothing of it is held, and the
   * size after later reads of changes counts the rest of the page as `nodes`.
   */
  holdNothing(nodes: number): void {
    this.#blocks = [];
    this.#unsent = [];
    this.#unsentChars = 0;
    this.#nodesOutsideBlocks = nodes;
    this.size = { nodes, longestText: 0, depth: 0 };
  }

  /** Steps that read the whole page. */
  *readAll(): Generator<void, void, void> {
    const out: WalkOutput = { blocks: [], shadowRoots: [] };
    const read = yield* this.walkAndRead(this.root, out);
    this.#blocks = read;
    const nodes = out.visited ?? 0;
    this.#nodesOutsideBlocks = Math.max(0, nodes - nodesInBlocks(read));
    this.size = { nodes, longestText: longestText(read), depth: out.depth ?? 0 };
    for (const shadowRoot of out.shadowRoots) this.shadowRoots.add(shadowRoot);
  }

  /**
   * Steps that read again what changed under `changed` (mutation records' targets), or the whole
   * page when the change is everywhere (`null`) or the change tools could not be had.
   */
  *readChanges(
    changed: ReadonlySet<Node> | null,
    tools: ChangeTools | null,
  ): Generator<void, void, void> {
    const regions = changed && tools ? tools.changedRegions(changed, this.root) : null;
    if (!regions || !tools) {
      yield* this.readAll();
      return;
    }
    const roots = new Set<Node>(regions.map((region) => region.root));
    const insideChanged = tools.insideTest(roots);
    let depth = this.size.depth;
    let kept: ReadBlock[] = [];
    // Blocks of the changed regions: one that comes back as it was is not read again.
    const dropped = new Map<Node, ReadBlock>();
    for (const [index, read] of this.#blocks.entries()) {
      if (index % 256 === 255) yield;
      const nodes = read.block.nodes;
      if (nodes.every((node) => node.isConnected) && !insideChanged(nodes[0] as Node)) {
        kept.push(read);
      } else {
        dropped.set(nodes[0] as Node, read);
      }
    }
    const regionReads: ReadBlock[][] = [];
    for (const region of regions) {
      if (!region.context) continue;
      const out: WalkOutput = { blocks: [], shadowRoots: [] };
      const read = yield* this.walkAndRead(region.root, out, region.context, (block) => {
        const before = dropped.get(block.nodes[0] as Node);
        return before && sameBlock(before, block) ? before : undefined;
      });
      if (read.length > 0) regionReads.push(read);
      for (const shadowRoot of out.shadowRoots) this.shadowRoots.add(shadowRoot);
      depth = Math.max(depth, out.depth ?? 0);
    }
    kept = yield* tools.insertInReadingOrder(kept, regionReads, anchorOf);
    this.#blocks = kept;
    // Only the changed regions were walked: the page's node count is its blocks' shares, those
    // of the regions as walked now. (Not counted by the browser: `getElementsByTagName("*")` on
    // 200,000 elements leaves a list of them all, which the garbage collector then traces in one
    // 60-80 ms step.) Depth only ever grows (a region's walk sees depth from the region down).
    this.size = {
      nodes: this.#nodesOutsideBlocks + nodesInBlocks(kept),
      longestText: longestText(kept),
      depth,
    };
  }

  /**
   * Steps that send the matcher every block it does not hold: those read since the last send,
   * or all of them when it lost what it held (see BlockMatcher.generation).
   */
  *sendSteps(): Generator<void, void, void> {
    // The findings are asked for next, and let go of what names nobody (see `mentionSteps`):
    // these sends want no answer of their own. (A short article is read in one such send.)
    this.#flush(false);
    for (const [index, read] of this.#blocks.entries()) {
      if (index % 1024 === 1023) yield;
      if (read.sentIn !== this.matcher.generation) yield* this.queue(read);
    }
    this.#flush(false);
  }

  /**
   * What the matcher found on the page as last read (after `sendSteps`); null when it lost some
   * of the blocks on the way: send, then ask again.
   */
  findings(): Promise<PageFindings | null> {
    if (this.#blocks.length === 0) return Promise.resolve({ spans: [], entities: [], named: [] });
    const doc = this.root.ownerDocument ?? (this.root as Document);
    return this.matcher.findings(
      this.#blocks.map((read) => read.id),
      declaredLanguage(doc.documentElement?.lang),
    );
  }

  /**
   * The page's mentions, as `findings` places them, in reading order, in steps of a few hundred
   * blocks (8,000 names take several slices). A mention that was there before (same block,
   * place and entity) is the same object, so its highlight stays as it is.
   */
  *mentionSteps(findings: PageFindings): Generator<void, PageMention[], void> {
    const doc = this.root.ownerDocument ?? (this.root as Document);
    const { spans, entities } = findings;
    const named = new Set(findings.named);
    const mentions: PageMention[] = [];
    // Shared by this read's new mentions: each element of the page is judged once.
    const articleParts = new ArticleParts(doc);
    let next = 0;
    for (const [index, read] of this.#blocks.entries()) {
      if (index % 256 === 255) yield;
      letGo([read], named);
      // `spans` are in reading order: this block's are the next ones.
      const from = next;
      while (spans[next] === read.id) next += 4;
      if (next === from && read.mentions.length === 0) continue;
      const before = new Map(read.mentions.map((m) => [spanKey(m.entity.id, m.start, m.end), m]));
      read.mentions = [];
      for (let at = from; at < next; at += 4) {
        const start = spans[at + 1] as number;
        const end = spans[at + 2] as number;
        const entity = entities[spans[at + 3] as number] as EntityHeader;
        if (end > read.text.length) continue;
        const mention =
          before.get(spanKey(entity.id, start, end)) ??
          pageMention(entity, read.block, start, end, articleParts);
        read.mentions.push(mention);
        mentions.push(mention);
      }
    }
    return mentions;
  }

  /**
   * Walks `root` and reads each block as soon as the walk has it (`known` may give one back as it
   * was read before). Blocks are read on the way, not after the walk, so that the text nodes of
   * those that name nobody are let go young: kept to the end of a walk of 200,000 elements, they
   * survived into the old generation and made the collections that followed long ones.
   */
  private *walkAndRead(
    root: Node,
    out: WalkOutput,
    context?: WalkContext,
    known: (block: TextBlock) => ReadBlock | undefined = () => undefined,
  ): Generator<void, ReadBlock[], void> {
    const read: ReadBlock[] = [];
    for (const _ of walkTextBlocks(root, out, context)) {
      yield* this.readWalked(out, read, known);
      yield;
    }
    yield* this.readWalked(out, read, known);
    return read;
  }

  /** Reads the blocks the walk has put in `out` onto `read`, and takes them out of `out`. */
  private *readWalked(
    out: WalkOutput,
    read: ReadBlock[],
    known: (block: TextBlock) => ReadBlock | undefined,
  ): Generator<void, void, void> {
    for (const block of out.blocks) read.push(known(block) ?? (yield* this.read(block)));
    out.blocks.length = 0;
  }

  private *read(block: TextBlock): Generator<void, ReadBlock, void> {
    const read: ReadBlock = {
      id: this.#nextId,
      sentIn: -1,
      block,
      text: block.text,
      textNodes: block.nodes.length,
      boilerplate: block.boilerplate,
      mentions: [],
    };
    this.#nextId += 1;
    yield* this.queue(read);
    return read;
  }

  /** Queues a block for the matcher; sends (and pauses) once a batch is full. */
  private *queue(read: ReadBlock): Generator<void, void, void> {
    if (read.text.length > CHARS_PER_BATCH) {
      yield* this.sendInParts(read);
      return;
    }
    this.#unsent.push(read);
    this.#unsentChars += read.text.length + CHARS_PER_BLOCK;
    if (this.#unsentChars >= CHARS_PER_BATCH) {
      this.#flush();
      yield;
    }
  }

  /** Sends a huge block in parts of a batch each, pausing after each. */
  private *sendInParts(read: ReadBlock): Generator<void, void, void> {
    this.#flush();
    const { id, text, boilerplate } = read;
    read.sentIn = this.matcher.generation;
    for (let at = 0; at < text.length; at += CHARS_PER_BATCH) {
      const part: SentBlock = { id, text: text.slice(at, at + CHARS_PER_BATCH), boilerplate };
      if (at > 0) part.offset = at;
      if (at + CHARS_PER_BATCH < text.length) part.continues = true;
      void this.matcher.scan([part]);
      yield;
    }
  }

  /**
   * Sends the queued blocks: the matcher scans them while the walk goes on, and says which name
   * nobody, whose text nodes are then let go (see `letGo`). Without `answer`, it says nothing
   * back (see `sendSteps`).
   */
  #flush(answer = true): void {
    if (this.#unsent.length === 0) return;
    const reads = this.#unsent;
    const batch: SentBlock[] = reads.map(({ id, text, boilerplate }) => ({
      id,
      text,
      boilerplate,
    }));
    // Read before sending: a send that finds the port closed moves the generation on.
    const generation = this.matcher.generation;
    for (const read of reads) read.sentIn = generation;
    this.#unsent = [];
    this.#unsentChars = 0;
    void this.matcher.scan(batch, answer).then((named) => {
      if (named) letGo(reads, new Set(named));
    });
  }
}

/**
 * Lets go of the text nodes of the blocks that name nobody but the first. Most blocks name
 * nobody; keeping all their nodes would keep a wrapper object alive for each (180,000 on a
 * 200,000-element page), which every garbage collection then walks (scavenges of 15-23 ms while
 * a page that large was read). The first node places the block in reading order and recognises
 * it again. Done as soon as the matcher answers each batch, so the others die young.
 */
function letGo(reads: readonly ReadBlock[], named: ReadonlySet<number>): void {
  for (const read of reads) {
    if (named.has(read.id) || read.block.nodes.length <= 1) continue;
    read.block = { ...read.block, nodes: read.block.nodes.slice(0, 1), starts: [0] };
  }
}

function nodesInBlocks(blocks: readonly ReadBlock[]): number {
  let count = 0;
  for (const { block } of blocks) count += block.walkedNodes;
  return count;
}

function longestText(blocks: readonly ReadBlock[]): number {
  let longest = 0;
  for (const { text } of blocks) longest = Math.max(longest, text.length);
  return longest;
}

/**
 * Whether a block walked again is the one read before. A block kept whole must have the same
 * nodes (its mentions' ranges are in them); one kept by its first node only (no name in it) the
 * same text from the same first node.
 */
function sameBlock(before: ReadBlock, walked: TextBlock): boolean {
  const a = before.block;
  if (a.text !== walked.text || a.boilerplate !== walked.boilerplate) return false;
  if (before.textNodes !== walked.nodes.length) return false;
  if (a.nodes.length < before.textNodes) return a.nodes[0] === walked.nodes[0];
  return a.nodes.every(
    (node, index) => node === walked.nodes[index] && a.starts[index] === walked.starts[index],
  );
}

function spanKey(entityId: string, start: number, end: number): string {
  return `${start}:${end}:${entityId}`;
}

/** Where a block is in reading order: its first text node. */
function anchorOf(read: ReadBlock): Node {
  return read.block.nodes[0] as Node;
}
