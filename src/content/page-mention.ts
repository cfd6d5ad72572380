import type { EntityHeader } from "../core/matcher-tables";
import type { PageEntity } from "../core/messages";
import type { ArticleParts } from "./article-part";
import { locateOffset, rangeForSpan, type TextBlock } from "./text-blocks";

/** A mention found on the page: its text as written, and the live range it covers. */
export interface PageMention {
  entity: EntityHeader;
  text: string;
  /** Where it sits in its block: a rescan keeps the mention (and its range) if this holds. */
  start: number;
  end: number;
  /**
   * Made on first use: a page mentions thousands of names, a reader sees few highlighted. Static:
   * it does not follow changes to the page (a read of them makes new mentions); its geometry is
   * read through span-geometry.ts.
   */
  readonly range: StaticRange;
  /** In the article's headline or body (see ArticleParts.contains); worked out on first use. */
  readonly inArticle: boolean;
}

export function pageMention(
  entity: EntityHeader,
  block: TextBlock,
  start: number,
  end: number,
  articleParts: ArticleParts,
): PageMention {
  return new BlockMention(entity, block, start, end, articleParts);
}

/**
 * A mention in a block of the page's text. A class, not an object literal with getters: such a
 * literal makes two functions and a context for each of a long page's 8,000 mentions.
 */
class BlockMention implements PageMention {
  readonly text: string;
  #range: StaticRange | null = null;
  #inArticle: boolean | null = null;

  constructor(
    readonly entity: EntityHeader,
    private readonly block: TextBlock,
    readonly start: number,
    readonly end: number,
    private readonly articleParts: ArticleParts,
  ) {
    this.text = block.text.slice(start, end);
  }

  get range(): StaticRange {
    this.#range ??= rangeForSpan(this.block, this.start, this.end);
    return this.#range;
  }

  get inArticle(): boolean {
    this.#inArticle ??= this.articleParts.contains(
      locateOffset(this.block, this.start, false).node,
    );
    return this.#inArticle;
  }
}

/** Entities in order of first appearance, with how often each is mentioned. */
export function summariseMentions(mentions: readonly PageMention[]): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  for (const { entity } of mentions) {
    const seen = byId.get(entity.id);
    if (seen) seen.count += 1;
    else byId.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, count: 1 });
  }
  return [...byId.values()];
}
