// A small dataset for the matcher's tests: the names of the seed article and the look-alikes
// that trip a naive matcher. Written like the real entity files, trimmed to what matching reads.
import type { Alias, Entity, EntityType } from "../dataset";
import type { Statement } from "../statements";

type AliasSpec =
  | string
  | [text: string, rule: "sensitive" | "insensitive", ambiguous?: "ambiguous"];

function sample(
  id: string,
  name: string,
  type: EntityType,
  aliases: AliasSpec[],
  extra: { cues?: Entity["cues"]; statements?: Statement[] } = {},
): Entity {
  return {
    id,
    name,
    type,
    wikipedia: { en: name, fr: null },
    aliases: aliases.map((spec): Alias => {
      const [text, rule, ambiguous] =
        typeof spec === "string" ? ([spec, "insensitive"] as const) : spec;
      return {
        text,
        lang: "any",
        case: rule ?? "insensitive",
        ambiguous: ambiguous === "ambiguous",
      };
    }),
    ...(extra.cues ? { cues: extra.cues } : {}),
    summary: { en: `${name}.`, fr: `${name}.` },
    statements: extra.statements ?? [],
  };
}

const SOURCED = { sources: [{ url: "https://example.com/" }], checked: "2024-05-26" };

/** A tie stated the way the dataset stores it, on the entity it is about. */
function tie(property: "developed_by" | "invested_in", target: string): Statement {
  return { property, value: target, ...SOURCED };
}

export const SAMPLE_ENTITIES: Entity[] = [
  sample(
    "xai",
    "xAI",
    "company",
    [
      ["xAI", "sensitive"],
      ["xAI Corp", "sensitive"],
    ],
    {
      statements: [
        { property: "founders", value: [{ name: "Elon Musk", id: "elon-musk" }], ...SOURCED },
      ],
    },
  ),
  sample("openai", "OpenAI", "company", ["OpenAI"], {
    statements: [
      {
        property: "position",
        value: {
          person: { name: "Sam Altman", id: "sam-altman" },
          role: { en: "CEO", fr: "PDG" },
          kind: "leader",
        },
        ...SOURCED,
      },
    ],
  }),
  sample("microsoft", "Microsoft", "company", [["Microsoft", "sensitive"]]),
  sample("anthropic", "Anthropic", "company", [["Anthropic", "sensitive"]]),
  sample("apple", "Apple", "company", [["Apple", "sensitive", "ambiguous"]], {
    cues: { en: ["iphone", "ai", "vision pro"], fr: ["iphone", "ia", "vision pro"] },
  }),
  sample(
    "meta",
    "Meta Platforms",
    "company",
    [["Meta", "sensitive", "ambiguous"], "Meta Platforms"],
    {
      cues: { en: ["facebook", "llama"], fr: ["facebook", "llama"] },
    },
  ),
  sample(
    "mistral-ai",
    "Mistral AI",
    "company",
    [
      ["Mistral AI", "sensitive"],
      ["Mistral", "sensitive", "ambiguous"],
    ],
    {
      cues: { en: ["model", "startup", "chatbot"], fr: ["modèle", "start-up", "startup", "levée"] },
    },
  ),
  sample("tesla", "Tesla", "company", [["Tesla", "sensitive", "ambiguous"]], {
    cues: { en: ["electric", "optimus"], fr: ["électrique", "optimus"] },
  }),
  sample("elon-musk", "Elon Musk", "person", ["Elon Musk", ["Musk", "sensitive", "ambiguous"]], {
    cues: { en: ["tesla", "xai"], fr: ["tesla", "xai"] },
  }),
  sample(
    "sam-altman",
    "Sam Altman",
    "person",
    ["Sam Altman", ["Altman", "sensitive", "ambiguous"]],
    {
      cues: { en: ["openai", "ceo"], fr: ["openai", "patron"] },
    },
  ),
  sample(
    "dario-amodei",
    "Dario Amodei",
    "person",
    ["Dario Amodei", ["Amodei", "sensitive", "ambiguous"]],
    {
      cues: { en: ["anthropic"], fr: ["anthropic"] },
    },
  ),
  sample(
    "daniela-amodei",
    "Daniela Amodei",
    "person",
    ["Daniela Amodei", ["Amodei", "sensitive", "ambiguous"]],
    {
      cues: { en: ["anthropic"], fr: ["anthropic"] },
    },
  ),
  sample(
    "grok",
    "Grok",
    "product",
    [
      ["Grok", "sensitive", "ambiguous"],
      ["Grok 3", "sensitive"],
    ],
    {
      cues: { en: ["chatbot", "xai"], fr: ["chatbot", "xai", "ia"] },
      statements: [tie("developed_by", "xai")],
    },
  ),
  sample("claude", "Claude", "product", [["Claude", "sensitive", "ambiguous"]], {
    cues: { en: ["anthropic", "chatbot"], fr: ["anthropic", "chatbot"] },
    statements: [tie("developed_by", "anthropic")],
  }),
  sample(
    "x",
    "X",
    "product",
    [
      ["X", "sensitive", "ambiguous"],
      ["Twitter", "sensitive"],
    ],
    {
      cues: { en: ["social network", "twitter", "posts"], fr: ["réseau social", "twitter"] },
    },
  ),
  sample("x-premium-plus", "X Premium+", "product", [["X Premium+", "sensitive"]]),
  sample(
    "sequoia-capital",
    "Sequoia Capital",
    "investor",
    ["Sequoia Capital", ["Sequoia", "sensitive", "ambiguous"]],
    {
      cues: { en: ["venture", "investor"], fr: ["investisseur", "fonds"] },
      statements: [tie("invested_in", "xai")],
    },
  ),
  sample(
    "figure-ai",
    "Figure AI",
    "company",
    [
      ["Figure AI", "insensitive"],
      ["Figure", "sensitive", "ambiguous"],
    ],
    { cues: { en: ["humanoid", "robot"], fr: ["humanoïde", "robot"] } },
  ),
  sample("andreessen-horowitz", "Andreessen Horowitz", "investor", [
    "Andreessen Horowitz",
    ["a16z", "sensitive"],
  ]),
  sample("alwaleed-bin-talal", "Alwaleed bin Talal", "person", [
    "Alwaleed bin Talal",
    "Prince Alwaleed bin Talal",
  ]),
];
