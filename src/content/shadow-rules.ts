// Firefox gives a shadow tree's text only the highlight rules of the shadow tree itself. The
// Firefox build's shadow roots with mentions get a copy of ours, as an adopted stylesheet: its
// text comes in a bundle of its own, on the first such shadow root (most pages have none), so
// the content script every page compiles does not carry the rules twice (the manifest's
// stylesheet has them for the document).
import { registeredBy } from "./registered-bundle";

export const SHADOW_RULES_KEY = Symbol.for("backstory.shadow-rules");

export type ShadowRulesScope = { [SHADOW_RULES_KEY]?: string };

/** The highlight rules as CSS text, loaded once per frame (by `load`). */
export function shadowRules(load: () => Promise<void>): Promise<string> {
  return registeredBy<string>(SHADOW_RULES_KEY, load);
}
