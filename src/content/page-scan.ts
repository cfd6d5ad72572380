import tables from "virtual:backstory/matcher-tables";
import { detectMentions } from "../core/detect-mentions";
import type { EntityHeader } from "../core/matcher-tables";
import type { Mention } from "../core/mention";
import type { PageEntity } from "../core/messages";
import type { OwnEntity } from "../core/own-entities";
import { findOwnMentions, ownPatterns } from "../core/own-mentions";
import { declaredLanguage } from "../core/page-language";
import { collectTextBlocks, rangeForSpan, type TextBlock } from "./text-blocks";

/** A mention found on the page: its text as written, and the live range it covers. */
export interface PageMention {
  entity: EntityHeader;
  text: string;
  /** Made on first use: a page mentions thousands of names, a reader sees few highlighted. */
  readonly range: Range;
}

function pageMention(
  entity: EntityHeader,
  block: TextBlock,
  start: number,
  end: number,
): PageMention {
  let range: Range | null = null;
  return {
    entity,
    text: block.text.slice(start, end),
    get range() {
      range ??= rangeForSpan(block, start, end);
      return range;
    },
  };
}

export interface PageScan {
  mentions: PageMention[];
  /** Open shadow roots whose text was scanned: they need watching and our highlight styles. */
  shadowRoots: ShadowRoot[];
}

const entityById = new Map(tables.entities.map((entity) => [entity.id, entity]));

/** Every mention under `root`, the user's own entities included, in document order. */
export function scanPage(root: Node, ownEntities: readonly OwnEntity[] = []): PageScan {
  const shadowRoots: ShadowRoot[] = [];
  const blocks = collectTextBlocks(root, shadowRoots);
  const doc = root.ownerDocument ?? (root as Document);
  const bundled = detectMentions(blocks, tables, {
    declaredLang: declaredLanguage(doc.documentElement?.lang),
  });
  // The bundled directory is shared; a copy is made only when own entities join it.
  const headers = ownEntities.length === 0 ? entityById : withOwnHeaders(ownEntities);
  const mentions: PageMention[] = [];
  for (const mention of withOwnMentions(blocks, bundled, ownEntities)) {
    const block = blocks[mention.block];
    const entity = headers.get(mention.entityId);
    if (!block || !entity) continue;
    mentions.push(pageMention(entity, block, mention.start, mention.end));
  }
  return { mentions, shadowRoots };
}

function withOwnHeaders(ownEntities: readonly OwnEntity[]): Map<string, EntityHeader> {
  const headers = new Map(entityById);
  for (const own of ownEntities)
    headers.set(own.id, { id: own.id, name: own.name, type: own.type });
  return headers;
}

/**
 * Adds the user's own entities' mentions. They need no page context (the user asked for them)
 * and win where they overlap a bundled mention.
 */
function withOwnMentions(
  blocks: readonly TextBlock[],
  bundled: readonly Mention[],
  ownEntities: readonly OwnEntity[],
): Mention[] {
  if (ownEntities.length === 0) return [...bundled];
  const patterns = ownPatterns(ownEntities);
  const own: Mention[] = blocks.flatMap((block, index) =>
    findOwnMentions(block.text, patterns).map((found) => ({ ...found, block: index })),
  );
  const overlapsOwn = (mention: Mention) =>
    own.some((o) => o.block === mention.block && o.start < mention.end && mention.start < o.end);
  return [...bundled.filter((mention) => !overlapsOwn(mention)), ...own].sort(
    (a, b) => a.block - b.block || a.start - b.start,
  );
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
