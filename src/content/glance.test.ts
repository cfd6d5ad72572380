// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { loadMatcher } from "../core/matcher";
import { compileMatcherTables } from "../core/matcher-tables";
import { type BlockMatcher, localBlockMatcher } from "../core/page-reading";
import { SAMPLE_ENTITIES } from "../core/testing/sample-entities";
import { glanceAt } from "./glance";

const matcher = loadMatcher(compileMatcherTables(SAMPLE_ENTITIES));

// happy-dom's Range takes time quadratic in its nodes to give its text (0.7 s for 1,000
// paragraphs), and moves a range's start when it is set in another document than the one that
// made it. The glance copies a range of an element's children (see glance-pieces.ts): such
// ranges are kept and read here, as a browser does, the children's text run together.
const childRanges = new WeakMap<Range, { parent?: Node; start?: number; end?: number }>();
const rangeOf = (range: Range) => childRanges.get(range) ?? childRanges.set(range, {}).get(range);
Range.prototype.setStart = function (this: Range, node: Node, offset: number) {
  Object.assign(rangeOf(this) ?? {}, { parent: node, start: offset });
};
Range.prototype.setEnd = function (this: Range, node: Node, offset: number) {
  Object.assign(rangeOf(this) ?? {}, { parent: node, end: offset });
};
Range.prototype.toString = function (this: Range) {
  const { parent, start, end } = rangeOf(this) ?? {};
  const children = [...(parent?.childNodes ?? [])].slice(start, end);
  return children.map((child) => child.textContent ?? "").join("");
};

/** 10,000 nodes of text that names no one: a page large enough to be glanced at. */
const LARGE = "<p>Rain.</p>".repeat(5000);

function bodyOf(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html").body;
}

/** Runs a glance to its end; counts the texts sent to the matcher. */
async function glance(root: Element, inner: BlockMatcher = localBlockMatcher(matcher)) {
  const sent: string[] = [];
  const counting: BlockMatcher = {
    ...inner,
    glance: (text) => {
      sent.push(text);
      return inner.glance(text);
    },
  };
  // Between steps the page's tasks run, answers from the background among them.
  const result = await glanceAt(root, counting, async (steps) => {
    for (const _ of steps) await new Promise((resolve) => setTimeout(resolve, 0));
    return true;
  });
  return { ...result, sent };
}

describe("glanceSteps", () => {
  it("says no on a page that names no one, and yes on one that does", async () => {
    const plain = await glance(bodyOf(`<main><h1>Weather</h1>${LARGE}</main>`));
    expect(plain).toMatchObject({ named: false, elements: 5002 });
    const named = await glance(
      bodyOf(`<main><h1>Funding</h1><p>OpenAI raises.</p>${LARGE}</main>`),
    );
    expect(named).toMatchObject({ named: true, elements: 0 });
  });

  it("neither sends nor counts the text of scripts and styles, which no reader sees", async () => {
    const state = `<script type="application/json">${JSON.stringify({ about: "OpenAI" }).repeat(2000)}</script>`;
    const page = await glance(
      bodyOf(`<main><h1>Weather</h1>${LARGE}</main>${state}<style>.x{}</style>`),
    );
    expect(page.named).toBe(false);
    expect(page.sent.join("")).not.toContain("OpenAI");
    expect(page.sent.join("")).not.toContain(".x{}");
  });

  it("reads a small page in full at once, sending nothing, however much text it has", async () => {
    const small = await glance(bodyOf("<main><h1>Weather</h1><p>Rain in the north.</p></main>"));
    expect(small).toMatchObject({ named: null, sent: [] });
    const log = await glance(bodyOf(`<pre>${"Rain in the north. ".repeat(20_000)}</pre>`));
    expect(log).toMatchObject({ named: null, sent: [] });
  });

  it("sends a page with no text nothing at all", async () => {
    expect(await glance(bodyOf("<div><img alt=''></div>".repeat(2500)))).toMatchObject({
      named: false,
      sent: [],
    });
  });

  it("sends a long page's text in parts, and sees the name in the last", async () => {
    const filler = "<p>Rain in the north and sun in the south.</p>".repeat(20_000);
    const result = await glance(bodyOf(`${filler}<p>Microsoft.</p>`));
    expect(result.sent.length).toBeGreaterThan(1);
    expect(result.sent.join("")).toBe(bodyOf(`${filler}<p>Microsoft.</p>`).textContent);
    expect(result.named).toBe(true);
  });

  it("stops sending once the background has found a name", async () => {
    const filler = "<p>Rain in the north and sun in the south.</p>".repeat(40_000);
    const result = await glance(bodyOf(`<p>OpenAI raises.</p>${filler}`));
    expect(result.named).toBe(true);
    expect(result.sent.join("").length).toBeLessThan(filler.length / 4);
    // The first message is sent before a full one is gathered (FIRST_MESSAGE_CHARS).
    expect(result.sent[0]?.length).toBeLessThan(262_144);
  });

  it("copies no further than two messages ahead of the answers", async () => {
    const filler = "<p>Rain in the north and sun in the south.</p>".repeat(40_000);
    const inner = localBlockMatcher(matcher);
    let inFlight = 0;
    let mostInFlight = 0;
    // The background answers late: each answer comes after several of the page's tasks.
    const slow: BlockMatcher = {
      ...inner,
      glance: async (text) => {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        for (let task = 0; task < 20; task += 1) await new Promise((r) => setTimeout(r, 0));
        inFlight -= 1;
        return inner.glance(text);
      },
    };
    const plain = await glance(bodyOf(filler), slow);
    expect(plain.named).toBe(false);
    expect(plain.sent.join("")).toBe(bodyOf(filler).textContent);
    expect(mostInFlight).toBe(2);
    // A name in the first message: one more is on its way by then, no third.
    const named = await glance(bodyOf(`<p>OpenAI raises.</p>${filler}`), slow);
    expect(named.named).toBe(true);
    expect(named.sent).toHaveLength(2);
  });

  it("sends a text node longer than a message in parts", async () => {
    const long = "Rain in the north. ".repeat(40_000);
    // Elements enough to be glanced at (SMALL_PAGE_ELEMENTS), with no text of their own.
    const result = await glance(bodyOf(`<p>${long}</p>${"<i></i>".repeat(5000)}`));
    expect(result.sent.length).toBeGreaterThan(2);
    expect(result.sent.join("")).toBe(long);
    expect(result.named).toBe(false);
  });

  // Custom elements with shadow roots further down are found by XPath, which happy-dom lacks:
  // the end-to-end tests check those in Chromium and Firefox.
  it("cannot tell for a page with an open shadow root at its top, whose text it does not see", async () => {
    const body = bodyOf(`<div id='host'></div><main>${LARGE}</main>`);
    const host = body.querySelector("#host") as Element;
    (host.attachShadow({ mode: "open" }) as ShadowRoot).append("OpenAI raises.");
    expect((await glance(body)).named).toBeNull();
  });

  it("never sends what is in an editable region: such a page is read in full, which skips it", async () => {
    const editable = await glance(bodyOf("<p>Rain.</p><div contenteditable>my draft</div>"));
    expect(editable).toMatchObject({ named: null, sent: [] });
    const filler = "<p>Rain in the north and sun in the south.</p>".repeat(10_000);
    const after = await glance(bodyOf(`${filler}<div contenteditable>my draft</div>`));
    expect(after.named).toBeNull();
    expect(after.sent.join("")).not.toContain("my draft");
    const inside = bodyOf("<div contenteditable><p>my draft</p></div>");
    expect(await glance(inside.querySelector("p") as Element)).toMatchObject({ sent: [] });
    const notEditable = await glance(bodyOf(`<p contenteditable='false'>Rain.</p>${LARGE}`));
    expect(notEditable.named).toBe(false);
  });

  it("cannot tell when the background lost the text on the way", async () => {
    const lost: BlockMatcher = { ...localBlockMatcher(matcher), glance: async () => null };
    expect((await glance(bodyOf(LARGE), lost)).named).toBeNull();
  });
});
