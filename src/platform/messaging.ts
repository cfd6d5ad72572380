// The one place that talks to the browser's messaging API. Callers get typed, validated values.
import type { Runtime } from "webextension-polyfill";
import type { Lang } from "../core/dataset";
import { describeValue } from "../core/describe-value";
import { isRecord } from "../core/guards";
import {
  type BackgroundRequest,
  type ContentRequest,
  type EntityCard,
  type PageSummary,
  parseBackgroundRequest,
  parseContentRequest,
  parseEntityCard,
  parseEntityNames,
  parsePageSummary,
  parseRelationLines,
  type RelationLine,
} from "../core/messages";
import { type PageSettings, parsePageSettings } from "../core/page-settings";
import { browser } from "./extension-api";

type Unsubscribe = () => void;
/** Where a request came from: the tab of a content script, or null for an extension page. */
export interface RequestOrigin {
  tabId: number | null;
}

const droppedKinds = new Set<string>();
/**
 * A message that does not fit is dropped and logged once per kind: it is a bug or a probe, not
 * a user error, and a page or a loop sending thousands must not flood the console.
 */
function logDropped(kind: string, raw: unknown): void {
  if (droppedKinds.has(kind)) return;
  droppedKinds.add(kind);
  console.warn(`[Backstory] dropped ${kind}:`, describeValue(raw));
}

/** An answer parsed like a request: null stays null (nobody there), a malformed one is dropped. */
function parseAnswer<T>(raw: unknown, parse: (raw: unknown) => T | null, what: string): T | null {
  if (raw === null || raw === undefined) return null;
  const parsed = parse(raw);
  if (parsed === null) logDropped(`a malformed answer to ${what}`, raw);
  return parsed;
}

function listen<R>(
  parse: (raw: unknown) => R | null,
  answer: (request: R, origin: RequestOrigin) => unknown,
): Unsubscribe {
  const listener = (raw: unknown, sender: Runtime.MessageSender) => {
    // Only our own extension's scripts and pages may ask.
    if (sender.id !== browser.runtime.id) {
      logDropped("a message from another sender", raw);
      return undefined;
    }
    const request = parse(raw);
    if (request === null) {
      logDropped("a malformed message", raw);
      return undefined;
    }
    return Promise.resolve(answer(request, { tabId: sender.tab?.id ?? null }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Content script side: answer the popup and the background. */
export function onContentRequest(answer: (request: ContentRequest) => unknown): Unsubscribe {
  return listen(parseContentRequest, (request) => answer(request));
}

/** Background side: answer content scripts and pages. */
export function onBackgroundRequest(
  answer: (request: BackgroundRequest, origin: RequestOrigin) => unknown,
): Unsubscribe {
  return listen(parseBackgroundRequest, answer);
}

async function askBackground(request: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

export async function requestEntityCard(
  id: string,
  lang: "en" | "fr",
  pageIds: string[],
  asOf?: string,
): Promise<EntityCard | null> {
  const request: BackgroundRequest = { type: "get-entity-card", id, lang, pageIds };
  const raw = await askBackground(asOf === undefined ? request : { ...request, asOf });
  return parseAnswer(raw, parseEntityCard, "get-entity-card");
}

/**
 * The cards of a page's first names as of today, by id: kept as they come (the content script
 * only holds them), each checked with parseEntityCard where a card is made of it.
 */
export async function requestPageCards(
  lang: Lang,
  pageIds: string[],
): Promise<Record<string, unknown>> {
  const raw = await askBackground({ type: "get-page-cards", lang, pageIds });
  return isRecord(raw) ? raw : {};
}

export async function requestRelations(ids: string[], lang: Lang): Promise<RelationLine[]> {
  const raw = await askBackground({ type: "get-relations", ids, lang });
  return parseAnswer(raw, parseRelationLines, "get-relations") ?? [];
}

export async function requestEntityNames(ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  return parseEntityNames(await askBackground({ type: "get-entity-names", ids })) ?? {};
}

/** The dataset's entities that `text` (a mention as written) can stand for, by id. */
export async function requestEntitiesNamed(text: string): Promise<Record<string, string>> {
  const raw = await askBackground({ type: "get-entities-named", text });
  return parseAnswer(raw, parseEntityNames, "get-entities-named") ?? {};
}

/** The reader's settings for a page of `host`, from the background; null if it did not answer. */
export async function requestPageSettings(host: string): Promise<PageSettings | null> {
  const raw = await askBackground({ type: "get-page-settings", host });
  return parseAnswer(raw, parsePageSettings, "get-page-settings");
}

export async function requestToggleSite(host: string): Promise<void> {
  await askBackground({ type: "toggle-site-of", host });
}

export async function reportEntityCount(count: number, more: boolean): Promise<void> {
  await askBackground({ type: "report-entity-count", count, more }).catch(() => undefined);
}

/** Sends a request to a tab's content script; null where none runs there. */
export async function askTab(tabId: number, request: ContentRequest): Promise<unknown> {
  try {
    // The top frame speaks for the tab; frames run their own content script but stay quiet.
    return await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  } catch {
    // No content script in that tab (a site Backstory does not run on, or a browser page).
    return null;
  }
}

/** Background side: tells every frame of every tab that the settings changed (see ContentRequest). */
export async function tellTabsSettingsChanged(ownEntities: boolean): Promise<void> {
  const request: ContentRequest = { type: "settings-changed", ownEntities };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      // Tabs where no content script runs refuse the message: nothing to tell there.
      tab.id === undefined ? null : browser.tabs.sendMessage(tab.id, request).catch(() => null),
    ),
  );
}

export async function requestPageSummary(tabId: number): Promise<PageSummary | null> {
  return parseAnswer(
    await askTab(tabId, { type: "get-page-summary" }),
    parsePageSummary,
    "get-page-summary",
  );
}
