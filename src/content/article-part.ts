// Whether a mention is in the article itself (its headline or body) or in what surrounds it:
// navigation, breadcrumb, site header, byline, "related" and "most read" lists, footer. Read from
// tag names and a few attributes of the mention's ancestors, once per mention the policy asks
// about (see selectMentions): no layout, no computed style.
import { composedParentElement } from "./composed-tree";
import { isBoilerplate, isContent } from "./element-kinds";

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

// What the walk from the root down knows on reaching an element: outside the article for good,
// or inside content and/or the headline so far.
const AROUND = -1;
const IN_CONTENT = 1;
const IN_HEADLINE = 2;

/**
 * Whether mentions are in the article, for the new mentions of one read (see PageText). Each
 * element's verdict is kept, so thousands of mentions 5,000 levels deep cost one walk of the
 * ancestors, and whether the page has an article container is asked once, not per mention
 * (a query over 200,000 elements each time was a long task). Made anew for every read: the
 * page may have changed since.
 */
export class ArticleParts {
  readonly #byElement = new WeakMap<Element, number>();
  #hasContainer: boolean | null = null;

  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  /**
   * Whether `node` (a mention's text) is in the article's headline or body. On a page with an
   * <article> or <main>, only text inside one counts, besides the page's <h1> (some sites put
   * the headline above the article element); any part marked as around the article does not.
   */
  contains(node: Node): boolean {
    const parent = composedParentElement(node);
    const state = parent ? this.#stateOf(parent) : 0;
    if (state === AROUND) return false;
    if (state !== 0) return true;
    this.#hasContainer ??= this.#doc.querySelector(ARTICLE_SELECTOR) != null;
    return !this.#hasContainer;
  }

  #stateOf(element: Element): number {
    // Up to the nearest element already known (or the root), then down, as the text walk meets them.
    const unknown: Element[] = [];
    let state = 0;
    for (let at: Element | null = element; at; at = composedParentElement(at)) {
      const known = this.#byElement.get(at);
      if (known !== undefined) {
        state = known;
        break;
      }
      unknown.push(at);
    }
    for (let i = unknown.length - 1; i >= 0; i -= 1) {
      const at = unknown[i] as Element;
      state = state === AROUND ? AROUND : nextState(state, at);
      this.#byElement.set(at, state);
    }
    return state;
  }
}

/** The state below `element`, given the state above it. */
function nextState(above: number, element: Element): number {
  const name = element.localName;
  // A <header> inside the article is its own.
  if (isBoilerplate(element, name, (above & IN_CONTENT) !== 0) || namesAPartAround(element)) {
    return AROUND;
  }
  let state = above;
  if (isContent(name) || element.getAttribute("role") === "main") state |= IN_CONTENT;
  if (name === "h1") state |= IN_HEADLINE;
  return state;
}
