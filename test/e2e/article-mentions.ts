// What the first-mention and one-underline tests read in a page, in Chromium and Firefox alike:
// functions sent to the page as text (Playwright's and Puppeteer's `evaluate` both take that).

/** The fixture: an article whose menus, breadcrumb and "most read" name its subjects first. */
export const FIRST_MENTION_FIXTURE = "first-mention-article.html";
export const FIRST_MENTION_URL =
  "https://www.theverge.com/2024/5/27/xai-raises-6-billion-take-on-openai";

/**
 * In the page: a live Range over one of Backstory's highlighted spans, which are StaticRanges
 * (no text or geometry of their own). Sent as text inside the page functions of the tests.
 */
export const LIVE_RANGE = `((span) => {
  const range = document.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range;
})`;

/** Where on the page each highlighted mention of `text` is: "article", or the part around it. */
export function placesOfHighlighted(text: string): string {
  return `(() => {
    const places = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("backstory-") || name.startsWith("backstory-active")) continue;
      for (const span of highlight) {
        const range = ${LIVE_RANGE}(span);
        if (range.toString() !== ${JSON.stringify(text)}) continue;
        const element = range.startContainer.parentElement;
        const around = element.closest("nav, [role=navigation], .breadcrumbs, aside, footer, header.masthead");
        places.push(around ? around.tagName.toLowerCase() + (around.className ? "." + around.className : "") : element.closest("article") ? "article" : "elsewhere");
      }
    }
    return places;
  })()`;
}

/**
 * The box (in viewport or document pixels) of the first highlighted mention of `text` inside
 * `selector`, scrolled into view, with room below for underlines.
 */
export function underlineClip(selector: string, text: string, fromDocument: boolean): string {
  return `(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("backstory-") || name.startsWith("backstory-active")) continue;
      for (const span of highlight) {
        const range = ${LIVE_RANGE}(span);
        if (range.toString() !== ${JSON.stringify(text)}) continue;
        if (!range.startContainer.parentElement.closest(${JSON.stringify(selector)})) continue;
        range.startContainer.parentElement.scrollIntoView({ block: "center", behavior: "instant" });
        const rect = range.getClientRects()[0];
        const dx = ${fromDocument} ? scrollX : 0;
        const dy = ${fromDocument} ? scrollY : 0;
        return { x: Math.round(rect.left + dx) + 1, y: Math.round(rect.top + dy), width: Math.floor(rect.width) - 2, height: Math.ceil(rect.height) + 16 };
      }
    }
    return null;
  })()`;
}

/**
 * Also registers every plainly highlighted mention under its decorated name, as the
 * extension did before: what a doubled underline looks like to the counter.
 */
export const DECORATE_PLAIN_MENTIONS = `(() => {
  for (const [name, highlight] of [...CSS.highlights]) {
    const match = /^backstory-([a-z]+)-plain$/.exec(name);
    if (!match || match[1] === "active") continue;
    // Registered on its first range (a type named only in links has none).
    let decorated = CSS.highlights.get("backstory-" + match[1]);
    if (!decorated) {
      decorated = new Highlight();
      CSS.highlights.set("backstory-" + match[1], decorated);
    }
    for (const range of highlight) decorated.add(range);
  }
})()`;

export const NEXT_FRAMES =
  "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))";

/** Takes Backstory's highlights off the page (to see what the page paints by itself)… */
export const UNREGISTER_HIGHLIGHTS = `(() => {
  window.__backstoryTestSaved = [...CSS.highlights].filter(([name]) => name.startsWith("backstory-"));
  for (const [name] of window.__backstoryTestSaved) CSS.highlights.delete(name);
})()`;

/** …and puts them back. */
export const REGISTER_HIGHLIGHTS_AGAIN = `(() => {
  for (const [name, highlight] of window.__backstoryTestSaved) CSS.highlights.set(name, highlight);
})()`;
