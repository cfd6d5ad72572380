import type Browser from "webextension-polyfill";

/**
 * The WebExtension API with promises, for the scripts that run in pages: the content script and
 * the card UI, compiled on every page. It is the browser's own `browser` namespace: Firefox has
 * always had it, Chromium from 148 (the manifest's `minimum_chrome_version`), where a
 * `runtime.onMessage` listener may answer with a promise. That answer was all these scripts took
 * from webextension-polyfill (10 KB); the extension's own pages and background, compiled once,
 * keep using it, a pass-through wherever `browser` exists.
 */
export const browser = (globalThis as unknown as { browser: typeof Browser }).browser;
