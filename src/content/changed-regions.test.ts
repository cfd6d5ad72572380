// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { changedRegions, compareReadingOrder } from "./changed-regions";

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

describe("compareReadingOrder", () => {
  it("places a shadow tree's text where its host is, before the host's own children", () => {
    const doc = pageOf(
      `<p id="before">a</p><x-card id="host"><span id="light">b</span></x-card><p id="after">c</p>`,
    );
    const host = byId(doc, "host");
    const shadow = host.attachShadow({ mode: "open" });
    shadow.innerHTML = "<p>inside</p>";
    const inside = shadow.querySelector("p")?.firstChild as Text;
    const text = (id: string) => byId(doc, id).firstChild as Text;
    const order = [text("after"), text("light"), inside, text("before")].sort(compareReadingOrder);
    expect(order).toEqual([text("before"), inside, text("light"), text("after")]);
  });
});
