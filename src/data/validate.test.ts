import { describe, expect, it } from "vitest";
import type { Entity } from "../core/dataset";
import { asFiles, fileOf, makeEntity, makeRaw, sourced, usd } from "./make-entity";
import { type DatasetProblem, formatProblem, validateDataset, validateEntity } from "./validate";

const FILE = fileOf("xai");

/** The single problem validation finds in `raw` (filed as xai.json unless said otherwise). */
function onlyProblem(raw: unknown, file = FILE): DatasetProblem {
  const { problems } = validateEntity(raw, file);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0] as DatasetProblem;
}

function expectOnlyProblem(raw: unknown, field: string, message?: RegExp, entity = "xai"): void {
  const problem = onlyProblem(raw);
  expect(problem).toMatchObject({ file: FILE, entity, field });
  if (message) expect(problem.message).toMatch(message);
}

/** A complete, valid company: every kind of fact, a relation and a round. */
function completeEntity(): Entity {
  return makeEntity({
    cues: { en: ["chatbot"], fr: ["agent conversationnel"] },
    aliases: [
      { text: "xAI", lang: "any", case: "sensitive" },
      { text: "X.AI", lang: "en", case: "insensitive" },
      { text: "Grok maker", lang: "en", case: "insensitive", ambiguous: true },
    ],
    facts: {
      founded: { date: "2023-03", ...sourced() },
      headquarters: {
        place: { en: "Palo Alto, California", fr: "Palo Alto, Californie" },
        ...sourced(),
      },
      founders: {
        people: [{ name: "Elon Musk", id: "elon-musk" }, { name: "Igor Babuschkin" }],
        ...sourced(),
      },
      leaders: [
        {
          person: { name: "Elon Musk", id: "elon-musk" },
          role: { en: "CEO", fr: "PDG" },
          ...sourced(),
        },
      ],
      employees: { count: 1200, ...sourced() },
      valuation: {
        amount: usd(24e9),
        ...sourced(),
        note: "Post-money, per the later of two reports.",
      },
      totalFunding: { amount: usd(12e9), ...sourced() },
      released: { date: "2023-11-04", ...sourced() },
      specs: [
        { label: { en: "GPUs", fr: "GPU" }, value: { en: "100,000", fr: "100 000" }, ...sourced() },
      ],
    },
    relations: [{ type: "owned_by", target: "elon-musk", date: "2023", ...sourced() }],
    rounds: [
      {
        date: "2024-05-26",
        series: "Series B",
        amount: usd(6e9),
        valuation: usd(24e9),
        lead: ["sequoia-capital"],
        participants: ["elon-musk"],
        ...sourced(),
      },
    ],
  });
}

describe("validateEntity", () => {
  it("accepts a complete entity and returns it", () => {
    const entity = completeEntity();
    expect(validateEntity(entity, FILE)).toEqual({ entity, problems: [] });
  });

  it("returns no entity when the file has a problem", () => {
    expect(validateEntity(makeRaw({ name: "" }), FILE).entity).toBeUndefined();
  });

  describe("unknown keys, wrong types and missing fields", () => {
    it("reports a misspelt top-level key", () => {
      expectOnlyProblem(makeRaw({ sumary: "typo" }), "sumary", /unknown field "sumary"/);
    });

    it("reports a misspelt fact name", () => {
      expectOnlyProblem(
        makeRaw({ facts: { valuaton: { amount: usd(1), ...sourced() } } }),
        "facts.valuaton",
      );
    });

    it("reports an unknown key inside a relation", () => {
      const relations = [{ type: "owned_by", target: "elon-musk", sourceUrl: "x", ...sourced() }];
      const { problems } = validateDataset(
        asFiles(makeRaw({ relations }), makeEntity({ id: "elon-musk" })),
      );
      expect(problems).toEqual([
        expect.objectContaining({ file: FILE, entity: "xai", field: "relations[0].sourceUrl" }),
      ]);
    });

    it("reports a value of the wrong type", () => {
      expectOnlyProblem(makeRaw({ name: 42 }), "name", /expected a string, found a number/);
      expectOnlyProblem(makeRaw({ relations: {} }), "relations", /expected an array/);
      expectOnlyProblem(
        makeRaw({ facts: { employees: { count: "1200", ...sourced() } } }),
        "facts.employees.count",
      );
    });

    it("reports a missing required field", () => {
      const { summary: _summary, ...withoutSummary } = makeEntity();
      expectOnlyProblem(withoutSummary, "summary", /missing required field "summary"/);
    });

    it.each([
      ["rounds", { rounds: [] }],
      ["facts.leaders", { facts: { leaders: [] } }],
      ["facts.specs", { facts: { specs: [] } }],
      ["facts.founders.people", { facts: { founders: { people: [], ...sourced() } } }],
    ])("rejects an empty %s list, which should be left out", (field, overrides) => {
      expectOnlyProblem(makeRaw(overrides), field, /must not be an empty list/);
    });

    it('names the entity "?" and the field "(entity)" when the file is not an object', () => {
      expect(onlyProblem([makeEntity()])).toMatchObject({
        file: FILE,
        entity: "?",
        field: "(entity)",
      });
    });
  });

  describe("sources and as-of dates", () => {
    const sourcedPlaces: Array<
      [string, (source: Record<string, string>) => Record<string, unknown>]
    > = [
      ["facts.valuation", (s) => ({ facts: { valuation: { amount: usd(1e9), ...s } } })],
      ["facts.founded", (s) => ({ facts: { founded: { date: "2023", ...s } } })],
      [
        "facts.leaders[0]",
        (s) => ({
          facts: { leaders: [{ person: { name: "A" }, role: { en: "CEO", fr: "PDG" }, ...s }] },
        }),
      ],
      [
        "facts.specs[0]",
        (s) => ({
          facts: { specs: [{ label: { en: "a", fr: "a" }, value: { en: "1", fr: "1" }, ...s }] },
        }),
      ],
      [
        "relations[0]",
        (s) => ({ relations: [{ type: "partner_of", target: "xai-partner", ...s }] }),
      ],
      [
        "rounds[0]",
        (s) => ({ rounds: [{ date: "2024", series: "Seed", amount: usd(1e6), ...s }] }),
      ],
    ];

    /** Validates together with the entity relations point to, so only the sourcing problem remains. */
    function problemsWith(overrides: Record<string, unknown>): DatasetProblem[] {
      return validateDataset(asFiles(makeRaw(overrides), makeEntity({ id: "xai-partner" })))
        .problems;
    }

    it.each(sourcedPlaces)("reports a missing source on %s", (place, build) => {
      expect(problemsWith(build({ asOf: "2024-05-27" }))).toEqual([
        { file: FILE, entity: "xai", field: `${place}.source`, message: "missing source URL" },
      ]);
    });

    it.each(sourcedPlaces)("reports a missing asOf on %s", (place, build) => {
      expect(problemsWith(build({ source: "https://example.com/a" }))).toEqual([
        expect.objectContaining({ file: FILE, entity: "xai", field: `${place}.asOf` }),
      ]);
    });

    it.each([
      "http://example.com/news",
      "example.com/news",
      "/news/xai",
      "ftp://example.com/file",
      "https://localhost/news",
      "https://example.com/a b",
    ])("rejects %j as a source URL", (source) => {
      const raw = makeRaw({ facts: { founded: { date: "2023", source, asOf: "2024-05-27" } } });
      expectOnlyProblem(raw, "facts.founded.source", /absolute https URL/);
    });

    it.each([
      "2024-02-30",
      "2023-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-5-1",
      "2024-05",
      "27/05/2024",
      "",
    ])("rejects %j as an as-of date", (asOf) => {
      const raw = makeRaw({
        facts: { founded: { date: "2023", source: "https://example.com/a", asOf } },
      });
      expectOnlyProblem(raw, "facts.founded.asOf", /real calendar date/);
    });

    it("accepts a leap day as an as-of date", () => {
      const raw = makeRaw({ facts: { founded: { date: "2023", ...sourced("2024-02-29") } } });
      expect(validateEntity(raw, FILE).problems).toEqual([]);
    });
  });

  describe("partial dates", () => {
    it.each(["2024", "2024-05", "2024-02-29"])("accepts %j", (date) => {
      expect(
        validateEntity(makeRaw({ facts: { founded: { date, ...sourced() } } }), FILE).problems,
      ).toEqual([]);
    });

    it.each(["24", "2024-13", "2024-00", "2023-02-29", "2024-04-31", "2024/05", "May 2024", 2024])(
      "rejects %j",
      (date) => {
        expectOnlyProblem(
          makeRaw({ facts: { founded: { date, ...sourced() } } }),
          "facts.founded.date",
          /YYYY/,
        );
      },
    );

    it("rejects a malformed relation date", () => {
      const relations = [{ type: "owned_by", target: "owner", date: "2024-13", ...sourced() }];
      const { problems } = validateDataset(
        asFiles(makeRaw({ relations }), makeEntity({ id: "owner" })),
      );
      expect(problems).toEqual([
        expect.objectContaining({ file: FILE, entity: "xai", field: "relations[0].date" }),
      ]);
    });
  });

  describe("amounts", () => {
    it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, "6e9", null])(
      "rejects %j as an amount",
      (value) => {
        const raw = makeRaw({
          facts: { valuation: { amount: { value, currency: "USD" }, ...sourced() } },
        });
        expectOnlyProblem(raw, "facts.valuation.amount.value", /finite positive number/);
      },
    );

    it.each(["usd", "US", "DOLLAR", "€", 840])("rejects %j as a currency", (currency) => {
      const raw = makeRaw({
        rounds: [{ date: "2024", series: "Seed", amount: { value: 1e6, currency }, ...sourced() }],
      });
      expectOnlyProblem(raw, "rounds[0].amount.currency", /3-letter uppercase ISO 4217/);
    });
  });

  describe("ids", () => {
    it.each(["XAI", "x_ai", "x--ai", "-xai", "xaï", "x ai"])(
      "rejects %j, which is not kebab-case ascii",
      (id) => {
        const problems = validateEntity(makeRaw({ id }), fileOf(id)).problems;
        expect(problems).toEqual([
          expect.objectContaining({ file: fileOf(id), entity: id, field: "id" }),
        ]);
        expect(problems[0]?.message).toMatch(/kebab-case/);
      },
    );

    it("rejects an id that differs from the file name", () => {
      const problem = onlyProblem(makeRaw({ id: "x-ai" }), FILE);
      expect(problem).toMatchObject({ file: FILE, entity: "x-ai", field: "id" });
      expect(problem.message).toMatch(/differs from the file name "xai.json"/);
    });
  });

  describe("aliases", () => {
    it.each([" xAI", "xAI ", "\txAI"])("rejects the alias %j for its outer spaces", (text) => {
      expectOnlyProblem(
        makeRaw({ aliases: [{ text, lang: "any", case: "sensitive" }] }),
        "aliases[0].text",
        /spaces/,
      );
    });

    it.each(["", "   "])("rejects the empty alias %j", (text) => {
      expectOnlyProblem(
        makeRaw({ aliases: [{ text, lang: "any", case: "sensitive" }] }),
        "aliases[0].text",
        /empty/,
      );
    });

    it("rejects an entity without aliases, which could never be found on a page", () => {
      expectOnlyProblem(makeRaw({ aliases: [] }), "aliases", /empty/);
    });

    it("rejects the same alias twice in one entity", () => {
      const aliases = [
        { text: "xAI", lang: "any", case: "sensitive" },
        { text: "XAI", lang: "en", case: "insensitive" },
      ];
      expectOnlyProblem(makeRaw({ aliases }), "aliases[1].text", /duplicate alias.*aliases\[0\]/);
    });

    it("accepts two case-sensitive aliases that differ only in case", () => {
      const aliases = [
        { text: "Meta", lang: "any", case: "sensitive" },
        { text: "META", lang: "any", case: "sensitive" },
      ];
      expect(validateEntity(makeRaw({ aliases }), FILE).problems).toEqual([]);
    });

    it("rejects an unknown lang and an unknown case", () => {
      const aliases = [{ text: "xAI", lang: "de", case: "lower" }];
      const fields = validateEntity(makeRaw({ aliases }), FILE).problems.map(
        (problem) => problem.field,
      );
      expect(fields).toEqual(["aliases[0].lang", "aliases[0].case"]);
    });

    it("requires cues on an entity with an ambiguous alias", () => {
      const aliases = [{ text: "Grok", lang: "any", case: "sensitive", ambiguous: true }];
      expectOnlyProblem(makeRaw({ aliases }), "cues", /ambiguous alias needs cues/);
    });

    it("rejects empty cues on an entity with an ambiguous alias", () => {
      const aliases = [{ text: "Grok", lang: "any", case: "sensitive", ambiguous: true }];
      expectOnlyProblem(
        makeRaw({ aliases, cues: { en: ["chatbot"], fr: [] } }),
        "cues.fr",
        /cues.fr is empty/,
      );
    });

    it("asks cues only in the language of an ambiguous alias", () => {
      const aliases = [{ text: "Pomme", lang: "fr", case: "sensitive", ambiguous: true }];
      expect(
        validateEntity(makeRaw({ aliases, cues: { en: [], fr: ["iphone"] } }), FILE).problems,
      ).toEqual([]);
    });

    it("rejects an uppercase cue, which lowercased page text never matches", () => {
      const aliases = [{ text: "Grok", lang: "any", case: "sensitive", ambiguous: true }];
      expectOnlyProblem(
        makeRaw({ aliases, cues: { en: ["Chatbot"], fr: ["ia"] } }),
        "cues.en[0]",
        /lowercase/,
      );
    });
  });

  describe("summaries", () => {
    it("rejects a summary missing a language", () => {
      expectOnlyProblem(
        makeRaw({ summary: { en: "An AI company." } }),
        "summary.fr",
        /missing required field "fr"/,
      );
    });

    it("rejects an empty summary", () => {
      expectOnlyProblem(
        makeRaw({ summary: { en: "An AI company.", fr: "" } }),
        "summary.fr",
        /empty/,
      );
    });

    it("rejects a summary over 280 characters", () => {
      const raw = makeRaw({ summary: { en: "a".repeat(281), fr: "Une entreprise." } });
      expectOnlyProblem(raw, "summary.en", /281 characters, over the 280 allowed/);
    });

    it("counts characters as a reader does: accents and emoji count once", () => {
      const decomposedE = "e\u0301"; // "é" typed as e + combining accent: one character after NFC
      const summary = { en: "😀".repeat(280), fr: decomposedE.repeat(280) };
      expect(validateEntity(makeRaw({ summary }), FILE).problems).toEqual([]);
    });
  });

  describe("enumerations", () => {
    it("rejects an unknown entity type", () => {
      expectOnlyProblem(makeRaw({ type: "startup" }), "type", /unknown entity type "startup"/);
    });

    it("rejects an unknown relation type", () => {
      const relations = [{ type: "acquired", target: "other", ...sourced() }];
      const { problems } = validateDataset(
        asFiles(makeRaw({ relations }), makeEntity({ id: "other" })),
      );
      expect(problems).toEqual([
        expect.objectContaining({ file: FILE, entity: "xai", field: "relations[0].type" }),
      ]);
      expect(problems[0]?.message).toMatch(/unknown relation type "acquired"/);
    });
  });

  it("rejects a Wikipedia title written with underscores", () => {
    const raw = makeRaw({ wikipedia: { en: "XAI_(company)", fr: null } });
    expectOnlyProblem(raw, "wikipedia.en", /spaces, not underscores: "XAI \(company\)"/);
  });

  it("rejects funding rounds on an entity that is not a company", () => {
    const rounds = [{ date: "2024", series: "Seed", amount: usd(1e6), ...sourced() }];
    expectOnlyProblem(
      makeRaw({ type: "product", rounds }),
      "rounds",
      /only companies have funding rounds/,
    );
  });

  it("rejects a relation from an entity to itself", () => {
    const relations = [{ type: "partner_of", target: "xai", ...sourced() }];
    expectOnlyProblem(makeRaw({ relations }), "relations[0].target", /points to the entity itself/);
  });
});

describe("validateDataset", () => {
  it("returns valid entities sorted by id", () => {
    const { entities, problems } = validateDataset(
      asFiles(makeEntity({ id: "zeta" }), makeEntity({ id: "alpha" })),
    );
    expect(problems).toEqual([]);
    expect(entities.map((entity) => entity.id)).toEqual(["alpha", "zeta"]);
  });

  it("rejects a duplicate id and names the other file", () => {
    const { problems } = validateDataset([
      { file: "a/xai.json", raw: makeEntity() },
      {
        file: "b/xai.json",
        raw: makeEntity({ aliases: [{ text: "X.AI", lang: "any", case: "sensitive" }] }),
      },
    ]);
    expect(problems).toEqual([
      {
        file: "b/xai.json",
        entity: "xai",
        field: "id",
        message: 'duplicate id "xai", also used by a/xai.json',
      },
    ]);
  });

  describe("references to other entities", () => {
    const unknown = (field: string) => ({
      file: FILE,
      entity: "xai",
      field,
      message: 'unknown entity id "nobody"',
    });

    it("rejects a relation to an unknown id", () => {
      const relations = [{ type: "partner_of", target: "nobody", ...sourced() }];
      expect(validateDataset(asFiles(makeRaw({ relations }))).problems).toEqual([
        unknown("relations[0].target"),
      ]);
    });

    it("rejects unknown lead and participant ids in a round", () => {
      const rounds = [
        {
          date: "2024",
          series: "B",
          amount: usd(6e9),
          lead: ["sequoia"],
          participants: ["sequoia", "nobody"],
          ...sourced(),
        },
      ];
      const { problems } = validateDataset(
        asFiles(makeRaw({ rounds }), makeEntity({ id: "sequoia" })),
      );
      expect(problems).toEqual([unknown("rounds[0].participants[1]")]);
      const { problems: leadProblems } = validateDataset(
        asFiles(
          makeRaw({ rounds: [{ ...rounds[0], lead: ["sequoia", "nobody"] }] }),
          makeEntity({ id: "sequoia" }),
        ),
      );
      expect(leadProblems).toEqual([
        unknown("rounds[0].lead[1]"),
        unknown("rounds[0].participants[1]"),
      ]);
    });

    it("rejects unknown person ids among founders and leaders", () => {
      const facts = {
        founders: { people: [{ name: "Nobody", id: "nobody" }], ...sourced() },
        leaders: [
          {
            person: { name: "Nobody", id: "nobody" },
            role: { en: "CEO", fr: "PDG" },
            ...sourced(),
          },
        ],
      };
      expect(validateDataset(asFiles(makeRaw({ facts }))).problems).toEqual([
        unknown("facts.founders.people[0].id"),
        unknown("facts.leaders[0].person.id"),
      ]);
    });

    it("accepts references to an entity whose own file has problems, and reports only those", () => {
      const relations = [{ type: "partner_of", target: "broken", ...sourced() }];
      const { problems } = validateDataset(
        asFiles(makeRaw({ relations }), makeRaw({ id: "broken", name: "" })),
      );
      expect(problems.map((problem) => problem.file)).toEqual([fileOf("broken")]);
    });

    it("accepts references to files the loader could not read", () => {
      const relations = [{ type: "partner_of", target: "unreadable", ...sourced() }];
      expect(validateDataset(asFiles(makeRaw({ relations })), ["unreadable"]).problems).toEqual([]);
    });
  });

  describe("aliases shared between entities", () => {
    const alias = (text: string, ambiguous?: boolean) =>
      ambiguous
        ? { text, lang: "any", case: "sensitive", ambiguous }
        : { text, lang: "any", case: "sensitive" };
    const cues = { en: ["ai"], fr: ["ia"] };

    it("rejects an alias claimed by two entities and names both files", () => {
      const { problems } = validateDataset(
        asFiles(
          makeRaw({ id: "grok", aliases: [alias("Grok")] }),
          makeRaw({ id: "xai", aliases: [alias("xAI"), alias("grok")] }),
        ),
      );
      expect(problems).toEqual([
        expect.objectContaining({ file: fileOf("xai"), entity: "xai", field: "aliases[1].text" }),
      ]);
      expect(problems[0]?.message).toContain(`also claimed by ${fileOf("grok")} (entity "grok"`);
    });

    it("compares aliases after Unicode normalisation", () => {
      const composed = "Caf\u00e9";
      const decomposed = "Cafe\u0301";
      const { problems } = validateDataset(
        asFiles(
          makeRaw({ id: "cafe-a", aliases: [alias(composed)] }),
          makeRaw({ id: "cafe-b", aliases: [alias(decomposed)] }),
        ),
      );
      expect(problems).toEqual([
        expect.objectContaining({
          file: fileOf("cafe-b"),
          entity: "cafe-b",
          field: "aliases[0].text",
        }),
      ]);
    });

    it("accepts a shared alias that both entities mark ambiguous", () => {
      const files = asFiles(
        makeRaw({ id: "apple", aliases: [alias("Apple Inc"), alias("Apple", true)], cues }),
        makeRaw({
          id: "apple-records",
          aliases: [alias("Apple Records"), alias("Apple", true)],
          cues,
        }),
      );
      expect(validateDataset(files).problems).toEqual([]);
    });

    it("rejects a shared alias that only one entity marks ambiguous", () => {
      const files = asFiles(
        makeRaw({ id: "apple", aliases: [alias("Apple", true)], cues }),
        makeRaw({ id: "apple-records", aliases: [alias("Apple Records"), alias("Apple")] }),
      );
      expect(validateDataset(files).problems).toEqual([
        expect.objectContaining({
          file: fileOf("apple-records"),
          entity: "apple-records",
          field: "aliases[1].text",
        }),
      ]);
    });
  });
});

describe("formatProblem", () => {
  it("names the file, the entity and the field", () => {
    const problem = {
      file: "src/data/entities/xai.json",
      entity: "xai",
      field: "rounds[0].source",
      message: "missing source URL",
    };
    expect(formatProblem(problem)).toBe(
      'src/data/entities/xai.json: entity "xai", field "rounds[0].source": missing source URL',
    );
  });
});
