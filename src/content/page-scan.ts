import tables from "virtual:backstory/matcher-tables";
import { detectMentions } from "../core/detect-mentions";
import type { EntityHeader } from "../core/matcher-tables";
import type { PageEntity } from "../core/messages";
import { declaredLanguage } from "../core/page-language";
import { collectTextBlocks, rangeForSpan } from "./text-blocks";

/** A mention found on the page, with the live range it covers. */
export interface PageMention {
  entity: EntityHeader;
  range: Range;
}

const entityById = new Map(tables.entities.map((entity) => [entity.id, entity]));

export function scanPage(root: Node): PageMention[] {
  const blocks = collectTextBlocks(root);
  const doc = root.ownerDocument ?? (root as Document);
  const mentions = detectMentions(blocks, tables, {
    declaredLang: declaredLanguage(doc.documentElement?.lang),
  });
  const found: PageMention[] = [];
  for (const mention of mentions) {
    const block = blocks[mention.block];
    const entity = entityById.get(mention.entityId);
    if (!block || !entity) continue;
    found.push({ entity, range: rangeForSpan(block, mention.start, mention.end) });
  }
  return found;
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
