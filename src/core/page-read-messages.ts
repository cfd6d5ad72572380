// The messages of a page read, between the content script and the background, over a port of
// their own (one per page): declared here, parsed where they arrive; anything that does not
// fit is dropped.
import { ENTITY_TYPES, LANGS, type Lang } from "./dataset";
import { isEntityId, isRecord } from "./guards";
import type { EntityHeader } from "./matcher-tables";
import type { PageFindings, SentBlock } from "./page-reading";

/** The port's name: the background knows a page read by it. */
export const PAGE_READ_PORT = "backstory:page-read";

/** Sent by the content script. */
export type PageReadRequest =
  /** The page's text, its text nodes run together in document order, in parts: may it name anyone? */
  | { type: "glance"; text: string }
  /**
   * Blocks to scan, new or changed since they were last sent; `quiet` when no "scanned" answer
   * is wanted (a "findings" request follows at once).
   */
  | { type: "blocks"; blocks: SentBlock[]; quiet?: true }
  /** The page's mentions, now that its blocks are, in reading order, `order`. */
  | { type: "findings"; seq: number; order: number[]; declaredLang: Lang | null };

/** Sent by the background, in the order of the requests they answer. */
export type PageReadReply =
  /** After each "glance": whether the page's text so far may name anyone. */
  | { type: "glanced"; named: boolean }
  /** After each "blocks": those in which any name was found (the page lets go of the others). */
  | { type: "scanned"; named: number[] }
  /** In answer to "findings" number `seq`. */
  | {
      type: "findings";
      seq: number;
      /** Null: some blocks of `order` are unknown here; the page must send them all again. */
      findings: PageFindings | null;
    };

const MAX_NAME_LENGTH = 300;

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isCountList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every(isCount);
}

function isSentBlock(value: unknown): value is SentBlock {
  return (
    isRecord(value) &&
    isCount(value.id) &&
    typeof value.text === "string" &&
    typeof value.boilerplate === "boolean" &&
    (value.continues === undefined || value.continues === true) &&
    (value.offset === undefined || isCount(value.offset))
  );
}

function isEntityHeader(value: unknown): value is EntityHeader {
  return (
    isRecord(value) &&
    isEntityId(value.id) &&
    typeof value.name === "string" &&
    value.name.length > 0 &&
    value.name.length <= MAX_NAME_LENGTH &&
    (ENTITY_TYPES as readonly unknown[]).includes(value.type)
  );
}

export function parsePageReadRequest(raw: unknown): PageReadRequest | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case "glance":
      return typeof raw.text === "string" ? { type: raw.type, text: raw.text } : null;
    case "blocks": {
      const { blocks, quiet } = raw;
      if (!Array.isArray(blocks) || !blocks.every(isSentBlock)) return null;
      if (quiet !== undefined && quiet !== true) return null;
      return {
        type: raw.type,
        ...(quiet ? { quiet } : {}),
        blocks: blocks.map(({ id, text, boilerplate, continues, offset }) => ({
          id,
          text,
          boilerplate,
          ...(continues ? { continues } : {}),
          ...(offset === undefined ? {} : { offset }),
        })),
      };
    }
    case "findings": {
      const { seq, order, declaredLang } = raw;
      const lang = declaredLang === null || (LANGS as readonly unknown[]).includes(declaredLang);
      if (!isCount(seq) || !isCountList(order) || !lang) return null;
      return { type: raw.type, seq, order, declaredLang: declaredLang as Lang | null };
    }
    default:
      return null;
  }
}

export function parsePageReadReply(raw: unknown): PageReadReply | null {
  if (isRecord(raw) && raw.type === "glanced") {
    return typeof raw.named === "boolean" ? { type: "glanced", named: raw.named } : null;
  }
  if (isRecord(raw) && raw.type === "scanned") {
    return isCountList(raw.named) ? { type: "scanned", named: raw.named } : null;
  }
  if (!isRecord(raw) || raw.type !== "findings" || !isCount(raw.seq)) return null;
  if (raw.findings === null) return { type: "findings", seq: raw.seq, findings: null };
  const findings = raw.findings;
  if (!isRecord(findings)) return null;
  const { spans, entities, named } = findings;
  if (!isCountList(spans) || spans.length % 4 !== 0 || !isCountList(named)) return null;
  if (!Array.isArray(entities) || !entities.every(isEntityHeader)) return null;
  for (let at = 0; at < spans.length; at += 4) {
    const start = spans[at + 1] as number;
    const end = spans[at + 2] as number;
    if (end <= start || (spans[at + 3] as number) >= entities.length) return null;
  }
  return {
    type: "findings",
    seq: raw.seq,
    findings: {
      spans,
      named,
      entities: entities.map(({ id, name, type }) => ({ id, name, type })),
    },
  };
}
