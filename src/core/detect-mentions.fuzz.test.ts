import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aliasFormsOf } from "./alias-forms";
import { canonicalText, foldText } from "./char-classes";
import { detectMentions } from "./detect-mentions";
import { loadMatcher } from "./matcher";
import { compileMatcherTables } from "./matcher-tables";
import { blockCursor, emptyFindings, scanBlock, scanBlockPart } from "./scan-block";
import { SAMPLE_ENTITIES } from "./testing/sample-entities";

const tables = compileMatcherTables(SAMPLE_ENTITIES);

// Each entity's aliases in the matcher's folded form, to check what a span claims to be.
const aliasesOf = new Map(
  SAMPLE_ENTITIES.map((entity) => [
    entity.id,
    new Set(aliasFormsOf(entity).forms.map((form) => form.folded)),
  ]),
);

// Pieces that make the matcher work: names, look-alikes, cue and topic words, punctuation.
const PIECES = [
  ...SAMPLE_ENTITIES.flatMap((entity) => entity.aliases.map((alias) => alias.text)),
  "OpenAI's",
  "d'Elon Musk",
  "l'X",
  "Kimbal Musk",
  "Claude Monet",
  "Grok 3.5",
  "X-ray",
  "chatbot",
  "AI",
  "IA",
  "startup",
  "the",
  "les",
  "grok",
  "mistral",
  ".",
  ",",
  "(",
  ")",
  "«",
  "»",
  "M.",
  "10",
  "%",
];
const SEPARATORS = [" ", "  ", "'", "-", ". ", ", ", "\n", ""];

/** Text made of pieces joined by ASCII separators: apostrophes, spaces and hyphens. */
const asciiText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(""));

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  asciiText,
  fc
    .array(fc.oneof(asciiText, fc.string({ unit: "binary", maxLength: 10 })), { maxLength: 6 })
    .map((parts) => parts.join("")),
);

// One-for-one replacements: offsets stay the same.
const VARIANTS: Record<string, readonly string[]> = {
  "'": ["\u2019", "\u02bc", "\u2018"],
  " ": ["\u00a0", "\u202f", "\u2009", "\u2002"],
  "-": ["\u2010", "\u2011", "\u2013", "\u2212"],
};

function blocksOf(texts: readonly string[]) {
  return texts.map((text) => ({ text }));
}

describe("detectMentions on any text", () => {
  it("never throws", () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 5 }), (texts) => {
        detectMentions(blocksOf(texts), tables);
        detectMentions(blocksOf(texts), tables, { declaredLang: "fr" });
      }),
      { numRuns: 500 },
    );
  });

  it("gives spans in range, in order, that read as an alias of the entity", () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (texts) => {
        const mentions = detectMentions(blocksOf(["OpenAI and Anthropic.", ...texts]), tables);
        let previous = { block: -1, end: 0 };
        for (const mention of mentions) {
          const text = ["OpenAI and Anthropic.", ...texts][mention.block] ?? "";
          expect(
            0 <= mention.start && mention.start < mention.end && mention.end <= text.length,
          ).toBe(true);
          if (mention.block === previous.block)
            expect(mention.start).toBeGreaterThanOrEqual(previous.end);
          else expect(mention.block).toBeGreaterThan(previous.block);
          previous = { block: mention.block, end: mention.end };
          const span = foldText(canonicalText(text.slice(mention.start, mention.end))).replace(
            / +/g,
            " ",
          );
          expect(aliasesOf.get(mention.entityId)?.has(span)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds the same mentions when apostrophes, spaces and hyphens are written as variants", () => {
    const withVariants = asciiText.chain((text) =>
      fc.array(fc.nat(), { minLength: text.length, maxLength: text.length }).map((choices) => ({
        text,
        variant: [...text]
          .map((char, index) => {
            const options = VARIANTS[char];
            return options ? (options[(choices[index] ?? 0) % options.length] ?? char) : char;
          })
          .join(""),
      })),
    );
    fc.assert(
      fc.property(withVariants, ({ text, variant }) => {
        const intro = "OpenAI and Anthropic.";
        expect(detectMentions(blocksOf([intro, variant]), tables)).toEqual(
          detectMentions(blocksOf([intro, text]), tables),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("finds the same in a block read in parts of any size as in one pass", () => {
    const matcher = loadMatcher(tables);
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 50 }), (text, partLength) => {
        const findings = emptyFindings();
        const cursor = blockCursor();
        let parts = 0;
        while (!scanBlockPart(text, matcher, findings, cursor, partLength)) parts += 1;
        expect(parts).toBe(Math.max(0, Math.ceil(text.length / partLength) - 1));
        expect(findings).toEqual(scanBlock(text, matcher));
      }),
    );
  });
});
