// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { ReadingOrder } from "./reading-order";

function pageOf(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
}

const byId = (doc: Document, id: string) => doc.getElementById(id) as HTMLElement;

describe("reading order", () => {
  it("places a shadow tree's text where its host is, before the host's own children", () => {
    const doc = pageOf(
      `<p id="before">a</p><x-card id="host"><span id="light">b</span></x-card><p id="after">c</p>`,
    );
    const host = byId(doc, "host");
    const shadow = host.attachShadow({ mode: "open" });
    shadow.innerHTML = "<p>inside</p>";
    const inside = shadow.querySelector("p")?.firstChild as Text;
    const text = (id: string) => byId(doc, id).firstChild as Text;
    const order = [text("after"), text("light"), inside, text("before")].sort((a, b) =>
      new ReadingOrder().compare(a, b),
    );
    expect(order).toEqual([text("before"), inside, text("light"), text("after")]);
  });

  it("orders ancestors before their descendants, and siblings of a long list by place", () => {
    const items = Array.from({ length: 300 }, (_, i) => `<li id="i${i}">${i}</li>`).join("");
    const doc = pageOf(`<ul id="list">${items}</ul>`);
    const order = new ReadingOrder();
    const shuffled = [250, 3, 299, 0, 120].map((i) => byId(doc, `i${i}`).firstChild as Text);
    const sorted = [...shuffled].sort((a, b) => order.compare(a, b));
    expect(sorted.map((node) => node.data)).toEqual(["0", "3", "120", "250", "299"]);
    expect(order.compare(byId(doc, "list"), byId(doc, "i5"))).toBeLessThan(0);
    expect(order.compare(byId(doc, "i5").firstChild as Text, byId(doc, "i5"))).toBeGreaterThan(0);
  });

  it("orders siblings the same before and after it counts their parent's children", () => {
    const items = Array.from({ length: 400 }, (_, i) => `<li id="i${i}">${i}</li>`).join("");
    const doc = pageOf(`<ul>${items}</ul>`);
    const order = new ReadingOrder();
    const item = (i: number) => byId(doc, `i${i}`);
    // Past the first 64 comparisons under the list, its children are counted: both agree.
    const pairs = Array.from({ length: 200 }, (_, k) => [(k * 37) % 400, (k * 91 + 5) % 400]);
    for (const [a, b] of pairs) {
      const expected = Math.sign((a as number) - (b as number));
      expect(Math.sign(order.compare(item(a as number), item(b as number)))).toBe(expected);
    }
  });
});
