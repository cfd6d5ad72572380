// The content script's end of a page read, with a fake port: answers are matched to their
// questions, and a port the background closes loses everything pending, once.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PageReadReply, PageReadRequest } from "../core/page-read-messages";

const fake = vi.hoisted(() => ({
  ports: [] as Array<{
    sent: PageReadRequest[];
    reply: (reply: PageReadReply) => void;
    lose: () => void;
    closed: boolean;
  }>,
}));

vi.mock("../platform/page-read-port", () => ({
  connectPageRead(onReply: (reply: PageReadReply) => void, onLost: () => void) {
    const port = { sent: [] as PageReadRequest[], reply: onReply, lose: onLost, closed: false };
    fake.ports.push(port);
    return {
      post(request: PageReadRequest) {
        if (port.closed) throw new Error("Attempting to use a disconnected port object");
        port.sent.push(request);
      },
      close() {
        port.closed = true;
      },
    };
  },
}));

const { BackgroundMatcher } = await import("./background-matcher");
const BLOCK = { id: 1, text: "OpenAI", boilerplate: false };
const FOUND = {
  spans: [1, 0, 6, 0],
  entities: [{ id: "openai", name: "OpenAI", type: "company" as const }],
  named: [1],
};

describe("BackgroundMatcher", () => {
  beforeEach(() => {
    fake.ports = [];
  });

  it("opens one port on first use and matches each answer to its question", async () => {
    const matcher = new BackgroundMatcher();
    const scanned = matcher.scan([BLOCK]);
    const first = matcher.findings([1], "en");
    const second = matcher.findings([1], null);
    expect(fake.ports).toHaveLength(1);
    const port = fake.ports[0];
    port?.reply({ type: "scanned", named: [1] });
    port?.reply({ type: "findings", seq: 2, findings: null });
    port?.reply({ type: "findings", seq: 1, findings: FOUND });
    expect(await scanned).toEqual([1]);
    expect(await first).toEqual(FOUND);
    expect(await second).toBeNull();
  });

  it("sends blocks that want no answer, and keeps each answer for the scan that asked", async () => {
    const matcher = new BackgroundMatcher();
    const asked = matcher.scan([BLOCK]);
    const quiet = matcher.scan([{ ...BLOCK, id: 2 }], false);
    const port = fake.ports[0];
    expect(port?.sent.map((request) => request.type === "blocks" && request.quiet)).toEqual([
      undefined,
      true,
    ]);
    expect(await quiet).toBeNull();
    port?.reply({ type: "scanned", named: [1] });
    expect(await asked).toEqual([1]);
  });

  it("answers null to what was pending when the background drops the port, then opens another", async () => {
    const matcher = new BackgroundMatcher();
    const scanned = matcher.scan([BLOCK]);
    const asked = matcher.findings([1], null);
    const generation = matcher.generation;
    fake.ports[0]?.lose();
    expect(await scanned).toBeNull();
    expect(await asked).toBeNull();
    expect(matcher.generation).toBe(generation + 1);
    const again = matcher.findings([1], null);
    expect(fake.ports).toHaveLength(2);
    fake.ports[1]?.reply({ type: "findings", seq: 2, findings: FOUND });
    expect(await again).toEqual(FOUND);
  });

  it("treats a port closed under it like a background that slept", async () => {
    const matcher = new BackgroundMatcher();
    void matcher.scan([BLOCK]);
    const port = fake.ports[0];
    if (port) port.closed = true;
    expect(await matcher.findings([1], null)).toBeNull();
    expect(matcher.generation).toBe(1);
  });

  it("lets the page go when closed: an answer that comes after is dropped", async () => {
    const matcher = new BackgroundMatcher();
    const asked = matcher.findings([1], null);
    matcher.close();
    expect(fake.ports[0]?.closed).toBe(true);
    expect(await asked).toBeNull();
    fake.ports[0]?.reply({ type: "findings", seq: 1, findings: FOUND });
  });
});
