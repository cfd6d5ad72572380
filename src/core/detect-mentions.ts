import type { Lang } from "./dataset";
import { loadMatcher } from "./matcher";
import type { MatcherTables } from "./matcher-tables";
import type { Mention } from "./mention";
import { resolveMentions, type ScannedBlock } from "./resolve-mentions";
import { scanBlock } from "./scan-block";

/** A block of the page's visible text (see content/text-blocks). */
export interface BlockText {
  text: string;
  /** Navigation, header or footer. */
  boilerplate?: boolean;
}

export interface DetectOptions {
  /** The language the page declares (`<html lang>`), if English or French. */
  declaredLang?: Lang | null;
}

/**
 * Finds the entity mentions in a page's text blocks, in document order.
 *
 * Two steps, so a long page can be scanned in slices: `scanBlock` on each block (linear in its
 * length, independent of the others), then `resolveMentions` once over all of them (cheap: it
 * weighs the hits against the page's context). Leftmost-longest: where aliases overlap, the one
 * that starts first wins, then the longest ("Sequoia Capital" over "Sequoia").
 */
export function detectMentions(
  blocks: readonly BlockText[],
  tables: MatcherTables,
  options: DetectOptions = {},
): Mention[] {
  const matcher = loadMatcher(tables);
  const scanned: ScannedBlock[] = blocks.map((block) => ({
    text: block.text,
    boilerplate: block.boilerplate === true,
    findings: scanBlock(block.text, matcher),
  }));
  return resolveMentions(scanned, matcher, { declaredLang: options.declaredLang ?? null });
}
