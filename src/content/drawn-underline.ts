// Whether the page already underlines a piece of text (a link, a heading styled with
// `text-decoration: underline`): a highlight's text decoration is painted on top of the
// element's own, never instead of it, so such text gets a highlight without one (see
// Highlighter: the "-plain" names).
import { composedParentElement } from "./composed-tree";

/**
 * Answers for the text of highlighted mentions only (tens on an article), reading computed styles
 * up the ancestors, each element once per session: an element's decoration is painted across all
 * of its in-flow descendants' text (CSS Text Decoration 3 §2), not inherited as a value.
 */
export class DrawnUnderlines {
  readonly #byElement = new WeakMap<Element, boolean>();

  /** Whether the page draws an underline under the text where `range` starts or ends. */
  underRange(range: AbstractRange): boolean {
    return this.#underNode(range.startContainer) || this.#underNode(range.endContainer);
  }

  #underNode(node: Node): boolean {
    const parent = composedParentElement(node);
    return parent !== null && this.#under(parent);
  }

  #under(element: Element): boolean {
    const known = this.#byElement.get(element);
    if (known !== undefined) return known;
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    let drawn = false;
    if (style) {
      if (style.textDecorationLine.includes("underline")) drawn = true;
      else if (!stopsDecorations(style)) {
        const parent = composedParentElement(element);
        drawn = parent !== null && this.#under(parent);
      }
    }
    this.#byElement.set(element, drawn);
    return drawn;
  }
}

/** Decorations of ancestors do not reach into floats, out-of-flow boxes or inline blocks. */
function stopsDecorations(style: CSSStyleDeclaration): boolean {
  if (style.float !== "none") return true;
  if (style.position === "absolute" || style.position === "fixed") return true;
  return style.display.startsWith("inline-") || style.display === "inline flow-root";
}
