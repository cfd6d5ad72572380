// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { changedRegions } from "./changed-regions";
import { changedByChildList } from "./child-list-changes";

function pageOf(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
}

const byId = (doc: Document, id: string) => doc.getElementById(id) as HTMLElement;

describe("changedRegions", () => {
  it("reads a change inside inline markup as a change of its block, once", () => {
    const doc = pageOf(`<main><p id="p">Elon <b id="b">Musk</b> said</p></main>`);
    const text = byId(doc, "b").firstChild as Text;
    const regions = changedRegions(new Set<Node>([text, byId(doc, "b"), byId(doc, "p")]), doc.body);
    expect(regions?.map((region) => (region.root as Element).id)).toEqual(["p"]);
  });

  it("keeps only the outermost of nested regions", () => {
    const doc = pageOf(`<section id="s"><div id="d"><p id="p">x</p></div></section>`);
    const regions = changedRegions(new Set<Node>([byId(doc, "p"), byId(doc, "s")]), doc.body);
    expect(regions?.map((region) => (region.root as Element).id)).toEqual(["s"]);
  });

  it("asks for a full read when the change reaches the page itself", () => {
    const doc = pageOf(`<p>x</p>`);
    expect(changedRegions(new Set<Node>([doc.body]), doc.body)).toBeNull();
    expect(changedRegions(new Set<Node>([doc.documentElement]), doc.body)).toBeNull();
  });

  it("ignores nodes no longer in the page", () => {
    const doc = pageOf(`<p id="p">x</p>`);
    const gone = byId(doc, "p");
    gone.remove();
    expect(changedRegions(new Set<Node>([gone]), doc.body)).toEqual([]);
  });

  it("starts the walk as a full read would: in navigation, in the article, or not at all", () => {
    const doc = pageOf(`
      <nav><ul><li id="menu">x</li></ul></nav>
      <article><header id="title">x</header></article>
      <header><p id="banner">x</p></header>
      <div hidden><p id="hidden">x</p></div>
      <div contenteditable="true"><p id="draft">x</p></div>`);
    const contextOf = (id: string) =>
      changedRegions(new Set([byId(doc, id)]), doc.body)?.[0]?.context;
    expect(contextOf("menu")).toEqual({ boilerplate: true, content: false });
    expect(contextOf("title")).toEqual({ boilerplate: false, content: true });
    expect(contextOf("banner")).toEqual({ boilerplate: true, content: false });
    expect(contextOf("hidden")).toBeNull();
    expect(contextOf("draft")).toBeNull();
  });
});

/** A childList record as the observer would give it, for a change already made to the page. */
function childList(
  target: Node,
  change: { added?: Node[]; removed?: Node[]; before?: Node | null; after?: Node | null },
): MutationRecord {
  return {
    type: "childList",
    target,
    addedNodes: (change.added ?? []) as unknown as NodeList,
    removedNodes: (change.removed ?? []) as unknown as NodeList,
    previousSibling: change.before ?? null,
    nextSibling: change.after ?? null,
  } as MutationRecord;
}

/** The record of `node`'s insertion where it now is. */
function inserted(node: Node): MutationRecord {
  return childList(node.parentNode as Node, {
    added: [node],
    before: node.previousSibling,
    after: node.nextSibling,
  });
}

describe("changedByChildList", () => {
  it("reads only the posts a feed puts in, not the feed", () => {
    const doc = pageOf(
      `<section id="feed"><article id="a">A</article><article id="c">C</article></section>`,
    );
    const feed = byId(doc, "feed");
    const fresh = doc.createElement("article");
    fresh.textContent = "B";
    byId(doc, "a").after(fresh);
    const gone = byId(doc, "c");
    gone.remove();
    const record = childList(feed, { added: [fresh], removed: [gone], before: byId(doc, "a") });
    expect(changedByChildList(record)).toEqual([fresh, gone]);
  });

  it("reads the container when a block goes in between two runs of inline text", () => {
    const doc = pageOf(`<div id="d">Elon <p id="p">x</p> Musk</div>`);
    const p = byId(doc, "p");
    const record = inserted(p);
    expect(changedByChildList(record)).toEqual([byId(doc, "d")]);
  });

  it("reads the container for inline content, or a change inside inline markup", () => {
    const doc = pageOf(`<div id="d"><p>x</p><b id="b">y</b></div>`);
    const b = byId(doc, "b");
    expect(changedByChildList(childList(byId(doc, "d"), { added: [b] }))).toEqual([byId(doc, "d")]);
    const inside = doc.createElement("p");
    b.append(inside);
    expect(changedByChildList(childList(b, { added: [inside] }))).toEqual([b]);
  });

  it("looks through blanks, comments and skipped elements beside the change", () => {
    const doc = pageOf(`<div id="d">Elon <!-- c --><script>1</script> <p id="p">x</p> Musk</div>`);
    const p = byId(doc, "p");
    const record = inserted(p);
    expect(changedByChildList(record)).toEqual([byId(doc, "d")]);
    const blocks = pageOf(`<div id="d"><p>a</p> <!-- c --> <p id="p">x</p> <p>b</p> Musk</div>`);
    const q = byId(blocks, "p");
    const between = inserted(q);
    expect(changedByChildList(between)).toEqual([q]);
  });
});
