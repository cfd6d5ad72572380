// Which dataset entities a name can stand for: the matcher's own tables, read for one whole
// name. "Wrong entity" offers the others as what the name really is; the options page asks
// before a user's own name takes over a built-in one.
import { canonicalName } from "./alias-forms";
import { foldText } from "./char-classes";
import type { Matcher } from "./matcher";
import type { EntityHeader } from "./matcher-tables";
import { childOf, ROOT } from "./trie";

/** Every entity that has `name` as an alias (any case, any spacing the matcher accepts). */
export function entitiesNamed(matcher: Matcher, name: string): EntityHeader[] {
  const key = foldText(canonicalName(name));
  if (key.length === 0) return [];
  let node = ROOT;
  for (let at = 0; at < key.length && node >= 0; at += 1) {
    node = childOf(matcher.trie, node, key.charCodeAt(at));
  }
  const pattern = node < 0 ? -1 : (matcher.trie.patternAt[node] as number);
  if (pattern < 0) return [];
  const found: EntityHeader[] = [];
  for (const meaning of matcher.meaningsOf(pattern).names) {
    const entity = matcher.tables.entities[meaning.entity];
    if (entity && !found.some((known) => known.id === entity.id)) found.push(entity);
  }
  return found;
}
