import browser from "webextension-polyfill";
import { badgeText } from "../core/badge-text";

export interface TabInfo {
  id: number;
  /** Known for the active tab once the user clicked the toolbar button (activeTab). */
  url: string | null;
}

export async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

export async function tabById(tabId: number): Promise<TabInfo | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  } catch {
    return null;
  }
}

/** The badge on the toolbar icon: the entities on the tab's page (see badgeText). */
export async function setBadgeCount(tabId: number, count: number, more: boolean): Promise<void> {
  const text = badgeText(count, more);
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: "#1d4ed8" }).catch(() => undefined);
}

export function onCommand(callback: (command: string) => void): () => void {
  browser.commands.onCommand.addListener(callback);
  return () => browser.commands.onCommand.removeListener(callback);
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
