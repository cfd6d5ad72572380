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
} from "../core/messages";

type Unsubscribe = () => void;

/** Content script side: answer requests from the popup. */
export function onContentRequest(answer: (request: ContentRequest) => unknown): Unsubscribe {
  const listener = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    // Only our own extension's pages may ask; anything malformed is dropped.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(raw);
    return request ? Promise.resolve(answer(request)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Background side: answer requests from content scripts and pages. */
export function onBackgroundRequest(answer: (request: BackgroundRequest) => unknown): Unsubscribe {
  const listener = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(raw);
    return request ? Promise.resolve(answer(request)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export async function requestEntityCard(id: string, lang: "en" | "fr"): Promise<EntityCard | null> {
  const request: BackgroundRequest = { type: "get-entity-card", id, lang };
  return parseEntityCard(await browser.runtime.sendMessage(request));
}

/** Popup side: what the content script of a tab found. Null where none runs there. */
export async function requestPageSummary(tabId: number): Promise<PageSummary | null> {
  const request: ContentRequest = { type: "get-page-summary" };
  try {
    return parsePageSummary(await browser.tabs.sendMessage(tabId, request));
  } catch {
    // No content script in that tab (not a news site, or a browser page).
    return null;
  }
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function browserLanguage(): string {
  return browser.i18n.getUILanguage();
}
