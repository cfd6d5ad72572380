// The messaging edge with a fake browser API: requests and answers are parsed where they
// arrive; anything else is dropped, and each kind of drop is logged once.
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";

type Listener = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => unknown;

const fake = vi.hoisted(() => ({
  listeners: [] as Listener[],
  sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => null),
  tabsSendMessage: vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => null),
}));

vi.mock("./extension-api", () => ({
  browser: {
    runtime: {
      id: "backstory-id",
      onMessage: {
        addListener: (listener: Listener) => fake.listeners.push(listener),
        removeListener: (listener: Listener) => {
          fake.listeners = fake.listeners.filter((other) => other !== listener);
        },
      },
      sendMessage: fake.sendMessage,
    },
    tabs: { sendMessage: fake.tabsSendMessage },
  },
}));

/** A fresh copy of the module per test: what it has logged is module state. */
let messaging: typeof import("./messaging");

const OURS = { id: "backstory-id", tab: { id: 7 } };

function deliver(raw: unknown, sender: Parameters<Listener>[1] = OURS): unknown[] {
  return fake.listeners.map((listener) => listener(raw, sender));
}

describe("messages between content script, popup and background", () => {
  let warn: MockInstance<Console["warn"]>;
  beforeEach(async () => {
    warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    vi.resetModules();
    messaging = await import("./messaging");
  });
  afterEach(() => {
    fake.listeners = [];
    warn.mockRestore();
  });

  it("answers a well-formed request, with the tab it came from", async () => {
    const answer = vi.fn(() => "card");
    messaging.onBackgroundRequest(answer);
    const [reply] = deliver({ type: "get-relations", ids: ["xai"], lang: "en" });
    expect(await reply).toBe("card");
    expect(answer).toHaveBeenCalledWith(
      { type: "get-relations", ids: ["xai"], lang: "en" },
      { tabId: 7 },
    );
  });

  it("drops malformed requests and requests from anyone else, logging each kind once", () => {
    const answer = vi.fn();
    const stop = messaging.onContentRequest(answer);
    // `toggle-site` with an extra field is still a toggle-site: the extra is not carried on.
    expect(deliver({ type: "toggle-site", extra: "<script>" })).toEqual([expect.any(Promise)]);
    const malformed = [
      { type: "reveal-entity", id: "../../etc" },
      "get-page-summary",
      null,
      { type: "set-page-highlights", on: "yes" },
    ];
    for (const raw of malformed) expect(deliver(raw)).toEqual([undefined]);
    expect(deliver({ type: "get-page-summary" }, { id: "another-extension" })).toEqual([undefined]);
    expect(deliver({ type: "get-page-summary" }, {})).toEqual([undefined]);
    expect(answer).toHaveBeenCalledTimes(1);
    expect(answer).toHaveBeenCalledWith({ type: "toggle-site" });
    const logged = warn.mock.calls.map((call) => String(call[0]));
    expect(logged).toEqual([
      "[Backstory] dropped a malformed message:",
      "[Backstory] dropped a message from another sender:",
    ]);
    stop();
    expect(fake.listeners).toEqual([]);
  });

  it("logs a short description of a dropped message, never the whole of it", () => {
    messaging.onBackgroundRequest(vi.fn());
    deliver({ type: "get-relations", ids: ["x".repeat(1_000_000), 1n] });
    const described = warn.mock.calls.flat().join(" ");
    expect(described.length).toBeLessThan(200);
  });

  it("drops a malformed answer and logs it once; no answer is no answer", async () => {
    fake.sendMessage.mockResolvedValueOnce({
      id: "xai",
      name: "xAI",
      wikipediaUrl: "javascript:1",
    });
    expect(await messaging.requestEntityCard("xai", "en", [])).toBeNull();
    fake.sendMessage.mockResolvedValueOnce({ nope: true });
    expect(await messaging.requestEntityCard("xai", "en", [])).toBeNull();
    fake.sendMessage.mockResolvedValueOnce(null);
    expect(await messaging.requestEntityCard("unknown", "en", [])).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("a malformed answer to get-entity-card");

    fake.tabsSendMessage.mockRejectedValueOnce(new Error("Receiving end does not exist."));
    expect(await messaging.requestPageSummary(3)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("hands on a well-formed answer as parsed", async () => {
    const summary = {
      url: "https://www.wired.com/story/x/",
      siteOn: true,
      pageOn: true,
      entities: [{ id: "xai", name: "xAI", type: "company", count: 2 }],
      pageDate: { date: "2024-05-27", source: "meta" },
    };
    fake.tabsSendMessage.mockResolvedValueOnce({ ...summary, injected: "<img onerror>" });
    expect(await messaging.requestPageSummary(3)).toEqual(summary);
  });
});
