// The benchmark's pages, generated from a seed so every run measures the same bytes. Names come
// from the compiled dataset, so mentions exist whatever the dataset holds.
import type { BenchAlias } from "./aliases";
import { TextWriter } from "./text-writer";

export const PAGE_NAMES = ["article", "long", "feed", "empty", "dynamic", "quiet"] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export interface BenchPage {
  name: PageName;
  html: string;
  /** Names written into the page (for `dynamic`: initial plus inserted). */
  planted: number;
  /** Visible characters written (approximate: the floor baseline counts the real ones). */
  textChars: number;
  description: string;
}

/** Insertion schedule of the `dynamic` page: 100 posts a second for 10 seconds. */
export const DYNAMIC_FEED = { batches: 100, postsPerBatch: 10, intervalMs: 100 } as const;

export function generatePage(
  name: PageName,
  aliases: readonly BenchAlias[],
  seed: number,
): BenchPage {
  const writer = new TextWriter(aliases, seed + PAGE_NAMES.indexOf(name));
  switch (name) {
    case "article":
      return finish(
        name,
        writer,
        articlePage(writer, 58),
        "~2,000-word news article, ~60 mentions",
      );
    case "long":
      return finish(
        name,
        writer,
        longPage(writer, 8000),
        "~1 MB in ~5,000 blocks, ~8,000 mentions",
      );
    case "empty":
      return finish(name, writer, longPage(writer, 0), "~1 MB in ~5,000 blocks, no entity");
    case "feed":
      return finish(
        name,
        writer,
        feedPage(writer),
        "~30,000 short text nodes, 800-row table, re-rendering",
      );
    case "dynamic":
      return finish(name, writer, dynamicPage(writer), "inserts 100 posts/s for 10 s");
    // "Not for us, whatever its size": most articles on a listed site name no one it knows.
    case "quiet":
      return finish(name, writer, articlePage(writer, 0), "~2,000-word news article, no entity");
  }
}

function finish(name: PageName, writer: TextWriter, html: string, description: string): BenchPage {
  return { name, html, planted: writer.planted, textChars: writer.textChars, description };
}

function document(title: string, body: string, extraHead = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:17px/1.6 Georgia,serif;max-width:720px;margin:0 auto;padding:0 16px;color:#222}
nav a{margin-right:12px}.post{border-bottom:1px solid #ddd;padding:8px 0}
.post header{font:14px system-ui,sans-serif;color:#555}.post footer button{margin-right:6px}
table{border-collapse:collapse;font:13px system-ui,sans-serif}td,th{border:1px solid #ccc;padding:2px 6px}
</style>${extraHead}</head>
<body>${body}</body></html>`;
}

function siteHeader(writer: TextWriter): string {
  const links = Array.from(
    { length: 8 },
    () => `<a href="/s/${writer.int(99)}">${writer.text(writer.word())}</a>`,
  );
  return `<header><p class="logo">${writer.text("The Daily Ledger")}</p><nav>${links.join("")}</nav></header>`;
}

function siteFooter(writer: TextWriter): string {
  const links = Array.from(
    { length: 12 },
    () => `<li><a href="/f/${writer.int(99)}">${writer.text(writer.word())}</a></li>`,
  );
  return `<footer><ul>${links.join("")}</ul><p>${writer.paragraph(30, 0)}</p></footer>`;
}

/** A news article: ~2,000 words in ~26 paragraphs, ~60 mentions, the usual page furniture. */
function articlePage(writer: TextWriter, names: number): string {
  const paragraphs = 26;
  const mentions = writer.spread(names, paragraphs);
  const parts = [siteHeader(writer), "<main><article>"];
  const inHead = Math.min(names, 1);
  parts.push(`<h1>${writer.paragraph(12, inHead)}</h1>`);
  parts.push(`<p class="standfirst">${writer.paragraph(30, inHead)}</p>`);
  parts.push(
    `<p class="byline">${writer.text(`By ${writer.personName()}`)} · <time>${writer.text("June 3, 2025")}</time></p>`,
  );
  parts.push(`<figure><figcaption>${writer.paragraph(18, 0)}</figcaption></figure>`);
  for (let i = 0; i < paragraphs; i += 1) {
    if (i === 9 || i === 18) parts.push(`<h2>${writer.paragraph(7, 0)}</h2>`);
    if (i === 13) parts.push(`<blockquote><p>${writer.paragraph(25, 0)}</p></blockquote>`);
    parts.push(`<p>${writer.paragraph(70, mentions[i] ?? 0)}</p>`);
  }
  parts.push("</article>");
  const related = Array.from(
    { length: 6 },
    () => `<li><a href="/r/${writer.int(999)}">${writer.paragraph(9, 0)}</a></li>`,
  );
  parts.push(
    `<aside><h3>${writer.text("Related")}</h3><ul>${related.join("")}</ul></aside></main>`,
  );
  parts.push(siteFooter(writer));
  return document("Article", parts.join("\n"));
}

/**
 * ~1 MB of article text in ~5,000 blocks (paragraphs, list items, quotes, headings) with
 * nested inline markup; `mentions` names spread over them (none: the `empty` page).
 */
function longPage(writer: TextWriter, mentions: number): string {
  const blocks = 5000;
  const perBlock = writer.spread(mentions, blocks);
  const parts = [siteHeader(writer), "<main><article>", `<h1>${writer.paragraph(10, 0)}</h1>`];
  let list: string[] = [];
  for (let i = 0; i < blocks; i += 1) {
    const count = perBlock[i] ?? 0;
    const kind = i % 50;
    if (kind === 0) {
      parts.push(`<h2>${writer.paragraph(6, Math.min(count, 1))}</h2>`);
      if (count > 1) parts.push(`<p>${writer.paragraph(20, count - 1, { nested: true })}</p>`);
    } else if (kind >= 40 && kind < 45) {
      list.push(`<li>${writer.paragraph(26, count, { nested: true })}</li>`);
      if (kind === 44) {
        parts.push(`<ul>${list.join("")}</ul>`);
        list = [];
      }
    } else if (kind === 25) {
      parts.push(
        `<blockquote><p>${writer.paragraph(28, count, { nested: true })}</p></blockquote>`,
      );
    } else {
      parts.push(`<div class="para"><p>${writer.paragraph(28, count, { nested: true })}</p></div>`);
    }
  }
  parts.push("</article></main>", siteFooter(writer));
  return document("Long read", parts.join("\n"));
}

/** One social post as markup: author, handle, time, text, counters (~17 text nodes). */
function post(writer: TextWriter, mentions: number, minutes: number): string {
  const author = writer.personName();
  const handle = `@${author.toLowerCase().replace(" ", "_")}`;
  const tag = `#${writer.word()}${writer.word()}`;
  return (
    `<article class="post"><header><span class="name">${writer.text(author)}</span> ` +
    `<span class="handle">${writer.text(handle)}</span> · <time data-m="${minutes}">${writer.text(`${minutes}m`)}</time></header>` +
    `<p>${writer.paragraph(14 + writer.int(14), mentions)} <a href="/tag">${writer.text(tag)}</a> ${writer.text(writer.word())}</p>` +
    `<footer><button>${writer.text("Reply")}</button><span>${writer.text(writer.count(90))}</span>` +
    `<button>${writer.text("Repost")}</button><span>${writer.text(writer.count(400))}</span>` +
    `<button>${writer.text("Like")}</button><span>${writer.text(writer.count(3000))}</span></footer></article>`
  );
}

/** A funding tracker: 800 rows, a dataset name in one row of three. */
function fundingTable(writer: TextWriter, rows: number): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i += 1) {
    const company =
      i % 3 === 0
        ? writer.mention("plain")
        : writer.text(`${writer.madeUpCompany()} ${writer.word()}`);
    const cells = [
      writer.text(String(i + 1)),
      company,
      writer.text(`Series ${"ABCDEF"[writer.int(6)]}`),
      writer.text(`$${writer.count(900)}m`),
      writer.text(writer.personName()),
      writer.text(`2025-0${1 + writer.int(9)}-1${writer.int(9)}`),
      writer.text(writer.word()),
      writer.text(writer.word()),
    ];
    body.push(`<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`);
  }
  const head = ["#", "Company", "Round", "Amount", "Lead", "Date", "Sector", "Region"];
  return `<table><thead><tr>${head.map((cell) => `<th>${cell}</th>`).join("")}</tr></thead><tbody>${body.join("")}</tbody></table>`;
}

// The feed re-renders as a framework would: relative times tick every half second (each a new
// text node) and a few posts are replaced by fresh copies of themselves.
const FEED_RERENDER_SCRIPT = `<script>
(() => {
  let tick = 0;
  const timer = setInterval(() => {
    tick += 1;
    for (const time of document.querySelectorAll("time[data-m]")) {
      time.textContent = (Number(time.dataset.m) + tick) + "m";
    }
    const posts = document.querySelectorAll("article.post");
    for (let i = 0; i < 10; i += 1) {
      const post = posts[(tick * 37 + i * 101) % posts.length];
      if (post) post.replaceWith(post.cloneNode(true));
    }
  }, 500);
  // The benchmark stops the re-rendering before it reads the heap, so every method's heap is
  // read on a page at rest.
  window.__benchPause = () => clearInterval(timer);
})();
</script>`;

/** ~1,400 posts (~24,000 text nodes) beside an 800-row table (~6,400 cells): ~30,000 nodes. */
function feedPage(writer: TextWriter): string {
  const posts = 1400;
  const perPost = writer.spread(700, posts);
  const items = perPost.map((count, index) => post(writer, count, 1 + (index % 59)));
  const body = [
    siteHeader(writer),
    `<main><section class="feed">${items.join("")}</section>`,
    `<section class="tracker"><h2>${writer.text("Funding tracker")}</h2>${fundingTable(writer, 800)}</section></main>`,
    FEED_RERENDER_SCRIPT,
  ];
  return document("Feed", body.join("\n"));
}

/**
 * A live feed: 20 posts at load, then, once `__benchStartFeed()` is called, 10 posts every
 * 100 ms for 10 s, each insertion marked `page:insert` with the names planted so far.
 */
function dynamicPage(writer: TextWriter): string {
  const initial = Array.from({ length: 20 }, (_, index) => post(writer, 1, index + 1));
  const initialPlanted = writer.planted;
  const batches: string[] = [];
  const plantedAfter: number[] = [];
  for (let b = 0; b < DYNAMIC_FEED.batches; b += 1) {
    const html = Array.from({ length: DYNAMIC_FEED.postsPerBatch }, () => post(writer, 1, 0)).join(
      "",
    );
    batches.push(html);
    plantedAfter.push(writer.planted);
  }
  const script = `<script>
(() => {
  const batches = ${JSON.stringify(batches).replace(/</g, "\\u003c")};
  const plantedAfter = ${JSON.stringify(plantedAfter)};
  window.__benchPlanted = ${initialPlanted};
  window.__benchStartFeed = () => {
    const feed = document.querySelector(".feed");
    let next = 0;
    const timer = setInterval(() => {
      feed.insertAdjacentHTML("beforeend", batches[next]);
      window.__benchPlanted = plantedAfter[next];
      performance.mark("page:insert", { detail: { planted: plantedAfter[next] } });
      next += 1;
      if (next === batches.length) {
        clearInterval(timer);
        window.__benchFeedDone = true;
      }
    }, ${DYNAMIC_FEED.intervalMs});
  };
})();
</script>`;
  const body = [
    siteHeader(writer),
    `<main><section class="feed">${initial.join("")}</section></main>`,
    script,
  ];
  return document("Live feed", body.join("\n"));
}
