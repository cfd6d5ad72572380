// Every message between the content script, the popup and the background is declared here
// and parsed where it arrives: anything that does not fit is dropped.
import type { EntityType, Lang } from "./dataset";
import { ENTITY_TYPES, LANGS } from "./dataset";

export interface PageEntity {
  id: string;
  name: string;
  type: EntityType;
  /** How many times the page mentions it. */
  count: number;
}

export interface PageSummary {
  url: string;
  entities: PageEntity[];
}

/** What the card shows; the background answers it from the facts index. */
export interface EntityCard {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  wikipediaUrl: string | null;
}

/** Sent to a tab's content script. */
export type ContentRequest = { type: "get-page-summary" };

/** Sent to the background. */
export type BackgroundRequest = { type: "get-entity-card"; id: string; lang: Lang };

export function parseContentRequest(raw: unknown): ContentRequest | null {
  if (isRecord(raw) && raw.type === "get-page-summary") return { type: "get-page-summary" };
  return null;
}

export function parseBackgroundRequest(raw: unknown): BackgroundRequest | null {
  if (!isRecord(raw) || raw.type !== "get-entity-card") return null;
  const { id, lang } = raw;
  if (!isEntityId(id) || !isLang(lang)) return null;
  return { type: "get-entity-card", id, lang };
}

export function parsePageSummary(raw: unknown): PageSummary | null {
  if (!isRecord(raw) || typeof raw.url !== "string" || !Array.isArray(raw.entities)) return null;
  const entities: PageEntity[] = [];
  for (const item of raw.entities) {
    if (!isRecord(item)) return null;
    const { id, name, type, count } = item;
    if (!isEntityId(id) || typeof name !== "string" || !isEntityType(type)) return null;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return null;
    entities.push({ id, name, type, count });
  }
  return { url: raw.url, entities };
}

export function parseEntityCard(raw: unknown): EntityCard | null {
  if (!isRecord(raw)) return null;
  const { id, name, type, summary, wikipediaUrl } = raw;
  if (!isEntityId(id) || typeof name !== "string" || !isEntityType(type)) return null;
  if (typeof summary !== "string") return null;
  if (wikipediaUrl !== null && !(typeof wikipediaUrl === "string" && isHttpsUrl(wikipediaUrl))) {
    return null;
  }
  return { id, name, type, summary, wikipediaUrl };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEntityId(value: unknown): value is string {
  return (
    typeof value === "string" && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length < 100
  );
}

function isEntityType(value: unknown): value is EntityType {
  return (ENTITY_TYPES as readonly unknown[]).includes(value);
}

function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

export function isHttpsUrl(value: string): boolean {
  return /^https:\/\/[^\s/]+\.[^\s/]+/.test(value);
}
