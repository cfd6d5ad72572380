// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { collectTextBlocks, locateOffset } from "./text-blocks";

function blocksOf(html: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
  return { doc, blocks: collectTextBlocks(doc.body) };
}

function textsOf(html: string): string[] {
  return blocksOf(html).blocks.map((block) => block.text);
}

describe("collectTextBlocks", () => {
  it("joins the text of inline markup into one block", () => {
    expect(textsOf("<p><b>Sequoia</b> Capital and Elon <a href='#'>Musk</a>.</p>")).toEqual([
      "Sequoia Capital and Elon Musk.",
    ]);
  });

  it("starts a new block at each block element and line break", () => {
    expect(
      textsOf("<div>Intro <p>One</p> tail<br>next line</div><ul><li>A</li><li>B</li></ul>"),
    ).toEqual(["Intro ", "One", " tail", "next line", "A", "B"]);
  });

  it("treats custom elements as inline", () => {
    expect(textsOf("<p>Elon <x-person>Musk</x-person> said</p>")).toEqual(["Elon Musk said"]);
  });

  it("leaves out scripts, styles, form fields, code, hidden and editable text", () => {
    const html = [
      "<p>Seen</p>",
      "<script>var openai = 1</script><style>.x{}</style><noscript>No JS</noscript>",
      "<template><p>Template</p></template>",
      "<textarea>Typed</textarea><select><option>Option</option></select><input value='Value'>",
      "<pre>Preformatted</pre><p>Inline <code>code()</code> here</p>",
      "<div hidden>Hidden</div><div aria-hidden='true'>Aria</div>",
      "<div style='display: none'>Undisplayed</div>",
      "<div contenteditable='true'>Draft <b>bold</b></div><div contenteditable='false'>Fixed</div>",
      "<!-- a comment -->",
      "<p title='Attribute text'>Also seen</p>",
    ].join("");
    expect(textsOf(html)).toEqual(["Seen", "Inline  here", "Fixed", "Also seen"]);
  });

  it("marks navigation, footers, asides and the site header as boilerplate", () => {
    const { blocks } = blocksOf(
      "<header>Site</header><nav>Menu</nav><article><header><h1>Title</h1></header><p>Body</p>" +
        "<aside>Related</aside></article><div role='contentinfo'>Legal</div><footer>Foot</footer>",
    );
    expect(blocks.map((block) => [block.text, block.boilerplate])).toEqual([
      ["Site", true],
      ["Menu", true],
      ["Title", false],
      ["Body", false],
      ["Related", true],
      ["Legal", true],
      ["Foot", true],
    ]);
  });

  it("maps a span across nodes back to the text nodes it covers", () => {
    const { blocks } = blocksOf("<p>The <b>Sequoia</b> Capital fund</p>");
    const block = blocks[0];
    if (!block) throw new Error("no block");
    const start = block.text.indexOf("Sequoia");
    const from = locateOffset(block, start, false);
    const to = locateOffset(block, start + "Sequoia Capital".length, true);
    expect([from.node.data, from.offset]).toEqual(["Sequoia", 0]);
    expect([to.node.data, to.offset]).toEqual([" Capital fund", 8]);
    // At a seam, a start belongs to the later node and an end to the earlier one.
    expect(locateOffset(block, 4, false).node.data).toBe("Sequoia");
    expect(locateOffset(block, 11, true).node.data).toBe("Sequoia");
  });
});
