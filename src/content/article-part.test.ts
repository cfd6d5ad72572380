// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { ArticleParts } from "./article-part";

/** Whether each element with a `data-name` holds article text, by its name. */
function partsOf(html: string): Record<string, boolean> {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
  const parts: Record<string, boolean> = {};
  const articleParts = new ArticleParts(doc);
  for (const element of doc.querySelectorAll("[data-name]")) {
    parts[element.getAttribute("data-name") as string] = articleParts.contains(
      element.firstChild as Node,
    );
  }
  return parts;
}

describe("ArticleParts.contains", () => {
  it("counts the headline and body, not the menus, breadcrumb, byline and lists around them", () => {
    expect(
      partsOf(`
        <header><a data-name="site-header">xAI</a></header>
        <div class="top-menu" role="navigation"><a data-name="menu">xAI</a></div>
        <ol class="breadcrumbs"><li><a data-name="breadcrumb">xAI</a></li></ol>
        <h1 data-name="headline">xAI raises $6 billion</h1>
        <article>
          <header><p data-name="standfirst">xAI, Elon Musk's company…</p></header>
          <p class="byline">By <a rel="author" data-name="byline">Jane Doe</a></p>
          <p data-name="body">xAI said on Sunday…</p>
          <div class="relatedStories"><a data-name="related">More on xAI</a></div>
        </article>
        <section class="most-read"><a data-name="most-read">xAI</a></section>
        <div data-name="outside">xAI</div>
        <footer><p data-name="footer">xAI</p></footer>`),
    ).toEqual({
      "site-header": false,
      menu: false,
      breadcrumb: false,
      headline: true,
      standfirst: true,
      byline: false,
      body: true,
      related: false,
      "most-read": false,
      outside: false,
      footer: false,
    });
  });

  it("counts any text outside the page's parts on a page without an <article> or <main>", () => {
    expect(
      partsOf(`<nav><a data-name="nav">xAI</a></nav><div><p data-name="p">xAI</p></div>`),
    ).toEqual({ nav: false, p: true });
  });
});
