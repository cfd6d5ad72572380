import { describe, expect, it } from "vitest";
import { type BlockText, detectMentions } from "./detect-mentions";
import { compileMatcherTables } from "./matcher-tables";
import { SAMPLE_ENTITIES } from "./testing/sample-entities";

const tables = compileMatcherTables(SAMPLE_ENTITIES);

// An AI sentence that opens the gate and names nothing ambiguous near the text under test.
const ON_TOPIC = "OpenAI and Microsoft published a report on AI safety.";

function spans(blocks: Array<string | BlockText>, declaredLang: "en" | "fr" | null = null) {
  const texts = blocks.map((block) => (typeof block === "string" ? { text: block } : block));
  return detectMentions(texts, tables, { declaredLang }).map((m) => ({
    id: m.entityId,
    text: texts[m.block]?.text.slice(m.start, m.end),
  }));
}

/** The mentions of the blocks after the gate-opening sentence. */
function mentionsAfterIntro(...blocks: string[]) {
  return spans([ON_TOPIC, ...blocks]).slice(2);
}

describe("detectMentions: matching", () => {
  it("prefers the longest alias where two start at the same place", () => {
    expect(mentionsAfterIntro("Backed by Sequoia Capital and xAI.")).toEqual([
      { id: "sequoia-capital", text: "Sequoia Capital" },
      { id: "xai", text: "xAI" },
    ]);
    expect(mentionsAfterIntro("réservé aux abonnés X Premium+ de xAI, puis à tous sur X.")).toEqual(
      [
        { id: "x-premium-plus", text: "X Premium+" },
        { id: "xai", text: "xAI" },
        { id: "x", text: "X" },
      ],
    );
    expect(mentionsAfterIntro("xAI says Grok 3 beats Grok.")).toEqual([
      { id: "xai", text: "xAI" },
      { id: "grok", text: "Grok 3" },
      { id: "grok", text: "Grok" },
    ]);
  });

  it("leaves French elision and English possessives outside the span", () => {
    expect(
      mentionsAfterIntro("la startup xAI d’Elon Musk, qu’OpenAI observe", "xAI’s chatbot"),
    ).toEqual([
      { id: "xai", text: "xAI" },
      { id: "elon-musk", text: "Elon Musk" },
      { id: "openai", text: "OpenAI" },
      { id: "xai", text: "xAI" },
    ]);
  });

  it("does not match inside a longer word, accented letters included", () => {
    expect(mentionsAfterIntro("xAIé Groking Xénon OpenAIs xAI")).toEqual([
      { id: "xai", text: "xAI" },
    ]);
  });

  it("respects the alias's case rule", () => {
    expect(mentionsAfterIntro("OPENAI and openai, but not XAI or Xai")).toEqual([
      { id: "openai", text: "OPENAI" },
      { id: "openai", text: "openai" },
    ]);
  });

  it("reads through no-break spaces, line breaks, soft hyphens and zero-width characters", () => {
    expect(
      mentionsAfterIntro(
        "Elon\u00a0Musk, Elon\n   Musk, Anthro\u00adpic, Open\u200bAI, Sequoia\u202fCapital",
      ),
    ).toEqual([
      { id: "elon-musk", text: "Elon\u00a0Musk" },
      { id: "elon-musk", text: "Elon\n   Musk" },
      { id: "anthropic", text: "Anthro\u00adpic" },
      { id: "openai", text: "Open\u200bAI" },
      { id: "sequoia-capital", text: "Sequoia\u202fCapital" },
    ]);
  });

  it("keeps legal suffixes and titles out of the span", () => {
    expect(mentionsAfterIntro("xAI Corp. and OpenAI, Inc. met Prince Alwaleed bin Talal.")).toEqual(
      [
        { id: "xai", text: "xAI" },
        { id: "openai", text: "OpenAI" },
        { id: "alwaleed-bin-talal", text: "Alwaleed bin Talal" },
      ],
    );
  });

  it("gives offsets into the block they were found in", () => {
    const mentions = detectMentions([{ text: ON_TOPIC }, { text: "  xAI" }], tables);
    expect(mentions.at(-1)).toEqual({ entityId: "xai", block: 1, start: 2, end: 5 });
  });
});

describe("detectMentions: the page gate", () => {
  it("highlights nothing on a page that is not about AI or tech", () => {
    expect(
      spans(["The giant Sequoia trees of California.", "Grok this, X marks the spot."]),
    ).toEqual([]);
    expect(spans(["Apple pie with Tesla coils, a recipe from Microsoft's cafeteria."])).toEqual([]);
  });

  it("opens on two names of the field, or one name and a word of the field", () => {
    expect(spans(["OpenAI and Anthropic."])).toHaveLength(2);
    expect(spans(["OpenAI ships a chatbot."])).toHaveLength(1);
    expect(spans(["OpenAI ships a dishwasher."])).toEqual([]);
  });

  it("ignores names in navigation and footers as evidence", () => {
    const footer = { text: "Follow us on Twitter · OpenAI partner", boilerplate: true };
    expect(spans(["Our Apple crumble with Mistral honey.", footer])).toEqual([]);
  });
});

describe("detectMentions: ambiguous names", () => {
  it("counts a short form after the full name, not without it", () => {
    expect(spans(["Elon Musk founded xAI. Musk said so."])).toEqual([
      { id: "elon-musk", text: "Elon Musk" },
      { id: "xai", text: "xAI" },
      { id: "elon-musk", text: "Musk" },
    ]);
    expect(spans(["OpenAI, the AI lab, said Altman would stay CEO."])).toEqual([
      { id: "openai", text: "OpenAI" },
    ]);
  });

  it("does not take another first name for the full name's", () => {
    expect(
      mentionsAfterIntro(
        "Elon Musk spoke; Kimbal Musk did not. M. Musk insiste, President Musk too.",
      ),
    ).toEqual([
      { id: "elon-musk", text: "Elon Musk" },
      { id: "elon-musk", text: "Musk" },
      { id: "elon-musk", text: "Musk" },
    ]);
  });

  it("takes the nearest full name where two people share a surname", () => {
    expect(
      mentionsAfterIntro("Dario Amodei runs it. Amodei said.", "Daniela Amodei too. Amodei added."),
    ).toEqual([
      { id: "dario-amodei", text: "Dario Amodei" },
      { id: "dario-amodei", text: "Amodei" },
      { id: "daniela-amodei", text: "Daniela Amodei" },
      { id: "daniela-amodei", text: "Amodei" },
    ]);
  });

  it("counts an ambiguous name with a cue word nearby", () => {
    expect(mentionsAfterIntro("Apple unveiled a new iPhone.")).toEqual([
      { id: "apple", text: "Apple" },
    ]);
    expect(
      spans(["OpenAI a un rival : la start-up Mistral lève des fonds pour son modèle d'IA."], "fr"),
    ).toEqual([
      { id: "openai", text: "OpenAI" },
      { id: "mistral-ai", text: "Mistral" },
    ]);
  });

  it("counts an ambiguous name next to other names of the story", () => {
    expect(mentionsAfterIntro("OpenAI multiplie les partenariats (Microsoft, Apple…).")).toEqual([
      { id: "openai", text: "OpenAI" },
      { id: "microsoft", text: "Microsoft" },
      { id: "apple", text: "Apple" },
    ]);
    expect(spans(["xAI raised money. Grok will be free.", "An AI chatbot."])).toContainEqual({
      id: "grok",
      text: "Grok",
    });
  });

  it("counts a name followed by a version number, except where a sentence starts", () => {
    expect(mentionsAfterIntro("It runs Claude 3.5 Sonnet.")).toEqual([
      { id: "claude", text: "Claude" },
    ]);
    expect(mentionsAfterIntro("Figure 3 shows the results.")).toEqual([]);
  });

  it("does not take the start of another proper name for a product", () => {
    expect(
      mentionsAfterIntro("Anthropic's Claude, unlike Claude Monet, paints in pixels."),
    ).toEqual([
      { id: "anthropic", text: "Anthropic" },
      { id: "claude", text: "Claude" },
    ]);
    expect(mentionsAfterIntro("xAI does not run Sequoia National Park.")).toEqual([
      { id: "xai", text: "xAI" },
    ]);
  });

  it("keeps product words after a name", () => {
    expect(
      mentionsAfterIntro("Meta Platforms and Tesla Optimus robots, Mistral Large by the startup."),
    ).toEqual([
      { id: "meta", text: "Meta Platforms" },
      { id: "tesla", text: "Tesla" },
      { id: "mistral-ai", text: "Mistral" },
    ]);
  });

  it("reads the letter X as the letter where it is one", () => {
    expect(
      mentionsAfterIntro(
        "Elon Musk renamed Twitter to X. Malcolm X, l’X, X-ray, 10 X and Model X are not it.",
      ).map((m) => m.text),
    ).toEqual(["Elon Musk", "Twitter", "X"]);
  });

  it("ignores an ambiguous name with no support even on an AI page", () => {
    expect(mentionsAfterIntro("Later, a Sequoia grew in the garden.")).toEqual([]);
  });
});
