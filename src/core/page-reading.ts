// What the background knows of one page being read: its blocks of text, what was found in each,
// and the mentions that follow from all of them. The content script walks the page and sends
// its blocks here (page-read-messages.ts); the matcher runs here, off the page's thread.
import type { Lang } from "./dataset";
import type { Matcher } from "./matcher";
import type { EntityHeader } from "./matcher-tables";
import { MAX_PATTERN_LENGTH } from "./matcher-tables";
import type { OwnEntity } from "./own-entities";
import { findOwnMentions, type OwnMention, ownPatterns } from "./own-mentions";
import { resolveMentions, type ScannedBlock } from "./resolve-mentions";
import { blockCursor, emptyFindings, scanBlock, scanBlockPart } from "./scan-block";

/** Characters a glance scans between checks for a first name (it stops at the first). */
const GLANCE_PART = 65_536;

/** One block of the page's text, as the content script sends it. */
export interface SentBlock {
  /** Chosen by the content script, unique on its page for as long as the block is unchanged. */
  id: number;
  text: string;
  /** Navigation, header, footer or aside: matched, but no evidence that the page is on topic. */
  boilerplate: boolean;
  /**
   * The text goes on in the next part sent with this id: a huge block (a 10 MB text node) is
   * sent in parts, each copied out of the page's thread in a slice of its own.
   */
  continues?: true;
  /** Where this part starts in the block's text: given for every part but the first. */
  offset?: number;
}

/** The mentions of the page, in reading order. */
export interface PageFindings {
  /** Flat quadruples: block id, start, end, index into `entities`. */
  spans: number[];
  /** The entities named, each once. */
  entities: EntityHeader[];
  /**
   * Blocks in which any name was found, mention or not: the others can never hold one while
   * their text is unchanged, so the content script lets go of their text nodes.
   */
  named: number[];
}

interface KnownBlock extends ScannedBlock {
  own: OwnMention[];
}

export class PageReading {
  /** The end of the last glance's text: a name may begin there and end in the next one. */
  private glanceTail = "";
  private readonly blocks = new Map<number, KnownBlock>();
  /** The parts so far of blocks sent in parts, and their length. */
  private readonly parts = new Map<number, { texts: string[]; length: number }>();
  private readonly ownPatterns: ReturnType<typeof ownPatterns>;
  private readonly ownHeaders: Map<string, EntityHeader>;

  constructor(
    private readonly matcher: Matcher,
    ownEntities: readonly OwnEntity[] = [],
  ) {
    this.ownPatterns = ownPatterns(ownEntities);
    this.ownHeaders = new Map(
      ownEntities.map((own) => [own.id, { id: own.id, name: own.name, type: own.type }]),
    );
  }

  /**
   * Scans blocks as they arrive: by the time the page asks for its mentions, most are done.
   * Returns the ids of those (whole) in which any name was found (see PageFindings.named).
   */
  add(blocks: readonly SentBlock[]): number[] {
    const named: number[] = [];
    for (const { id, text: part, boilerplate, continues, offset } of blocks) {
      const parts = offset === undefined ? { texts: [], length: 0 } : this.parts.get(id);
      this.parts.delete(id);
      // A part that does not follow the last one is dropped with those before it: the block
      // stays unknown, and the page sends it again when it asks for its findings.
      if (!parts || parts.length !== (offset ?? 0)) continue;
      parts.texts.push(part);
      parts.length += part.length;
      if (continues) {
        this.parts.set(id, parts);
        continue;
      }
      const text = parts.texts.length === 1 ? part : parts.texts.join("");
      const own = this.ownPatterns.length > 0 ? findOwnMentions(text, this.ownPatterns) : [];
      const findings = scanBlock(text, this.matcher);
      this.blocks.set(id, { text, boilerplate, findings, own });
      if (findings.names.length > 0 || own.length > 0) named.push(id);
    }
    return named;
  }

  /**
   * Whether `text`, the page's text nodes run together in document order (in one or more
   * parts, see content/glance.ts), may name anyone: the early "not for us" that spares a page
   * with no name the reading in blocks. It errs towards yes: hidden text and scripts count, and
   * where blocks run together (nothing is put between them) a lower-case letter then a capital counts as a
   * word boundary ("roundOpenAI", "NvidiaBeats"). It misses only a name glued to a word of the
   * block before or after it without that change of case ("FundingxAI", "ROUNDOPENAI"); a page
   * is passed over only if every name on it is so.
   */
  glance(text: string): boolean {
    const joined = this.glanceTail + text;
    // A name cut between two parts is found in the next: it begins in this tail.
    this.glanceTail = joined.slice(-MAX_PATTERN_LENGTH);
    if (this.ownPatterns.length > 0 && findOwnMentions(joined, this.ownPatterns).length > 0) {
      return true;
    }
    const findings = emptyFindings();
    const cursor = blockCursor();
    let done = false;
    while (!done && findings.names.length === 0) {
      done = scanBlockPart(joined, this.matcher, findings, cursor, GLANCE_PART, true);
    }
    return findings.names.length > 0;
  }

  /**
   * The mentions of the page whose blocks are, in reading order, `order`. Blocks not in it are
   * forgotten. Null when a block of `order` was never sent (this reading started after the
   * page's first one, e.g. in a background woken again): the page must send them all.
   */
  findings(order: readonly number[], declaredLang: Lang | null): PageFindings | null {
    const blocks: KnownBlock[] = [];
    for (const id of order) {
      const block = this.blocks.get(id);
      if (!block) return null;
      blocks.push(block);
    }
    if (this.blocks.size > order.length) {
      const keep = new Set(order);
      for (const id of this.blocks.keys()) if (!keep.has(id)) this.blocks.delete(id);
    }
    const bundled = resolveMentions(blocks, this.matcher, { declaredLang });
    const spans: number[] = [];
    const entityIndex = new Map<string, number>();
    const entities: EntityHeader[] = [];
    const push = (block: number, { entityId, start, end }: OwnMention) => {
      const header = this.ownHeaders.get(entityId) ?? headersOf(this.matcher).get(entityId);
      if (!header) return;
      let index = entityIndex.get(entityId);
      if (index === undefined) {
        index = entities.push(header) - 1;
        entityIndex.set(entityId, index);
      }
      spans.push(order[block] as number, start, end, index);
    };
    let next = 0;
    const named: number[] = [];
    blocks.forEach(({ own, findings }, index) => {
      if (findings.names.length > 0 || own.length > 0) named.push(order[index] as number);
      // `bundled` is in reading order: this block's mentions are the next ones.
      const from = next;
      while (bundled[next]?.block === index) next += 1;
      const inBlock = bundled.slice(from, next);
      // The user's own entities win where they overlap a bundled mention.
      const spansHere =
        own.length === 0
          ? inBlock
          : [
              ...own,
              ...inBlock.filter((m) => !own.some((o) => o.start < m.end && m.start < o.end)),
            ].sort((a, b) => a.start - b.start);
      for (const span of spansHere) push(index, span);
    });
    return { spans, entities, named };
  }
}

const headers = new WeakMap<Matcher, Map<string, EntityHeader>>();

/** The bundled entities by id, indexed once per matcher. */
function headersOf(matcher: Matcher): Map<string, EntityHeader> {
  let byId = headers.get(matcher);
  if (!byId) {
    byId = new Map(matcher.tables.entities.map((entity) => [entity.id, entity]));
    headers.set(matcher, byId);
  }
  return byId;
}

/**
 * Where a page's blocks are matched: the background, over a port (content/background-matcher),
 * or in place (tests, tools). `generation` changes when it loses what it was sent: every block
 * must then be sent again before asking for findings.
 */
export interface BlockMatcher {
  readonly generation: number;
  /** See PageReading.glance; null if the text was lost on the way. */
  glance(text: string): Promise<boolean | null>;
  /**
   * Sends blocks to scan; resolves to the ids of those with a name in them, or null if they
   * were lost on the way. With `answer` false, nothing is asked back (the resolved value may be
   * null): the findings that follow say the same.
   */
  scan(blocks: readonly SentBlock[], answer?: boolean): Promise<number[] | null>;
  findings(order: readonly number[], declaredLang: Lang | null): Promise<PageFindings | null>;
  close(): void;
}

/** A block matcher running in place, on a reading of its own. */
export function localBlockMatcher(matcher: Matcher, ownEntities: readonly OwnEntity[] = []) {
  const reading = new PageReading(matcher, ownEntities);
  return {
    generation: 0,
    glance: async (text: string) => reading.glance(text),
    scan: async (blocks: readonly SentBlock[]) => reading.add(blocks),
    findings: async (order: readonly number[], declaredLang: Lang | null) =>
      reading.findings(order, declaredLang),
    close: () => undefined,
  } satisfies BlockMatcher;
}
