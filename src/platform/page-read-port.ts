// The port a page read goes through: the content script sends the page's blocks of text, the
// background answers with the mentions in them. Both ends parse what they receive.

import { describeValue } from "../core/describe-value";
import {
  PAGE_READ_PORT,
  type PageReadReply,
  type PageReadRequest,
  parsePageReadReply,
  parsePageReadRequest,
} from "../core/page-read-messages";
import { browser } from "./extension-api";

/** The content script's end of one page read. */
export interface PageReadConnection {
  /** Throws once the port is closed (the background went to sleep, or the extension reloaded). */
  post(request: PageReadRequest): void;
  close(): void;
}

let warned = false;
function warnOnce(what: string, raw: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`[Backstory] dropped ${what}:`, describeValue(raw));
}

/**
 * Opens a page read (waking the background if it sleeps). `onLost` is called once if the
 * background closes it: whatever it held of the page is gone.
 */
export function connectPageRead(
  onReply: (reply: PageReadReply) => void,
  onLost: () => void,
): PageReadConnection {
  const port = browser.runtime.connect({ name: PAGE_READ_PORT });
  port.onMessage.addListener((raw: unknown) => {
    const reply = parsePageReadReply(raw);
    if (reply) onReply(reply);
    else warnOnce("a malformed page-read reply", raw);
  });
  port.onDisconnect.addListener(() => onLost());
  return {
    post: (request) => port.postMessage(request),
    close: () => port.disconnect(),
  };
}

/** The background's end of one page read. */
export interface PageReadClient {
  onRequest(listener: (request: PageReadRequest) => void): void;
  reply(reply: PageReadReply): void;
  onClose(listener: () => void): void;
  close(): void;
}

/** Background side: each content script that opens a page read, from this extension only. */
export function onPageReads(open: (client: PageReadClient) => void): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_READ_PORT) return;
    if (port.sender?.id !== browser.runtime.id || !port.sender.tab) {
      port.disconnect();
      return;
    }
    let closed = false;
    port.onDisconnect.addListener(() => {
      closed = true;
    });
    open({
      onRequest(listener) {
        port.onMessage.addListener((raw: unknown) => {
          const request = parsePageReadRequest(raw);
          if (request) listener(request);
          else warnOnce("a malformed page-read request", raw);
        });
      },
      reply(reply) {
        if (!closed) port.postMessage(reply);
      },
      onClose(listener) {
        port.onDisconnect.addListener(() => listener());
      },
      close() {
        closed = true;
        port.disconnect();
      },
    });
  });
}
