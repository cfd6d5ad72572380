import { describe, expect, it } from "vitest";
import { buildTrie, childOf, loadTrie, ROOT } from "./trie";

function walk(trie: ReturnType<typeof loadTrie>, word: string): number {
  let node = ROOT;
  for (const char of word) {
    node = childOf(trie, node, char.charCodeAt(0));
    if (node < 0) return -1;
  }
  return trie.patternAt[node] ?? -1;
}

describe("the shipped trie", () => {
  const keys = ["xai", "x", "x premium+", "grok", "grok 3", "élysée", "openai", "open ai"];
  const { trie: encoded, order } = buildTrie(keys);
  const trie = loadTrie(encoded);

  it("finds every pattern after a round trip through JSON, numbered in code-unit order", () => {
    const shipped = loadTrie(JSON.parse(JSON.stringify(encoded)));
    expect(order).toEqual([...keys].sort());
    for (const key of keys) expect(order[walk(shipped, key)]).toBe(key);
  });

  it("finds nothing for prefixes and unknown words", () => {
    expect(walk(trie, "gro")).toBe(-1);
    expect(walk(trie, "groks")).toBe(-1);
    expect(walk(trie, "anthropic")).toBe(-1);
  });

  it("has one label per node but the root", () => {
    expect(encoded.labels.length).toBe(encoded.shape.length - 1);
  });
});
