// Whether a mention is in the article itself (its headline or body) or in what surrounds it:
// navigation, breadcrumb, site header, byline, "related" and "most read" lists, footer. Read from
// tag names and a few attributes of the mention's ancestors, once per mention the policy asks
// about (see selectMentions): no layout, no computed style.
import { isBoilerplate, isContent } from "./element-kinds";

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

// Class, id or aria-label words of the parts around an article that plain tags do not mark:
// "breadcrumb", "c-byline", "author-name", "related-stories", "most-read", "mostPopular"…
const AROUND_THE_ARTICLE =
  /(?:^|[\s_-])(?:breadcrumbs?|byline|authors?|related|most-?read|most-?popular|popular|trending|recommended|sidebar|share|newsletter)(?:$|[\s_-])/i;

/** The article's own containers: with one on the page, text outside it is not the story. */
const ARTICLE_SELECTOR = "article, main, [role=main]";

function namesAPartAround(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.getAttribute("rel") === "author") return true;
  for (const name of ["class", "id", "aria-label", "itemprop"]) {
    const value = element.getAttribute(name);
    // camelCase ("mostRead") reads as words too.
    if (value && AROUND_THE_ARTICLE.test(value.replace(/([a-z])([A-Z])/g, "$1-$2"))) return true;
  }
  return false;
}

/**
 * Whether `node` (a mention's text) is in the article's headline or body. On a page with an
 * <article> or <main>, only text inside one counts, besides the page's <h1> (some sites put
 * the headline above the article element); any part marked as around the article does not.
 */
export function isInArticle(node: Node): boolean {
  const ancestors: Element[] = [];
  for (let at: Node | null = node.parentNode; at; ) {
    if (at.nodeType === ELEMENT_NODE) ancestors.push(at as Element);
    at = at.nodeType === DOCUMENT_FRAGMENT_NODE ? ((at as ShadowRoot).host ?? null) : at.parentNode;
  }
  let inContent = false;
  let inHeadline = false;
  // From the root down, as the text walk meets them: a <header> inside the article is its own.
  for (let i = ancestors.length - 1; i >= 0; i -= 1) {
    const element = ancestors[i] as Element;
    const tagName = element.tagName.toUpperCase();
    if (isBoilerplate(element, tagName, inContent) || namesAPartAround(element)) return false;
    if (isContent(tagName) || element.getAttribute("role") === "main") inContent = true;
    if (tagName === "H1") inHeadline = true;
  }
  if (inContent || inHeadline) return true;
  return node.ownerDocument?.querySelector(ARTICLE_SELECTOR) == null;
}
