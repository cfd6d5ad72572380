import { loadMatcher, type Matcher } from "../core/matcher";
import type { EntityHeader, MatcherTables } from "../core/matcher-tables";
import type { OwnEntity } from "../core/own-entities";
import { findOwnMentions, type OwnMention, ownPatterns } from "../core/own-mentions";
import { declaredLanguage } from "../core/page-language";
import { resolveMentionSteps, type ScannedBlock } from "../core/resolve-mentions";
import { type BlockFindings, blockCursor, emptyFindings, scanBlockPart } from "../core/scan-block";
import { ArticleParts } from "./article-part";
import { changedRegions, compareReadingOrder, insideAny } from "./changed-regions";
import { type PageMention, pageMention } from "./page-mention";
import { type TextBlock, type WalkContext, type WalkOutput, walkTextBlocks } from "./text-blocks";

/** Characters read between two pauses: about a millisecond of work. */
const CHARS_PER_STEP = 16_384;
/** What reading one block costs besides its characters (finding its parts, its objects). */
const CHARS_PER_BLOCK = 256;

/** The matcher and entity directory of one set of tables, loaded once. */
const loaded = new WeakMap<
  MatcherTables,
  { matcher: Matcher; headers: Map<string, EntityHeader> }
>();

function load(tables: MatcherTables) {
  let entry = loaded.get(tables);
  if (!entry) {
    const headers = new Map(tables.entities.map((entity) => [entity.id, entity]));
    entry = { matcher: loadMatcher(tables), headers };
    loaded.set(tables, entry);
  }
  return entry;
}

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

/** A block of the page's text with what was found in it, kept until its text changes. */
interface ReadBlock extends ScannedBlock {
  /**
   * The block as walked. One with no name in it keeps only its first text node (see `read`):
   * no range is ever made in it.
   */
  block: TextBlock;
  /** How many text nodes the block had when walked. */
  textNodes: number;
  boilerplate: boolean;
  findings: BlockFindings;
  own: OwnMention[];
  /** Its mentions at the last `mentions()`: kept as they are (ranges and all) where they hold. */
  mentions: PageMention[];
}

/**
 * The page's text as Backstory last read it, block by block, and the mentions in it. Reading is
 * done in steps (generators that pause every millisecond or so), so the caller can run them in
 * slices; after a change only the changed blocks are read again.
 */
export class PageText {
  private blocks: ReadBlock[] = [];
  /** Open shadow roots met so far: they need watching and our highlight styles. */
  readonly shadowRoots = new Set<ShadowRoot>();
  /** How large the page is, as of the last read (see PageSize, and `readChanges`). */
  size: PageSize = { nodes: 0, longestText: 0, depth: 0 };
  private readonly ownPatterns: ReturnType<typeof ownPatterns>;
  private readonly headers: Map<string, EntityHeader>;
  private readonly matcher: Matcher;
  /**
   * Nodes the last full read visited that are no block's share (after the last block, in
   * blocks of whitespace only): the size after reads of changes adds them (see `readChanges`).
   */
  private nodesOutsideBlocks = 0;
  /** Characters scanned since the last pause (see `read`). */
  private charsSincePause = 0;

  constructor(
    private readonly root: Node,
    tables: MatcherTables,
    ownEntities: readonly OwnEntity[] = [],
  ) {
    const { matcher, headers } = load(tables);
    this.matcher = matcher;
    this.ownPatterns = ownPatterns(ownEntities);
    // The bundled directory is shared; a copy is made only when own entities join it.
    this.headers = ownEntities.length === 0 ? headers : new Map(headers);
    for (const own of ownEntities) {
      this.headers.set(own.id, { id: own.id, name: own.name, type: own.type });
    }
  }

  /** Steps that read the whole page. */
  *readAll(): Generator<void, void, void> {
    const out: WalkOutput = { blocks: [], shadowRoots: [] };
    const read = yield* this.walkAndRead(this.root, out);
    this.blocks = read;
    const nodes = out.visited ?? 0;
    this.nodesOutsideBlocks = Math.max(0, nodes - nodesInBlocks(read));
    this.size = { nodes, longestText: longestText(read), depth: out.depth ?? 0 };
    for (const shadowRoot of out.shadowRoots) this.shadowRoots.add(shadowRoot);
  }

  /**
   * Steps that read again what changed under `changed` (mutation records' targets), or the whole
   * page when the change is everywhere (`null`).
   */
  *readChanges(changed: ReadonlySet<Node> | null): Generator<void, void, void> {
    const regions = changed && changedRegions(changed, this.root);
    if (!regions) {
      yield* this.readAll();
      return;
    }
    const roots = new Set<Node>(regions.map((region) => region.root));
    let depth = this.size.depth;
    let kept: ReadBlock[] = [];
    // Blocks of the changed regions: one that comes back as it was is not read again.
    const dropped = new Map<Node, ReadBlock>();
    for (const [index, read] of this.blocks.entries()) {
      if (index % 256 === 255) yield;
      const nodes = read.block.nodes;
      if (nodes.every((node) => node.isConnected) && !insideAny(nodes[0] as Node, roots)) {
        kept.push(read);
      } else {
        dropped.set(nodes[0] as Node, read);
      }
    }
    for (const region of regions) {
      if (!region.context) continue;
      const out: WalkOutput = { blocks: [], shadowRoots: [] };
      const read = yield* this.walkAndRead(region.root, out, region.context, (block) => {
        const before = dropped.get(block.nodes[0] as Node);
        return before && sameBlock(before, block) ? before : undefined;
      });
      kept = insertInReadingOrder(kept, read);
      for (const shadowRoot of out.shadowRoots) this.shadowRoots.add(shadowRoot);
      depth = Math.max(depth, out.depth ?? 0);
    }
    this.blocks = kept;
    // Only the changed regions were walked: the page's node count is its blocks' shares, those
    // of the regions as walked now. (Not counted by the browser: `getElementsByTagName("*")` on
    // 200,000 elements leaves a list of them all, which the garbage collector then traces in one
    // 60-80 ms step.) Depth only ever grows (a region's walk sees depth from the region down).
    this.size = {
      nodes: this.nodesOutsideBlocks + nodesInBlocks(kept),
      longestText: longestText(kept),
      depth,
    };
  }

  /**
   * Every mention on the page as last read, in reading order, in steps of about a hundred blocks
   * (8,000 names take several slices). A mention that was there before (same block, place and
   * entity) is the same object, so its highlight stays as it is.
   */
  *mentionSteps(): Generator<void, PageMention[], void> {
    const doc = this.root.ownerDocument ?? (this.root as Document);
    const bundled = yield* resolveMentionSteps(this.blocks, this.matcher, {
      declaredLang: declaredLanguage(doc.documentElement?.lang),
    });
    const mentions: PageMention[] = [];
    // Shared by this read's new mentions: each element of the page is judged once.
    const articleParts = new ArticleParts(doc);
    let next = 0;
    for (const [index, read] of this.blocks.entries()) {
      if (index % 256 === 255) yield;
      // `bundled` is in reading order: this block's mentions are the next ones.
      let spans: Array<{ entityId: string; start: number; end: number }> = read.own;
      const from = next;
      while (bundled[next]?.block === index) next += 1;
      if (next > from) {
        const inBlock = bundled.slice(from, next);
        // The user's own entities win where they overlap a bundled mention.
        spans =
          read.own.length === 0
            ? inBlock
            : [
                ...read.own,
                ...inBlock.filter((m) => !read.own.some((o) => o.start < m.end && m.start < o.end)),
              ].sort((a, b) => a.start - b.start);
      }
      if (spans.length === 0 && read.mentions.length === 0) continue;
      const before = new Map(read.mentions.map((m) => [spanKey(m.entity.id, m.start, m.end), m]));
      read.mentions = [];
      for (const { entityId, start, end } of spans) {
        const entity = this.headers.get(entityId);
        if (!entity) continue;
        const mention =
          before.get(spanKey(entityId, start, end)) ??
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
    const findings = emptyFindings();
    const cursor = blockCursor();
    while (!scanBlockPart(block.text, this.matcher, findings, cursor, CHARS_PER_STEP)) yield;
    // Small blocks are read many to a step: a pause per block (5,000 on a long page) cost more
    // in resuming steps and reading the clock than the scanning itself.
    this.charsSincePause += block.text.length + CHARS_PER_BLOCK;
    if (this.charsSincePause >= CHARS_PER_STEP) {
      this.charsSincePause = 0;
      yield;
    }
    const own = this.ownPatterns.length > 0 ? findOwnMentions(block.text, this.ownPatterns) : [];
    // Most blocks name nobody. Keeping all their text nodes would keep a wrapper object alive
    // for each (180,000 on a 200,000-element page), which every garbage collection then walks;
    // the first node is enough to place the block in reading order and to recognise it again.
    const named = findings.names.length > 0 || own.length > 0;
    return {
      block: named ? block : { ...block, nodes: block.nodes.slice(0, 1), starts: [0] },
      textNodes: block.nodes.length,
      text: block.text,
      boilerplate: block.boilerplate,
      findings,
      own,
      mentions: [],
    };
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

/** `blocks` with those of one region (in order among themselves) put where they belong. */
function insertInReadingOrder(blocks: ReadBlock[], region: ReadBlock[]): ReadBlock[] {
  const first = region[0]?.block.nodes[0];
  if (!first) return blocks;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const node = blocks[mid]?.block.nodes[0] as Node;
    if (compareReadingOrder(node, first) < 0) low = mid + 1;
    else high = mid;
  }
  // Not `splice(low, 0, ...region)`: a region of 100,000 blocks would overflow the call stack.
  return [...blocks.slice(0, low), ...region, ...blocks.slice(low)];
}
