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
