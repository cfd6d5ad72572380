import { describe, expect, it } from "vitest";
import type { Entity } from "../core/dataset";
import {
  asFiles,
  fileOf,
  makeEntity,
  makeRaw,
  sourced,
  stated,
  TEST_REGISTRY,
  usd,
} from "./make-entity";
import { type DatasetProblem, formatProblem, validateDataset, validateEntity } from "./validate";

const FILE = fileOf("xai");
const S0 = "statements[0]";

const validate = (raw: unknown, file = FILE) => validateEntity(raw, file, TEST_REGISTRY);
const validateAll = (files: Array<{ file: string; raw: unknown }>, unreadable?: string[]) =>
  validateDataset(files, TEST_REGISTRY, unreadable);

/** xai with one statement written as raw JSON (sourced unless the statement says otherwise). */
function withStatement(statement: Record<string, unknown>): Record<string, unknown> {
  return makeRaw({ statements: [{ ...sourced(), ...statement }] });
}

/** The single problem validation finds in `raw` (filed as xai.json unless said otherwise). */
function onlyProblem(raw: unknown, file = FILE): DatasetProblem {
  const { problems } = validate(raw, file);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0] as DatasetProblem;
}

function expectOnlyProblem(raw: unknown, field: string, message?: RegExp, entity = "xai"): void {
  const problem = onlyProblem(raw);
  expect(problem).toMatchObject({ file: FILE, entity, field });
  if (message) expect(problem.message).toMatch(message);
}

/** A complete, valid company: every time kind, ties to other entities, both kinds of source. */
function completeEntity(): Entity {
  const musk = { name: "Elon Musk", id: "elon-musk" };
  return makeEntity({
    cues: { en: ["chatbot"], fr: ["agent conversationnel"] },
    aliases: [
      { text: "xAI", lang: "any", case: "sensitive" },
      { text: "X.AI", lang: "en", case: "insensitive" },
      { text: "Grok maker", lang: "en", case: "insensitive", ambiguous: true },
    ],
    statements: [
      stated({ property: "founded", at: "2023-03" }),
      stated({
        property: "headquarters",
        value: { en: "Palo Alto, California", fr: "Palo Alto, Californie" },
        since: "2023",
      }),
      stated({ property: "name", value: "X.AI Corp", since: "2023-03", until: "2023-07" }),
      stated({ property: "founders", value: [musk, { name: "Igor Babuschkin" }] }),
      stated({
        property: "position",
        value: { person: musk, role: { en: "CEO", fr: "PDG" }, kind: "leader" },
        since: "2023-03",
      }),
      stated({ property: "employees", value: 1200, at: "2024-05" }),
      stated({
        property: "valuation",
        value: usd(24e9),
        at: "2024-05-26",
        note: "Post-money, per the later of two reports.",
      }),
      stated({ property: "total_funding", value: usd(12e9), at: "2024-12" }),
      stated({
        property: "funding_round",
        at: "2024-05-26",
        value: {
          series: "Series B",
          amount: usd(6e9),
          valuation: usd(24e9),
          lead: ["sequoia-capital"],
          participants: ["elon-musk"],
        },
      }),
      stated({
        property: "spec",
        value: { label: { en: "GPUs", fr: "GPU" }, value: { en: "100,000", fr: "100 000" } },
      }),
      stated({ property: "owned_by", value: "elon-musk", since: "2023" }),
      stated({ property: "invested_in", value: "sequoia-capital" }),
      stated(
        { property: "partner_of", value: "sequoia-capital", since: "2024-02" },
        {
          sources: [
            {
              publisher: "example.com",
              title: "xAI and Sequoia team up",
              published: "2024-02-02",
              via: "https://copies.example.info/xai-sequoia",
            },
            { url: "https://en.wikipedia.org/wiki/XAI_(company)" },
          ],
          checked: "2024-02-29",
        },
      ),
    ],
  });
}

describe("validateEntity", () => {
  it("accepts a complete entity and returns it", () => {
    const entity = completeEntity();
    expect(validate(entity)).toEqual({ entity, problems: [] });
  });

  it("accepts an entity without statements", () => {
    expect(validate(makeEntity({ statements: [] })).problems).toEqual([]);
  });

  it("returns no entity when the file has a problem", () => {
    expect(validate(makeRaw({ name: "" })).entity).toBeUndefined();
  });

  describe("local names", () => {
    it("accepts a French name of its own", () => {
      expect(validate(makeRaw({ localNames: { fr: "xAI France" } })).problems).toEqual([]);
    });

    it("names the file, entity and field of a bad local name", () => {
      expectOnlyProblem(makeRaw({ localNames: { fr: "" } }), "localNames.fr", /must not be empty/);
      expectOnlyProblem(makeRaw({ localNames: { fr: 3 } }), "localNames.fr", /expected a string/);
      expectOnlyProblem(makeRaw({ localNames: { en: "X" } }), "localNames.en", /unknown field/);
      expectOnlyProblem(makeRaw({ localNames: "Parlement" }), "localNames", /expected an object/);
    });

    it("reports a local name that only repeats the name", () => {
      expectOnlyProblem(makeRaw({ localNames: { fr: "xAI" } }), "localNames.fr", /same as name/);
    });
  });

  describe("unknown keys, wrong types and missing fields", () => {
    it("reports a misspelt top-level key", () => {
      expectOnlyProblem(makeRaw({ sumary: "typo" }), "sumary", /unknown field "sumary"/);
    });

    it("reports an unknown property", () => {
      const raw = withStatement({ property: "valuaton", value: usd(1), at: "2024" });
      expectOnlyProblem(raw, `${S0}.property`, /unknown property "valuaton"/);
    });

    it("reports an unknown key inside a statement and inside a source", () => {
      const founded = { property: "founded", at: "2023" };
      expectOnlyProblem(withStatement({ ...founded, asOf: "2024-05-27" }), `${S0}.asOf`);
      expectOnlyProblem(
        withStatement({ ...founded, sources: [{ url: "https://example.com/a", date: "2023" }] }),
        `${S0}.sources[0].date`,
        /unknown field "date"/,
      );
    });

    it("reports a value of the wrong type", () => {
      expectOnlyProblem(makeRaw({ name: 42 }), "name", /expected a string, found a number/);
      expectOnlyProblem(makeRaw({ statements: {} }), "statements", /expected an array/);
      expectOnlyProblem(
        withStatement({ property: "headquarters", value: "Palo Alto" }),
        `${S0}.value`,
        /expected an object/,
      );
    });

    it("reports a missing required field", () => {
      const { summary: _summary, ...withoutSummary } = makeEntity();
      expectOnlyProblem(withoutSummary, "summary", /missing required field "summary"/);
      expectOnlyProblem(
        makeRaw({ statements: [{ property: "founded", at: "2023", sources: sourced().sources }] }),
        `${S0}.checked`,
        /missing required field "checked"/,
      );
      expectOnlyProblem(
        makeRaw({ statements: [{ property: "founded", at: "2023", checked: "2024-05-27" }] }),
        `${S0}.sources`,
        /missing required field "sources"/,
      );
    });

    it.each([
      [`${S0}.sources`, { property: "founded", at: "2023", sources: [] }],
      [`${S0}.value`, { property: "founders", value: [] }],
      [
        `${S0}.value.participants`,
        { property: "funding_round", at: "2024", value: { series: "Seed", participants: [] } },
      ],
    ])("rejects an empty %s list, which should be left out", (field, statement) => {
      expectOnlyProblem(withStatement(statement), field, /must not be an empty list/);
    });

    it('names the entity "?" and the field "(entity)" when the file is not an object', () => {
      expect(onlyProblem([makeEntity()])).toMatchObject({
        file: FILE,
        entity: "?",
        field: "(entity)",
      });
    });
  });

  describe("time of a statement", () => {
    it("refuses `at` on a state: a state has a term", () => {
      const raw = withStatement({
        property: "headquarters",
        value: { en: "Palo Alto", fr: "Palo Alto" },
        at: "2023",
      });
      expectOnlyProblem(raw, `${S0}.at`, /a state with a term: it takes "since" and "until"/);
    });

    it("refuses `since` on an event and any time on a timeless fact", () => {
      expectOnlyProblem(
        withStatement({ property: "founded", at: "2023", since: "2023" }),
        `${S0}.since`,
        /"founded" is an event: it takes "at", not "since"/,
      );
      expectOnlyProblem(
        withStatement({ property: "founders", value: [{ name: "A" }], at: "2023" }),
        `${S0}.at`,
        /timeless: it takes no time/,
      );
    });

    it("requires `at` on events and measures, except an investment", () => {
      expectOnlyProblem(
        withStatement({ property: "valuation", value: usd(1e9) }),
        `${S0}.at`,
        /missing required field "at"/,
      );
      expectOnlyProblem(withStatement({ property: "founded" }), `${S0}.at`);
      const investment = withStatement({ property: "invested_in", value: "sequoia-capital" });
      expect(validate(investment).problems).toEqual([]);
    });

    it("refuses a value on a property whose value is its date", () => {
      expectOnlyProblem(
        withStatement({ property: "founded", at: "2023", value: "2023" }),
        `${S0}.value`,
        /"founded" has no value: its date is "at"/,
      );
    });

    it("refuses `until` before `since`, comparing at the precision both have", () => {
      const term = (since: string, until: string) =>
        withStatement({ property: "owned_by", value: "sequoia-capital", since, until });
      expectOnlyProblem(term("2024-05", "2023"), `${S0}.until`, /until \(2023\) is before since/);
      expect(validate(term("2024-05-20", "2024-05")).problems).toEqual([]);
    });

    it.each(["2024", "2024-05", "2024-02-29"])("accepts %j as a date", (at) => {
      expect(validate(withStatement({ property: "founded", at })).problems).toEqual([]);
    });

    it.each(["24", "2024-13", "2024-00", "2023-02-29", "2024-04-31", "2024/05", "May 2024", 2024])(
      "rejects %j as a date",
      (at) => {
        expectOnlyProblem(withStatement({ property: "founded", at }), `${S0}.at`, /YYYY/);
      },
    );
  });

  describe("checked", () => {
    it.each(["2024-02-30", "2023-02-29", "2024-13-01", "2024-5-1", "2024-05", "27/05/2024", ""])(
      "rejects %j: checked is a real day, YYYY-MM-DD",
      (checked) => {
        expectOnlyProblem(
          withStatement({ property: "founded", at: "2023", checked }),
          `${S0}.checked`,
          /YYYY-MM-DD/,
        );
      },
    );

    it("accepts a leap day", () => {
      const raw = withStatement({ property: "founded", at: "2023", checked: "2024-02-29" });
      expect(validate(raw).problems).toEqual([]);
    });
  });

  describe("sources", () => {
    const withSource = (source: Record<string, unknown>) =>
      withStatement({ property: "founded", at: "2023", sources: [source] });
    const SOURCE = `${S0}.sources[0]`;

    it.each([
      "http://example.com/news",
      "example.com/news",
      "/news/xai",
      "ftp://example.com/file",
      "https://localhost/news",
      "https://example.com/a b",
    ])("rejects %j as a source URL", (url) => {
      expectOnlyProblem(withSource({ url }), `${SOURCE}.url`, /absolute https URL/);
    });

    it.each([
      ["https://news.example.info/a", /news\.example\.info is not in the publisher registry/],
      ["https://aiwiki.ai/wiki/XAI", /aiwiki\.ai is refused \(ai-wiki\): cite the original/],
      ["https://wikimili.com/en/XAI", /\(wikipedia-copy\): cite the Wikipedia article itself/],
      ["https://proxy.example.net/https://example.com/a", /\(wrapped\): cite the URL it wraps/],
      [
        "https://mirror.example.net/a",
        /\(republisher\): cite the original on example\.com, with this address as via/,
      ],
      ["https://staging.example.com/a", /staging\.example\.com is refused \(copy-host\)/],
      ["https://example.com/amp/story/news/xai-raises-1315", /AMP copy.*canonical address/],
      ["https://example.com/news/xai/amp-11666529096130.html", /AMP copy.*canonical address/],
    ])("refuses %s and says what to cite instead", (url, message) => {
      expectOnlyProblem(withSource({ url }), `${SOURCE}.url`, message);
    });

    it("accepts a republication named by its admitted publisher, read via a copy", () => {
      const source = {
        publisher: "example.com",
        title: "xAI raises",
        via: "https://copy.example.info/a",
      };
      expect(validate(withSource(source)).problems).toEqual([]);
      expectOnlyProblem(
        withSource({ ...source, publisher: "nowhere.example" }),
        `${SOURCE}.publisher`,
        /"nowhere\.example" is not in src\/data\/publishers\.json/,
      );
    });

    it("accepts an original named as a bibliography does: publisher, title and date", () => {
      const source = { publisher: "example.com", title: "xAI raises", published: "2024-05-27" };
      expect(validate(withSource(source)).problems).toEqual([]);
    });

    it("needs a url, or a publisher with the copy as via or its title and date", () => {
      expectOnlyProblem(withSource({ publisher: "example.com" }), SOURCE, /canonical url/);
      expectOnlyProblem(
        withSource({ publisher: "example.com", title: "xAI raises" }),
        SOURCE,
        /canonical url/,
      );
      expectOnlyProblem(withSource({ title: "xAI raises" }), SOURCE, /canonical url/);
      expectOnlyProblem(
        withSource({ url: "https://example.com/a", publisher: "example.com" }),
        `${SOURCE}.publisher`,
        /either url or publisher/,
      );
      expectOnlyProblem(
        withSource({ publisher: "example.com", via: "http://copy.example.info/a" }),
        `${SOURCE}.via`,
        /via must be an absolute https URL/,
      );
    });

    it("checks a source's publication date", () => {
      expectOnlyProblem(
        withSource({ url: "https://example.com/a", published: "May 2024" }),
        `${SOURCE}.published`,
        /YYYY/,
      );
    });
  });

  describe("values", () => {
    it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, "6e9", null])(
      "rejects %j as an amount",
      (value) => {
        const raw = withStatement({
          property: "valuation",
          at: "2024",
          value: { value, currency: "USD" },
        });
        expectOnlyProblem(raw, `${S0}.value.value`, /finite positive number/);
      },
    );

    it.each(["usd", "US", "DOLLAR", "€", 840])("rejects %j as a currency", (currency) => {
      const raw = withStatement({
        property: "funding_round",
        at: "2024",
        value: { series: "Seed", amount: { value: 1e6, currency } },
      });
      expectOnlyProblem(raw, `${S0}.value.amount.currency`, /3-letter uppercase ISO 4217/);
    });

    it.each([0, 12.5, "1200"])("rejects %j as an employee count", (value) => {
      const raw = withStatement({ property: "employees", at: "2024", value });
      expectOnlyProblem(raw, `${S0}.value`, /positive whole number/);
    });

    it("rejects an unknown position kind", () => {
      const raw = withStatement({
        property: "position",
        value: { person: { name: "A" }, role: { en: "CEO", fr: "PDG" }, kind: "founder" },
      });
      expectOnlyProblem(raw, `${S0}.value.kind`, /unknown position kind "founder"/);
    });

    it("rejects a statement pointing at its own subject", () => {
      expectOnlyProblem(
        withStatement({ property: "partner_of", value: "xai" }),
        `${S0}.value`,
        /cannot point at its own subject/,
      );
    });

    it("rejects the same investor twice in one list", () => {
      const raw = withStatement({
        property: "funding_round",
        at: "2024",
        value: { series: "Seed", lead: ["sequoia-capital", "sequoia-capital"] },
      });
      expectOnlyProblem(raw, `${S0}.value.lead[1]`, /listed twice/);
    });
  });

  describe("ids", () => {
    it.each(["XAI", "x_ai", "x--ai", "-xai", "xaï", "x ai"])(
      "rejects %j, which is not kebab-case ascii",
      (id) => {
        const problems = validate(makeRaw({ id }), fileOf(id)).problems;
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
      expect(validate(makeRaw({ aliases })).problems).toEqual([]);
    });

    it("rejects an unknown lang and an unknown case", () => {
      const aliases = [{ text: "xAI", lang: "de", case: "lower" }];
      const fields = validate(makeRaw({ aliases })).problems.map((problem) => problem.field);
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
      expect(validate(makeRaw({ aliases, cues: { en: [], fr: ["iphone"] } })).problems).toEqual([]);
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
      expect(validate(makeRaw({ summary })).problems).toEqual([]);
    });
  });

  it("rejects an unknown entity type", () => {
    expectOnlyProblem(makeRaw({ type: "startup" }), "type", /unknown entity type "startup"/);
  });

  it("rejects a Wikipedia title written with underscores", () => {
    const raw = makeRaw({ wikipedia: { en: "XAI_(company)", fr: null } });
    expectOnlyProblem(raw, "wikipedia.en", /spaces, not underscores: "XAI \(company\)"/);
  });
});

describe("validateDataset", () => {
  it("returns valid entities sorted by id", () => {
    const { entities, problems } = validateAll(
      asFiles(makeEntity({ id: "zeta" }), makeEntity({ id: "alpha" })),
    );
    expect(problems).toEqual([]);
    expect(entities.map((entity) => entity.id)).toEqual(["alpha", "zeta"]);
  });

  it("rejects a duplicate id and names the other file", () => {
    const { problems } = validateAll([
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

  it("reports the contradictions between an entity's statements", () => {
    const place = { en: "Palo Alto", fr: "Palo Alto" };
    const raw = makeRaw({
      statements: [
        stated({ property: "headquarters", value: place }),
        stated({ property: "headquarters", value: { ...place, en: "San Francisco" } }),
      ],
    });
    expect(validateAll(asFiles(raw)).problems).toEqual([
      expect.objectContaining({ file: FILE, field: "statements[1]" }),
    ]);
  });

  describe("ties stated twice across files", () => {
    it("rejects a partnership stated by both partners, once", () => {
      const { problems } = validateAll(
        asFiles(
          makeEntity({
            id: "alpha",
            statements: [stated({ property: "partner_of", value: "beta" })],
          }),
          makeEntity({
            id: "beta",
            statements: [stated({ property: "partner_of", value: "alpha" })],
          }),
        ),
      );
      expect(problems).toEqual([
        expect.objectContaining({
          entity: "beta",
          field: S0,
          message: expect.stringMatching(/keep one/),
        }),
      ]);
    });

    it("rejects an investment that a funding round of the company already names", () => {
      const round = { series: "Series B", participants: ["sequoia-capital"] };
      const { problems } = validateAll(
        asFiles(
          makeEntity({
            statements: [stated({ property: "funding_round", at: "2024-05-26", value: round })],
          }),
          makeEntity({
            id: "sequoia-capital",
            type: "investor",
            statements: [stated({ property: "invested_in", value: "xai" })],
          }),
        ),
      );
      expect(problems).toEqual([expect.objectContaining({ entity: "sequoia-capital", field: S0 })]);
    });
  });

  describe("references to other entities", () => {
    const unknown = (field: string) => ({
      file: FILE,
      entity: "xai",
      field,
      message: 'unknown entity id "nobody"',
    });

    it("rejects a tie to an unknown id", () => {
      const raw = withStatement({ property: "partner_of", value: "nobody" });
      expect(validateAll(asFiles(raw)).problems).toEqual([unknown(`${S0}.value`)]);
    });

    it("rejects unknown lead and participant ids in a round", () => {
      const round = (lead: string[]) =>
        withStatement({
          property: "funding_round",
          at: "2024",
          value: { series: "B", lead, participants: ["nobody"] },
        });
      const sequoia = makeEntity({ id: "sequoia-capital" });
      expect(validateAll(asFiles(round(["sequoia-capital"]), sequoia)).problems).toEqual([
        unknown(`${S0}.value.participants[0]`),
      ]);
      expect(validateAll(asFiles(round(["sequoia-capital", "nobody"]), sequoia)).problems).toEqual([
        unknown(`${S0}.value.lead[1]`),
        unknown(`${S0}.value.participants[0]`),
      ]);
    });

    it("rejects unknown person ids among founders and positions", () => {
      const nobody = { name: "Nobody", id: "nobody" };
      const raw = makeRaw({
        statements: [
          stated({ property: "founders", value: [nobody] }),
          stated({
            property: "position",
            value: { person: nobody, role: { en: "CEO", fr: "PDG" }, kind: "leader" },
          }),
        ],
      });
      expect(validateAll(asFiles(raw)).problems).toEqual([
        unknown("statements[0].value[0].id"),
        unknown("statements[1].value.person.id"),
      ]);
    });

    it("accepts references to an entity whose own file has problems, and reports only those", () => {
      const raw = withStatement({ property: "partner_of", value: "broken" });
      const { problems } = validateAll(asFiles(raw, makeRaw({ id: "broken", name: "" })));
      expect(problems.map((problem) => problem.file)).toEqual([fileOf("broken")]);
    });

    it("accepts references to files the loader could not read", () => {
      const raw = withStatement({ property: "partner_of", value: "unreadable" });
      expect(validateAll(asFiles(raw), ["unreadable"]).problems).toEqual([]);
    });
  });

  describe("aliases shared between entities", () => {
    const alias = (text: string, ambiguous?: boolean) =>
      ambiguous
        ? { text, lang: "any", case: "sensitive", ambiguous }
        : { text, lang: "any", case: "sensitive" };
    const cues = { en: ["ai"], fr: ["ia"] };

    it("rejects an alias claimed by two entities and names both files", () => {
      const { problems } = validateAll(
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
      const { problems } = validateAll(
        asFiles(
          makeRaw({ id: "cafe-a", aliases: [alias("Caf\u00e9")] }),
          makeRaw({ id: "cafe-b", aliases: [alias("Cafe\u0301")] }),
        ),
      );
      expect(problems).toEqual([
        expect.objectContaining({ file: fileOf("cafe-b"), field: "aliases[0].text" }),
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
      expect(validateAll(files).problems).toEqual([]);
    });

    it("rejects a shared alias that only one entity marks ambiguous", () => {
      const files = asFiles(
        makeRaw({ id: "apple", aliases: [alias("Apple", true)], cues }),
        makeRaw({ id: "apple-records", aliases: [alias("Apple Records"), alias("Apple")] }),
      );
      expect(validateAll(files).problems).toEqual([
        expect.objectContaining({ file: fileOf("apple-records"), field: "aliases[1].text" }),
      ]);
    });
  });
});

describe("formatProblem", () => {
  it("names the file, the entity and the field", () => {
    const problem = {
      file: "src/data/entities/xai.json",
      entity: "xai",
      field: "statements[0].sources",
      message: 'missing required field "sources"',
    };
    expect(formatProblem(problem)).toBe(
      'src/data/entities/xai.json: entity "xai", field "statements[0].sources": missing required field "sources"',
    );
  });
});
