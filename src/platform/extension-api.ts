import type Browser from "webextension-polyfill";

type MessageListener = (message: unknown, sender: Browser.Runtime.MessageSender) => unknown;
type ChromeListener = (
  message: unknown,
  sender: Browser.Runtime.MessageSender,
  sendResponse: (response: unknown) => void,
) => boolean | undefined;
interface ChromeEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
  hasListener(listener: L): boolean;
}

/**
 * Chromium's `runtime.onMessage` with promise answers: a listener that returns a promise answers
 * with what it resolves to (Chromium's own listeners answer through `sendResponse`).
 */
function promiseAnswers(native: ChromeEvent<ChromeListener>) {
  const bridged = new Map<MessageListener, ChromeListener>();
  return {
    addListener(listener: MessageListener) {
      const bridge: ChromeListener = (message, sender, sendResponse) => {
        const answer = listener(message, sender);
        if (!(answer instanceof Promise)) return undefined;
        answer.then(sendResponse, (error: unknown) => {
          console.warn("[Backstory] a message listener failed:", error);
          sendResponse(undefined);
        });
        return true;
      };
      bridged.set(listener, bridge);
      native.addListener(bridge);
    },
    removeListener(listener: MessageListener) {
      const bridge = bridged.get(listener);
      bridged.delete(listener);
      if (bridge) native.removeListener(bridge);
    },
    hasListener: (listener: MessageListener) => bridged.has(listener),
  };
}

/**
 * The WebExtension API with promises, for the scripts that run in pages: the content script and
 * the card UI, compiled on every page. Firefox's `browser` is that already. Chromium's Manifest V3
 * `chrome` returns promises from every call the content script makes; it differs only in how a
 * `runtime.onMessage` listener answers, bridged here. webextension-polyfill does this and more
 * for every API (10 KB); the extension's own pages and background, compiled once, keep using it.
 */
function extensionApi(): typeof Browser {
  const scope = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };
  if (scope.browser?.runtime?.id) return scope.browser;
  const chrome = scope.chrome as typeof Browser;
  const onMessage = promiseAnswers(
    chrome.runtime.onMessage as unknown as ChromeEvent<ChromeListener>,
  );
  const runtime = new Proxy(chrome.runtime, {
    get: (target, key) => (key === "onMessage" ? onMessage : Reflect.get(target, key)),
  });
  return new Proxy(chrome, {
    get: (target, key) => (key === "runtime" ? runtime : Reflect.get(target, key)),
  });
}

export const browser = extensionApi();
