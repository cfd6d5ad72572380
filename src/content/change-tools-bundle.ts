// Entry of the change tools bundle, run in the content script's world on a page's first change.
import { CHANGE_TOOLS_KEY, type ChangeToolsScope } from "./change-tools";
import { pageChangeTools } from "./page-change-tools";

(globalThis as ChangeToolsScope)[CHANGE_TOOLS_KEY] = pageChangeTools;
