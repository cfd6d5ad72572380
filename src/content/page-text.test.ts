// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { detectMentions } from "../core/detect-mentions";
import { loadMatcher } from "../core/matcher";
import { compileMatcherTables } from "../core/matcher-tables";
import { localBlockMatcher } from "../core/page-reading";
import { runToEnd } from "../core/run-steps";
import { SAMPLE_ENTITIES } from "../core/testing/sample-entities";
import { pageChangeTools } from "./page-change-tools";
import { PageText } from "./page-text";
import "./testing/static-range";
import { collectTextBlocks } from "./text-blocks";

const tables = compileMatcherTables(SAMPLE_ENTITIES);

const ARTICLE = `
  <nav><p>Home · AI</p></nav>
  <main><article>
    <h1>xAI raises money from Andreessen Horowitz</h1>
    <p id="one">The start-up of Elon Musk competes with OpenAI and Anthropic.</p>
    <section id="feed"><p>Microsoft backs OpenAI.</p></section>
  </article></main>`;

function pageOf(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
}

function drain(steps: Iterable<unknown>): number {
  let count = 0;
  for (const _ of steps) count += 1;
  return count;
}

function readPage(doc: Document): PageText {
  const text = new PageText(doc.body, localBlockMatcher(loadMatcher(tables)));
  drain(text.readAll());
  return text;
}

/** What the page's matcher finds, as the content script asks for it. */
async function mentionsOf(text: PageText) {
  drain(text.sendSteps());
  const findings = await text.findings();
  if (!findings) throw new Error("the matcher lost the page");
  return runToEnd(text.mentionSteps(findings));
}

const texts = async (text: PageText) => (await mentionsOf(text)).map((mention) => mention.text);

describe("PageText", () => {
  it("finds what detectMentions finds on the same blocks", async () => {
    const doc = pageOf(ARTICLE);
    const expected = detectMentions(collectTextBlocks(doc.body), tables).length;
    expect(await texts(readPage(doc))).toHaveLength(expected);
    expect(await texts(readPage(doc))).toEqual([
      "xAI",
      "Andreessen Horowitz",
      "Elon Musk",
      "OpenAI",
      "Anthropic",
      "Microsoft",
      "OpenAI",
    ]);
  });

  it("reads a huge block in many steps", async () => {
    const doc = pageOf(`<p>${"OpenAI and Microsoft. ".repeat(20_000)}</p>`);
    const text = new PageText(doc.body, localBlockMatcher(loadMatcher(tables)));
    // Sent in parts, a slice each.
    expect(drain(text.readAll())).toBeGreaterThan(10);
    expect(await mentionsOf(text)).toHaveLength(40_000);
  });

  it("after an insert, reads the changed region only and keeps the other mentions as they were", async () => {
    const doc = pageOf(ARTICLE);
    const text = readPage(doc);
    const before = await mentionsOf(text);
    const feed = doc.getElementById("feed") as HTMLElement;
    const story = doc.createElement("p");
    story.textContent = "Microsoft and xAI share nothing.";
    feed.append(story);
    drain(text.readChanges(new Set([feed]), pageChangeTools));
    const after = await mentionsOf(text);
    expect(after.map((mention) => mention.text)).toEqual([
      "xAI",
      "Andreessen Horowitz",
      "Elon Musk",
      "OpenAI",
      "Anthropic",
      "Microsoft",
      "OpenAI",
      "Microsoft",
      "xAI",
    ]);
    // The same objects: their ranges (and so their highlights) stay untouched.
    for (let i = 0; i < before.length; i += 1) expect(after[i]).toBe(before[i]);
  });

  it("puts the blocks of many regions read at once back in reading order", async () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li id="i${i}">Item ${i}.</li>`).join("");
    const doc = pageOf(`<ul>${items}</ul>`);
    const text = readPage(doc);
    const named = ["OpenAI", "xAI", "Microsoft", "Anthropic"];
    const changed = [9, 2, 11, 5].map((index, n) => {
      const item = doc.getElementById(`i${index}`) as HTMLElement;
      item.textContent = `Item ${index}: ${named[n]}.`;
      return item;
    });
    drain(text.readChanges(new Set<Node>(changed), pageChangeTools));
    expect(await texts(text)).toEqual(["xAI", "Anthropic", "OpenAI", "Microsoft"]);
  });

  it("places a block moved elsewhere by where it is now, not where it was", async () => {
    const doc = pageOf(`<ul><li id="a">OpenAI.</li><li>xAI.</li><li>Anthropic.</li></ul>`);
    const text = readPage(doc);
    const moved = doc.getElementById("a") as HTMLElement;
    moved.parentElement?.append(moved);
    drain(text.readChanges(new Set<Node>([moved]), pageChangeTools));
    expect(await texts(text)).toEqual(["xAI", "Anthropic", "OpenAI"]);
  });

  it("drops the mentions of removed text and reads changed text again", async () => {
    const doc = pageOf(ARTICLE);
    const text = readPage(doc);
    const feed = doc.getElementById("feed") as HTMLElement;
    feed.replaceChildren();
    const one = doc.getElementById("one") as HTMLElement;
    (one.firstChild as Text).data = "Microsoft, not Anthropic.";
    drain(text.readChanges(new Set<Node>([feed, one.firstChild as Text]), pageChangeTools));
    expect(await texts(text)).toEqual(["xAI", "Andreessen Horowitz", "Microsoft", "Anthropic"]);
  });

  it("finds a name written later into a block that named nobody, with a range over its nodes", async () => {
    // A block without names is kept by its first text node only (see PageText.read).
    const doc = pageOf(`<p id="quiet">Nothing <i>here</i> <b>yet</b>.</p><p>OpenAI.</p>`);
    const text = readPage(doc);
    const quiet = doc.getElementById("quiet") as HTMLElement;
    const bold = quiet.querySelector("b") as HTMLElement;
    bold.innerHTML = "Elon <i>Musk</i>";
    drain(text.readChanges(new Set<Node>([bold]), pageChangeTools));
    const mentions = await mentionsOf(text);
    expect(mentions.map((mention) => mention.text)).toEqual(["Elon Musk", "OpenAI"]);
    const range = (mentions[0] as (typeof mentions)[0]).range;
    expect([range.startContainer.textContent, range.startOffset]).toEqual(["Elon ", 0]);
    expect([range.endContainer.textContent, range.endOffset]).toEqual(["Musk", 4]);
    // Read again unchanged, both blocks are recognised: the same mention objects come back.
    const same = await mentionsOf(text);
    drain(
      text.readChanges(
        new Set<Node>([quiet, doc.body.lastElementChild as Element]),
        pageChangeTools,
      ),
    );
    const after = await mentionsOf(text);
    for (let i = 0; i < same.length; i += 1) expect(after[i]).toBe(same[i]);
  });

  it("reads everything again when the change reaches the page itself", async () => {
    const doc = pageOf(ARTICLE);
    const text = readPage(doc);
    const p = doc.createElement("p");
    p.textContent = "Microsoft again.";
    doc.body.prepend(p);
    drain(text.readChanges(new Set([doc.body]), pageChangeTools));
    expect((await texts(text))[0]).toBe("Microsoft");
  });

  it("keeps reading order across shadow roots after a change inside one", async () => {
    const doc = pageOf(`<p>OpenAI first.</p><x-card></x-card><p>Microsoft last.</p>`);
    const host = doc.querySelector("x-card") as HTMLElement;
    const shadow = host.attachShadow({ mode: "open" });
    shadow.innerHTML = "<p>Anthropic inside.</p>";
    const text = readPage(doc);
    expect(await texts(text)).toEqual(["OpenAI", "Anthropic", "Microsoft"]);
    expect([...text.shadowRoots]).toEqual([shadow]);
    const added = doc.createElement("p");
    added.textContent = "xAI too.";
    shadow.append(added);
    drain(text.readChanges(new Set<Node>([shadow]), pageChangeTools));
    expect(await texts(text)).toEqual(["OpenAI", "Anthropic", "xAI", "Microsoft"]);
  });

  it("reads nothing of a change inside hidden or editable parts", async () => {
    const doc = pageOf(`${ARTICLE}<div contenteditable="true"><p id="draft">x</p></div>`);
    const text = readPage(doc);
    const draft = doc.getElementById("draft") as HTMLElement;
    draft.textContent = "Microsoft Microsoft";
    drain(text.readChanges(new Set([draft]), pageChangeTools));
    expect(await texts(text)).toHaveLength(7);
  });

  it("counts a changed block inside navigation as boilerplate, as a full read would", async () => {
    const doc = pageOf(`<nav><div id="menu"></div></nav><p>Nothing here.</p>`);
    const text = readPage(doc);
    const menu = doc.getElementById("menu") as HTMLElement;
    // Names in navigation alone are no evidence that the page is about AI.
    menu.textContent = "OpenAI Microsoft Anthropic Apple";
    drain(text.readChanges(new Set([menu]), pageChangeTools));
    const full = readPage(doc);
    expect(await texts(text)).toEqual(await texts(full));
  });

  it("keeps its size up to date as a page grows, estimated close to a full read's", async () => {
    const doc = pageOf(ARTICLE);
    const text = readPage(doc);
    const feed = doc.getElementById("feed") as HTMLElement;
    const before = text.size;
    for (let post = 0; post < 500; post += 1) {
      const item = doc.createElement("p");
      item.innerHTML = `Post ${post} <b>by</b> <a href="#">someone</a>`;
      feed.append(item);
    }
    drain(text.readChanges(new Set([feed]), pageChangeTools));
    const full = readPage(doc).size;
    expect(text.size.nodes).toBeGreaterThan(before.nodes * 10);
    expect(text.size.nodes).toBeGreaterThan(full.nodes * 0.9);
    expect(text.size.nodes).toBeLessThan(full.nodes * 1.1);
    expect(text.size.longestText).toBe(full.longestText);
    expect(text.size.depth).toBeGreaterThanOrEqual(before.depth);
  });
});
