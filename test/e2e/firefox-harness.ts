// Drives the Firefox build in Debian's firefox-esr through puppeteer-core's WebDriver BiDi
// support. Pages are answered from fixtures by request interception: no network.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { FIXTURES_DIR } from "./harness";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const FIREFOX_EXTENSION_DIR = resolve("dist/firefox");
const ADDON_ID = "backstory@backstory-extension.org";
/** Pinned so the tests know the extension's moz-extension:// address. */
export const FIREFOX_EXTENSION_UUID = "5f0c2a3e-6b7d-4c1e-9a8b-0d2e4f6a8c10";

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets WebDriver BiDi navigate a tab to a moz-extension:// page (the popup, the options);
    // without it Firefox refuses: "Navigation … is not allowed in this context".
    args: ["-remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      // Keep Firefox off the network: no updates, telemetry or remote settings.
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": 9,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": 9,
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}

/** Opens `url` in a new tab, answered with a fixture; every other request is refused. */
export async function openFixture(browser: Browser, url: string, fixture: string): Promise<Page> {
  const body = readFileSync(join(FIXTURES_DIR, fixture), "utf8");
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url() === url) {
      void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body });
    } else if (request.url().startsWith("moz-extension://")) void request.continue();
    else void request.abort();
  });
  await page.goto(url);
  return page;
}

export function extensionPageUrl(path: string): string {
  return `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
}

/**
 * Navigates `page` to one of the extension's pages. puppeteer's `page.goto` waits for a load
 * event it never sees once the tab moves into the extension's process, so the navigation is
 * sent as a raw WebDriver BiDi command (allowed by -remote-allow-system-access). The browsing
 * context id and the BiDi connection are puppeteer internals: checked, not assumed.
 */
async function navigateToExtensionPage(browser: Browser, page: Page, path: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { _id?: unknown })._id;
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (typeof context !== "string" || typeof connection?.send !== "function") {
    throw new Error("puppeteer-core's BiDi internals changed: no browsing context id");
  }
  await connection.send("browsingContext.navigate", {
    context,
    url: extensionPageUrl(path),
    wait: "complete",
  });
}

interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

/** Opens one of the extension's pages (popup, options) in a new tab. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await navigateToExtensionPage(browser, page, path);
  return page;
}

/**
 * The toolbar popup, opened as a tab that summarises the tab showing `url`: the same page as
 * the real popup, told which tab to ask with ?tabId=N (as in the Chromium tests). Without the
 * "tabs" permission the extension cannot look tabs up by address, so it asks each tab's
 * content script for its page summary and takes the one at `url`.
 */
export async function openPopupForUrl(browser: Browser, url: string): Promise<Page> {
  const popup = await openExtensionPage(browser, "src/pages/popup/index.html");
  const tabId = await popup.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: FirefoxTabsApi }).browser;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const summary = await api.tabs
        .sendMessage(tab.id, { type: "get-page-summary" })
        .catch(() => null);
      if (summary?.url === wanted) return tab.id;
    }
    return null;
  }, url);
  if (tabId === null) throw new Error(`no tab with Backstory running at ${url}`);
  await navigateToExtensionPage(browser, popup, `src/pages/popup/index.html?tabId=${tabId}`);
  return popup;
}

interface FirefoxTabsApi {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: object): Promise<{ url?: string } | null>;
  };
}
