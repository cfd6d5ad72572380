// Gathers what a page says about when it was published, for findPublicationDate
// (src/core/page-date.ts) to decide: meta tags, JSON-LD `datePublished` (in `@graph` and arrays
// too), `<time datetime>` in the article's header, `itemprop="datePublished"`, the URL's path,
// and visible datelines. A few selector queries and at most a few small JSON parses: it runs
// once per page, after the first read.

import type { DateCandidate } from "../core/page-date";

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[property="og:pubdate"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  // Dublin Core names are written in either case; spelt out rather than with the `i` flag.
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DCTERMS.created"]',
  'meta[name="dcterms.created"]',
  'meta[name="dcterms.issued"]',
  'meta[name="date"]',
].join(",");

// Header <time> elements; one marked as a modification is not a publication.
const HEADER_TIME_SELECTORS =
  "article header time[datetime], header time[datetime], time[pubdate][datetime], article time[datetime], main time[datetime]";
const MODIFIED_MARK = /modif|update|mise-a-jour|maj\b/i;
const DATELINE_SELECTORS =
  '[class*="date" i], [class*="byline" i], [class*="publi" i], [class*="dateline" i], [id*="date" i], time:not([datetime])';
const MAX_JSON_LD = 8;
const MAX_JSON_LD_CHARS = 200_000;
const MAX_DATELINES = 12;
const MAX_DATELINE_CHARS = 200;

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

function isModification(element: Element): boolean {
  const marks = `${element.className} ${element.id} ${element.getAttribute("itemprop") ?? ""}`;
  return MODIFIED_MARK.test(marks);
}

export function collectDateCandidates(doc: Document, url: string): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  for (const meta of doc.querySelectorAll(META_SELECTORS)) {
    const content = meta.getAttribute("content");
    if (content) candidates.push({ source: "meta", text: content });
  }
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(
    0,
    MAX_JSON_LD,
  );
  for (const script of scripts) {
    const text = script.textContent ?? "";
    if (text.length > MAX_JSON_LD_CHARS) continue;
    const found: string[] = [];
    try {
      jsonLdDates(JSON.parse(text), found);
    } catch {
      // A page's broken JSON-LD says nothing; the other candidates still count.
    }
    for (const date of found) candidates.push({ source: "json-ld", text: date });
  }
  for (const time of doc.querySelectorAll(HEADER_TIME_SELECTORS)) {
    const datetime = time.getAttribute("datetime");
    if (datetime && !isModification(time)) candidates.push({ source: "time", text: datetime });
  }
  for (const element of doc.querySelectorAll('[itemprop="datePublished"]')) {
    const text =
      element.getAttribute("content") ??
      element.getAttribute("datetime") ??
      element.textContent ??
      "";
    if (text.trim()) candidates.push({ source: "itemprop", text: text.trim() });
  }
  candidates.push({ source: "url", text: url });
  let datelines = 0;
  for (const element of doc.querySelectorAll(DATELINE_SELECTORS)) {
    if (datelines >= MAX_DATELINES) break;
    if (element.closest("script, style, template, noscript")) continue;
    const text = (element.textContent ?? "").trim();
    if (text === "" || text.length > MAX_DATELINE_CHARS || isModification(element)) continue;
    candidates.push({ source: "dateline", text });
    datelines += 1;
  }
  return candidates;
}
