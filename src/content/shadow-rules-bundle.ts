// Entry of the Firefox build's shadow-rules bundle (see shadow-rules.ts).
import highlightCss from "../styles/highlights.css?inline";
import { SHADOW_RULES_KEY, type ShadowRulesScope } from "./shadow-rules";

(globalThis as ShadowRulesScope)[SHADOW_RULES_KEY] = highlightCss;
