// The one place that talks to the browser's messaging API. Callers get typed, validated values.
import browser from "webextension-polyfill";
import {
  type BackgroundRequest,
  type ContentRequest,
  type EntityCard,
  type PageSummary,
  parseBackgroundRequest,
  parseContentRequest,
  parseEntityCard,
  parsePageSummary,
  parseRelationLines,
  type RelationLine,
} from "../core/messages";

type Unsubscribe = () => void;
/** Where a request came from: the tab of a content script, or null for an extension page. */
export interface RequestOrigin {
  tabId: number | null;
}

let droppedLogged = false;
/** A malformed message is dropped and logged once: it is a bug or a probe, not a user error. */
function logDropped(raw: unknown): void {
  if (droppedLogged) return;
  droppedLogged = true;
  console.warn("[Backstory] dropped a malformed message:", raw);
}

function listen<R>(
  parse: (raw: unknown) => R | null,
  answer: (request: R, origin: RequestOrigin) => unknown,
): Unsubscribe {
  const listener = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    // Only our own extension's scripts and pages may ask.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parse(raw);
    if (request === null) {
      logDropped(raw);
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
): Promise<EntityCard | null> {
  return parseEntityCard(await askBackground({ type: "get-entity-card", id, lang, pageIds }));
}

export async function requestRelations(ids: string[]): Promise<RelationLine[]> {
  return parseRelationLines(await askBackground({ type: "get-relations", ids })) ?? [];
}

export async function reportEntityCount(count: number): Promise<void> {
  await askBackground({ type: "report-entity-count", count }).catch(() => undefined);
}

/** Sends a request to a tab's content script; null where none runs there. */
export async function askTab(tabId: number, request: ContentRequest): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request);
  } catch {
    // No content script in that tab (a site Backstory does not run on, or a browser page).
    return null;
  }
}

export async function requestPageSummary(tabId: number): Promise<PageSummary | null> {
  return parsePageSummary(await askTab(tabId, { type: "get-page-summary" }));
}
