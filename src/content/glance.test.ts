// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { loadMatcher } from "../core/matcher";
import { compileMatcherTables } from "../core/matcher-tables";
import { type BlockMatcher, localBlockMatcher } from "../core/page-reading";
import { SAMPLE_ENTITIES } from "../core/testing/sample-entities";
import { glanceAt } from "./glance";

const matcher = loadMatcher(compileMatcherTables(SAMPLE_ENTITIES));

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
  const result = await glanceAt(root, counting, async (steps) => {
    for (const _ of steps);
    return true;
  });
  return { ...result, sent };
}

describe("glanceSteps", () => {
  it("says no on a page that names no one, and yes on one that does", async () => {
    const plain = await glance(bodyOf("<main><h1>Weather</h1><p>Rain in the north.</p></main>"));
    expect(plain).toMatchObject({ named: false, elements: 3 });
    const named = await glance(bodyOf("<main><h1>Funding</h1><p>OpenAI raises.</p></main>"));
    expect(named).toMatchObject({ named: true, elements: 0 });
  });

  it("sends a page with no text nothing at all", async () => {
    expect(await glance(bodyOf("<div><img alt=''></div>"))).toMatchObject({
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

  it("cannot tell for a page with open shadow roots, whose text it does not see", async () => {
    const body = bodyOf("<p>Rain.</p><div id='host'></div>");
    const host = body.querySelector("#host") as Element;
    (host.attachShadow({ mode: "open" }) as ShadowRoot).append("OpenAI raises.");
    expect((await glance(body)).named).toBeNull();
  });

  it("sends nothing of a page with an editable region: it is read in full, which skips it", async () => {
    const editable = await glance(bodyOf("<p>Rain.</p><div contenteditable>my draft</div>"));
    expect(editable).toMatchObject({ named: null, sent: [] });
    const notEditable = await glance(bodyOf("<p contenteditable='false'>Rain.</p>"));
    expect(notEditable.named).toBe(false);
  });

  it("cannot tell when the background lost the text on the way", async () => {
    const lost: BlockMatcher = { ...localBlockMatcher(matcher), glance: async () => null };
    expect((await glance(bodyOf("<p>Rain.</p>"), lost)).named).toBeNull();
  });
});
