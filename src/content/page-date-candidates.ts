// Gathers what a page says about when it was published, in the order findPublicationDate
// (src/core/page-date.ts) trusts it: meta tags, JSON-LD `datePublished` (in `@graph` and arrays
// too), `<time datetime>` in the article's header, `itemprop="datePublished"`, the URL's path,
// visible datelines. Its cost is bounded whatever the page's size: meta tags and JSON-LD are
// read from <head>, the rest from the first elements of the body in document order, where an
// article's header sits. It runs once per page, when a card or the popup first asks.

import type { DateCandidate } from "../core/page-date";

const META_NAMES = new Set([
  "article:published_time",
  "og:published_time",
  "og:pubdate",
  "pubdate",
  "publishdate",
  "publish-date",
  "published_time",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.created",
  "dcterms.issued",
  "date",
]);

/** The first elements of the body: an article's header and dateline come before its text. */
const MAX_BODY_ELEMENTS = 3000;
const MAX_JSON_LD = 8;
const MAX_JSON_LD_CHARS = 200_000;
const MAX_DATELINES = 12;
const MAX_DATELINE_CHARS = 200;
const MODIFIED_MARK = /modif|update|mise-a-jour|maj\b/i;
const DATELINE_MARK = /date|byline|publi/i;

function jsonLdDates(value: unknown, found: string[], depth = 0): void {
  if (depth > 6 || found.length > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) jsonLdDates(item, found, depth + 1);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === "string") found.push(record.datePublished);
  if (record["@graph"] !== undefined) jsonLdDates(record["@graph"], found, depth + 1);
  if (record.mainEntity !== undefined) jsonLdDates(record.mainEntity, found, depth + 1);
}

function marksOf(element: Element): string {
  // SVG elements' className is an object: read the attribute instead.
  return `${element.getAttribute("class") ?? ""} ${element.id} ${element.getAttribute("itemprop") ?? ""}`;
}

function readJsonLd(script: Element, into: DateCandidate[]): void {
  if (script.getAttribute("type") !== "application/ld+json") return;
  const text = script.textContent ?? "";
  if (text.length > MAX_JSON_LD_CHARS) return;
  const found: string[] = [];
  try {
    jsonLdDates(JSON.parse(text), found);
  } catch {
    // A page's broken JSON-LD says nothing; the other candidates still count.
  }
  for (const date of found) into.push({ source: "json-ld", text: date });
}

/** The page's date candidates, most trusted first. */
export function collectDateCandidates(doc: Document, url: string): DateCandidate[] {
  const meta: DateCandidate[] = [];
  const jsonLd: DateCandidate[] = [];
  for (const element of doc.head?.children ?? []) {
    if (element.localName === "meta") {
      const name = (element.getAttribute("property") ?? element.getAttribute("name") ?? "")
        .trim()
        .toLowerCase();
      const content = element.getAttribute("content");
      if (content && META_NAMES.has(name)) meta.push({ source: "meta", text: content });
      if (content && element.getAttribute("itemprop") === "datePublished")
        meta.push({ source: "itemprop", text: content });
    } else if (element.localName === "script" && jsonLd.length < MAX_JSON_LD) {
      readJsonLd(element, jsonLd);
    }
  }
  const times: DateCandidate[] = [];
  const itemprops: DateCandidate[] = [];
  const datelines: DateCandidate[] = [];
  const body = doc.body;
  if (body) {
    const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT);
    let visited = 0;
    for (
      let node = walker.nextNode();
      node && visited < MAX_BODY_ELEMENTS;
      node = walker.nextNode()
    ) {
      visited += 1;
      const element = node as Element;
      const tag = element.localName;
      if (tag === "script") {
        if (jsonLd.length < MAX_JSON_LD) readJsonLd(element, jsonLd);
        continue;
      }
      if (tag === "style" || tag === "template" || tag === "noscript") continue;
      const marks = marksOf(element);
      const modified = MODIFIED_MARK.test(marks);
      const datetime = element.getAttribute("datetime");
      if (element.getAttribute("itemprop") === "datePublished") {
        const text = element.getAttribute("content") ?? datetime ?? element.textContent ?? "";
        if (text.trim()) itemprops.push({ source: "itemprop", text: text.trim() });
        continue;
      }
      if (tag === "time" && datetime) {
        if (!modified && element.closest("article, header, main")) {
          times.push({ source: "time", text: datetime });
        }
        continue;
      }
      if (datelines.length >= MAX_DATELINES || modified) continue;
      if (tag === "time" || DATELINE_MARK.test(marks)) {
        const text = (element.textContent ?? "").trim();
        if (text !== "" && text.length <= MAX_DATELINE_CHARS) {
          datelines.push({ source: "dateline", text });
        }
      }
    }
  }
  return [
    ...meta.filter((candidate) => candidate.source === "meta"),
    ...jsonLd,
    ...times,
    ...meta.filter((candidate) => candidate.source === "itemprop"),
    ...itemprops,
    { source: "url", text: url },
    ...datelines,
  ];
}
