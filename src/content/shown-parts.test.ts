// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { piecesOf } from "./glance-pieces";
import { UnreadParts } from "./shown-parts";

const PARAGRAPH_HEIGHT = 100;

/** An article of `count` paragraphs, one after another down the page, blank text between. */
function longArticle(count: number): HTMLElement[] {
  const items = Array.from({ length: count }, (_, at) => `<p>Paragraph ${at}</p>`).join("\n");
  document.body.innerHTML = `<header><p>Masthead</p></header><article>${items}</article>`;
  const paragraphs = [...document.querySelectorAll("article p")] as HTMLElement[];
  scrollTo(paragraphs, 0);
  return paragraphs;
}

/** Lays the paragraphs out as if the page were scrolled to `y`. */
function scrollTo(paragraphs: HTMLElement[], y: number): void {
  for (const [at, paragraph] of paragraphs.entries()) {
    const top = at * PARAGRAPH_HEIGHT - y;
    paragraph.getBoundingClientRect = () => new DOMRect(0, top, 600, PARAGRAPH_HEIGHT);
  }
}

/** The page's parts, as the content script makes them (see index.ts). */
const unreadParts = (read: (nodes: Node[]) => void) =>
  new UnreadParts(document.body, piecesOf(document.body) ?? [], read);

const texts = (nodes: Node[]) =>
  nodes.filter((node) => node.nodeName === "P").map((node) => node.textContent);

describe("UnreadParts", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("takes the parts near the viewport, in runs of siblings, and leaves blank text out", () => {
    const paragraphs = longArticle(200);
    const parts = unreadParts(() => {});
    const shown = parts.takeShown();
    // The viewport (768 px here) and as much again below it: the first run of 32 paragraphs.
    expect(texts(shown)).toEqual(paragraphs.slice(0, 32).map((p) => p.textContent));
    expect(shown.every((node) => node.textContent?.trim())).toBe(true);
    // Taken once: the same viewport gives nothing more.
    expect(parts.takeShown()).toEqual([]);
    expect(parts.left).toBe(true);
    parts.stop();
  });

  it("hands on the parts the reader scrolls to, once the scrolling has paused", () => {
    const paragraphs = longArticle(200);
    const read = vi.fn();
    const parts = unreadParts(read);
    parts.takeShown();
    scrollTo(paragraphs, 100 * PARAGRAPH_HEIGHT);
    window.dispatchEvent(new Event("scroll"));
    window.dispatchEvent(new Event("scroll"));
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(read).toHaveBeenCalledTimes(1);
    // Paragraphs 100-107 are in view; the runs around them, a viewport either side, are read.
    const nodes = read.mock.calls[0]?.[0] as Node[];
    expect(texts(nodes)).toEqual(paragraphs.slice(64, 128).map((p) => p.textContent));
    parts.stop();
  });

  it("gives every unread part on demand, then stops following the viewport", () => {
    const paragraphs = longArticle(100);
    const read = vi.fn();
    const parts = unreadParts(read);
    parts.takeShown();
    expect(texts(parts.takeAll())).toEqual(paragraphs.slice(32).map((p) => p.textContent));
    expect(parts.left).toBe(false);
    scrollTo(paragraphs, 50 * PARAGRAPH_HEIGHT);
    window.dispatchEvent(new Event("scroll"));
    vi.advanceTimersByTime(200);
    expect(read).not.toHaveBeenCalled();
  });

  it("leaves out nodes the page took away since", () => {
    const paragraphs = longArticle(100);
    const parts = unreadParts(() => {});
    for (const paragraph of paragraphs.slice(40, 50)) paragraph.remove();
    const all = parts.takeAll();
    expect(all.every((node) => node.isConnected)).toBe(true);
    expect(texts(all)).toHaveLength(90);
  });

  it("leaves changes inside unread parts to be read when shown, and keeps the others", () => {
    const paragraphs = longArticle(100);
    const parts = unreadParts(() => {});
    parts.takeShown();
    const inRead = paragraphs[3]?.firstChild as Node;
    const inUnread = paragraphs[70]?.firstChild as Node;
    const added = document.createElement("p");
    document.querySelector("article")?.append(added);
    const changes = new Set<Node>([inRead, inUnread, paragraphs[90] as Node, added]);
    parts.leaveOut(changes);
    expect([...changes]).toEqual([inRead, added]);
  });

  it("leaves inline content right under <body> (a skip link) to a read of the whole page", () => {
    const paragraphs = longArticle(100);
    const skip = document.createElement("a");
    skip.textContent = "Skip to the article";
    document.body.prepend(skip);
    const parts = unreadParts(() => {});
    const shown = parts.takeShown();
    // Read on its own, its text's block would be <body>'s: the whole page.
    const skipText = skip.firstChild as Node;
    expect(shown).not.toContain(skipText);
    expect(texts(shown)).toEqual(paragraphs.slice(0, 32).map((p) => p.textContent));
    // A change there waits too: read now, it would be a read of the whole page.
    const changes = new Set<Node>([skipText]);
    parts.leaveOut(changes);
    expect(changes.size).toBe(0);
    expect(parts.takeAll()).toContain(skipText);
    expect(parts.left).toBe(false);
  });
});
