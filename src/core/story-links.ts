// Which entities belong to the same story: the ties the dataset's statements state (rounds,
// positions, founders, products ...), in both directions. An ambiguous name ("Grok") counts on a
// page that names a related entity ("xAI").
import type { Entity } from "./dataset";
import { linksOfStatement } from "./statement-links";

/**
 * For each entity with an ambiguous alias (the only ones that need the support), the indices of
 * the entities linked to it, as "<entity>:<delta>.<delta>..." items in base 36 joined by spaces.
 */
export function encodeStoryLinks(entities: readonly Entity[]): string {
  const indexOf = new Map(entities.map((entity, index) => [entity.id, index]));
  const links = entities.map(() => new Set<number>());
  const link = (from: number, toId: string) => {
    const to = indexOf.get(toId);
    if (to === undefined || to === from) return;
    links[from]?.add(to);
    links[to]?.add(from);
  };
  entities.forEach((entity) => {
    for (const statement of entity.statements) {
      for (const tie of linksOfStatement(entity.id, statement)) {
        const from = indexOf.get(tie.from);
        if (from !== undefined) link(from, tie.to);
      }
    }
  });
  const items: string[] = [];
  entities.forEach((entity, index) => {
    const linked = [...(links[index] ?? [])].sort((a, b) => a - b);
    if (linked.length === 0 || !entity.aliases.some((alias) => alias.ambiguous)) return;
    let previous = 0;
    const deltas = linked.map((value) => {
      const delta = value - previous;
      previous = value;
      return delta.toString(36);
    });
    items.push(`${index.toString(36)}:${deltas.join(".")}`);
  });
  return items.join(" ");
}

export function decodeStoryLinks(encoded: string): Map<number, ReadonlySet<number>> {
  const links = new Map<number, ReadonlySet<number>>();
  if (encoded === "") return links;
  for (const item of encoded.split(" ")) {
    const [entity = "0", list = ""] = item.split(":");
    let value = 0;
    const linked = new Set<number>();
    for (const delta of list.split(".")) {
      value += Number.parseInt(delta, 36);
      linked.add(value);
    }
    links.set(Number.parseInt(entity, 36), linked);
  }
  return links;
}
