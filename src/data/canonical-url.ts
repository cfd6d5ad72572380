// Turns the address a source was read at into the address of the original publication: a proxy
// that wraps another URL is unwrapped, a copy of a Wikipedia article becomes the article itself,
// the mobile Wikipedia host and tracking parameters are dropped. Used by the migration and by the
// validator's hints; it fetches nothing.

const WRAPPED_IN_PATH = /^\/(?:reader\/)?(https?):?\/\/?(.+)$/;
const DASHED_SCHEME_IN_PATH = /^\/(https?)-([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/.*)?$/i;
const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i;

/** The URL a proxy wraps (`/reader/https://…`, `/https-host/…`, `…?host=en.wikipedia.org`), or undefined. */
export function unwrapUrl(url: URL): URL | undefined {
  const host = url.searchParams.get("host");
  if (host && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(host)) {
    return new URL(`https://${host}${url.pathname}`);
  }
  const dashed = DASHED_SCHEME_IN_PATH.exec(url.pathname);
  if (dashed) return new URL(`https://${dashed[2]}${dashed[3] ?? "/"}${url.search}`);
  const wrapped = WRAPPED_IN_PATH.exec(url.pathname + url.search);
  if (wrapped?.[2]?.includes(".")) return new URL(`https://${wrapped[2]}`);
  return undefined;
}

/** The Wikipedia article a copy shows: the title is the copy's last path segment. */
export function wikipediaArticleOfCopy(url: URL, lang = "en"): URL | undefined {
  const segments = url.pathname.split("/").filter(Boolean);
  const title = segments.at(-1);
  if (!title || title.includes(".")) return undefined;
  return new URL(`https://${lang}.wikipedia.org/wiki/${title}`);
}

/** Same address without tracking parameters and on the desktop Wikipedia host. */
export function tidyUrl(url: URL): URL {
  const tidy = new URL(url.href);
  for (const key of [...tidy.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) tidy.searchParams.delete(key);
  }
  tidy.hostname = tidy.hostname.replace(/^([a-z]{2,3})\.m\.wikipedia\.org$/, "$1.wikipedia.org");
  tidy.hash = "";
  return tidy;
}

const AMP_SEGMENT = /^(amp|ampstories|amp-\d+\.html)$|\.amp(\.html)?$/;

/**
 * Whether the address is a publisher's AMP rendition of an article (`/amp/story/…`, `…/amp`,
 * livemint's `/amp-<id>.html`, `?amp=1`, `amp.` hosts): the same words, but not the address the
 * publisher gives as canonical, and often served from caches.
 */
export function isAmpCopy(url: URL): boolean {
  if (url.hostname.split(".")[0] === "amp") return true;
  if (url.searchParams.has("amp") || url.searchParams.get("outputType") === "amp") return true;
  return url.pathname.split("/").some((segment) => AMP_SEGMENT.test(segment.toLowerCase()));
}

/** A publication date written in the URL's path (`/2024/05/27/`, `/2024/05/`), when there is one. */
export function dateInUrlPath(url: URL): string | undefined {
  const match = /\/(20\d{2}|19\d{2})\/(0[1-9]|1[0-2])(?:\/(0[1-9]|[12]\d|3[01]))?\//.exec(
    `${url.pathname}/`,
  );
  if (!match) return undefined;
  return [match[1], match[2], match[3]].filter(Boolean).join("-");
}
