import { describe, expect, it } from "vitest";
import { loadMatcher } from "./matcher";
import { compileMatcherTables } from "./matcher-tables";
import { scanBlock } from "./scan-block";
import { SAMPLE_ENTITIES } from "./testing/sample-entities";

const matcher = loadMatcher(compileMatcherTables(SAMPLE_ENTITIES));
const idOf = (entity: number) => matcher.tables.entities[entity]?.id;

describe("scanBlock", () => {
  it("finds names at word starts only, leftmost-longest, with offsets into the text as given", () => {
    const text = "Sequoia\u00ad Capital, notSequoia, X Premium+ and Grok 3";
    const names = scanBlock(text, matcher).names.map((hit) => ({
      text: text.slice(hit.start, hit.end),
      ids: hit.names.map((name) => idOf(name.entity)),
    }));
    expect(names).toEqual([
      { text: "Sequoia\u00ad Capital", ids: ["sequoia-capital"] },
      { text: "X Premium+", ids: ["x-premium-plus"] },
      { text: "Grok 3", ids: ["grok"] },
    ]);
  });

  it("keeps every entity of a shared ambiguous alias for the page pass to choose", () => {
    const [hit] = scanBlock("Amodei said", matcher).names;
    expect(hit?.names.map((name) => idOf(name.entity))).toEqual(["dario-amodei", "daniela-amodei"]);
  });

  it("counts cue words, topic terms, language words and lower-case uses of ambiguous names", () => {
    const findings = scanBlock(
      "le modèle de la levée utilise l'IA et un chatbot; grok, mistral",
      matcher,
    );
    expect(findings.cues.length).toBeGreaterThanOrEqual(2);
    expect(findings.topics.length).toBeGreaterThanOrEqual(2);
    expect(findings.languageVotes).toEqual({ en: 0, fr: 2 });
    expect(findings.commonWords).toHaveLength(2);
  });
});
