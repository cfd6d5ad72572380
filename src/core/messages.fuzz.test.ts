// Property tests: whatever arrives over the messaging API (a bug, a stale build, a probe), the
// parsers never throw and only ever hand on values of the declared shapes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, LANGS } from "./dataset";
import { isEntityId, isHttpsUrl } from "./guards";
import {
  type BackgroundRequest,
  type ContentRequest,
  type EntityCard,
  type PageSummary,
  parseBackgroundRequest,
  parseContentRequest,
  parseEntityCard,
  parsePageSummary,
  parseRelationLines,
  type RelationLine,
} from "./messages";
import { DATE_SOURCES } from "./page-date";
import { junk, nearly } from "./testing/fuzz";

const entityId = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/);
const httpsUrl = fc.oneof(
  fc.webUrl({ validSchemes: ["https"], withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    "https://x.ai/news/series-b",
    "http://x.ai/",
    "javascript:alert(1)",
    'https://evil.example/"><script>',
    " https://x.ai",
  ),
);
const text = fc.string({ maxLength: 40 });
const entityType = fc.oneof(fc.constantFrom(...ENTITY_TYPES), text);
const lang = fc.oneof(fc.constantFrom(...LANGS), text);
const date = fc.oneof(fc.constant(null), fc.constantFrom("2024", "2024-05", "2024-05-26"));
const cardSource = fc.record({
  publisher: nearly(text),
  date: nearly(text),
  url: nearly(fc.oneof(fc.constant(null), httpsUrl)),
});

const contentRequestLike = fc.record(
  {
    type: nearly(
      fc.constantFrom(
        "get-page-summary",
        "set-page-highlights",
        "reveal-entity",
        "toggle-site",
        "next-mention",
        "previous-mention",
        "settings-changed",
      ),
    ),
    on: nearly(fc.boolean()),
    ownEntities: nearly(fc.boolean()),
    id: nearly(entityId),
    extra: junk,
  },
  { requiredKeys: ["type"] },
);

const backgroundRequestLike = fc.record(
  {
    type: nearly(fc.constantFrom("get-entity-card", "get-relations", "report-entity-count")),
    id: nearly(entityId),
    lang: nearly(lang),
    pageIds: nearly(fc.array(nearly(entityId), { maxLength: 5 })),
    ids: nearly(fc.array(nearly(entityId), { maxLength: 5 })),
    count: nearly(fc.oneof(fc.nat(), fc.integer(), fc.double())),
    more: nearly(fc.boolean()),
  },
  { requiredKeys: ["type"] },
);

const pageSummaryLike = fc.record({
  url: nearly(text),
  siteOn: nearly(fc.boolean()),
  pageOn: nearly(fc.boolean()),
  entities: nearly(
    fc.array(
      nearly(
        fc.record({
          id: nearly(entityId),
          name: nearly(text),
          type: nearly(entityType),
          count: nearly(fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer(), fc.double())),
        }),
      ),
      { maxLength: 4 },
    ),
  ),
  pageDate: nearly(
    fc.oneof(
      fc.constant(null),
      fc.record({
        date: nearly(fc.constantFrom("2024-05-27", "2024-05", "2024", "27/05/2024")),
        source: nearly(fc.constantFrom("meta", "json-ld", "url", "dateline", "rumour")),
      }),
    ),
  ),
});

const entityCardLike = fc.record({
  id: nearly(entityId),
  name: nearly(text),
  type: nearly(entityType),
  summary: nearly(text),
  wikipediaUrl: nearly(fc.oneof(fc.constant(null), httpsUrl)),
  facts: nearly(
    fc.array(
      nearly(
        fc.record({
          label: nearly(text),
          value: nearly(text),
          asOf: nearly(text),
          source: nearly(cardSource),
        }),
      ),
      { maxLength: 3 },
    ),
  ),
  relations: nearly(
    fc.array(
      nearly(
        fc.record({
          entityId: nearly(entityId),
          text: nearly(text),
          onPage: nearly(fc.boolean()),
          events: nearly(
            fc.array(nearly(fc.record({ date: nearly(date), source: nearly(cardSource) })), {
              maxLength: 3,
            }),
          ),
        }),
      ),
      { maxLength: 3 },
    ),
  ),
  rounds: nearly(
    fc.array(
      nearly(
        fc.record({
          title: nearly(text),
          amount: nearly(text),
          investors: nearly(text),
          source: nearly(cardSource),
        }),
      ),
      { maxLength: 3 },
    ),
  ),
});

const relationLinesLike = nearly(
  fc.array(
    nearly(
      fc.record({
        from: nearly(entityId),
        fromName: nearly(text),
        verb: nearly(text),
        to: nearly(entityId),
        toName: nearly(text),
        terms: nearly(text),
        dates: nearly(fc.array(nearly(text), { maxLength: 3 })),
        source: nearly(cardSource),
      }),
    ),
    { maxLength: 4 },
  ),
);

/** The keys of a parsed value are exactly the declared ones: nothing of the raw value rides along. */
function expectKeys(value: object, keys: string[]): void {
  expect(Object.keys(value).sort()).toEqual([...keys].sort());
}

function expectContentRequest(request: ContentRequest): void {
  switch (request.type) {
    case "get-page-summary":
    case "toggle-site":
    case "next-mention":
    case "previous-mention":
      expectKeys(request, ["type"]);
      return;
    case "set-page-highlights":
      expectKeys(request, ["type", "on"]);
      expect(typeof request.on).toBe("boolean");
      return;
    case "reveal-entity":
      expectKeys(request, ["type", "id"]);
      expect(isEntityId(request.id)).toBe(true);
      return;
    case "settings-changed":
      expectKeys(request, ["type", "ownEntities"]);
      expect(typeof request.ownEntities).toBe("boolean");
      return;
    default:
      throw new Error(`unexpected request ${JSON.stringify(request)}`);
  }
}

function expectBackgroundRequest(request: BackgroundRequest): void {
  switch (request.type) {
    case "get-entity-card":
      expectKeys(request, ["type", "id", "lang", "pageIds"]);
      expect(isEntityId(request.id)).toBe(true);
      expect(LANGS).toContain(request.lang);
      expect(request.pageIds.every(isEntityId)).toBe(true);
      return;
    case "get-relations":
      expectKeys(request, ["type", "ids", "lang"]);
      expect(request.ids.every(isEntityId)).toBe(true);
      expect(LANGS).toContain(request.lang);
      return;
    case "report-entity-count":
      expectKeys(request, ["type", "count", "more"]);
      expect(typeof request.more).toBe("boolean");
      expect(Number.isSafeInteger(request.count) || Number.isInteger(request.count)).toBe(true);
      expect(request.count).toBeGreaterThanOrEqual(0);
      return;
    default:
      throw new Error(`unexpected request ${JSON.stringify(request)}`);
  }
}

function expectPageSummary(summary: PageSummary): void {
  expectKeys(summary, ["url", "siteOn", "pageOn", "entities", "pageDate"]);
  if (summary.pageDate !== null) {
    expectKeys(summary.pageDate, ["date", "source"]);
    expect(summary.pageDate.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    expect(DATE_SOURCES).toContain(summary.pageDate.source);
  }
  expect(typeof summary.url).toBe("string");
  expect(typeof summary.siteOn).toBe("boolean");
  expect(typeof summary.pageOn).toBe("boolean");
  for (const entity of summary.entities) {
    expectKeys(entity, ["id", "name", "type", "count"]);
    expect(isEntityId(entity.id)).toBe(true);
    expect(typeof entity.name).toBe("string");
    expect(ENTITY_TYPES).toContain(entity.type);
    expect(Number.isInteger(entity.count) && entity.count >= 1).toBe(true);
  }
}

function expectEntityCard(card: EntityCard): void {
  expectKeys(card, [
    "id",
    "name",
    "type",
    "summary",
    "wikipediaUrl",
    "facts",
    "relations",
    "rounds",
  ]);
  expect(isEntityId(card.id)).toBe(true);
  expect(ENTITY_TYPES).toContain(card.type);
  expect(typeof card.name).toBe("string");
  expect(typeof card.summary).toBe("string");
  // Every link the card can show is an https address.
  const links = [
    card.wikipediaUrl,
    ...card.facts.map((fact) => fact.source.url),
    ...card.relations.flatMap((relation) => relation.events.map((event) => event.source.url)),
    ...card.rounds.map((round) => round.source.url),
  ].filter((link) => link !== null);
  for (const link of links) {
    expect(isHttpsUrl(link)).toBe(true);
    expect(new URL(link as string).protocol).toBe("https:");
  }
  const sources = [
    ...card.facts.map((fact) => fact.source),
    ...card.relations.flatMap((relation) => relation.events.map((event) => event.source)),
    ...card.rounds.map((round) => round.source),
  ];
  for (const source of sources) {
    expectKeys(source, ["publisher", "date", "url"]);
    expect(typeof source.publisher === "string" && typeof source.date === "string").toBe(true);
  }
  for (const fact of card.facts) expectKeys(fact, ["label", "value", "asOf", "source"]);
  for (const relation of card.relations) {
    expectKeys(relation, ["entityId", "text", "onPage", "events"]);
    expect(isEntityId(relation.entityId)).toBe(true);
    expect(relation.events.length).toBeGreaterThan(0);
    for (const event of relation.events) {
      expectKeys(event, ["date", "source"]);
      expect(event.date === null || typeof event.date === "string").toBe(true);
    }
  }
  for (const round of card.rounds) expectKeys(round, ["title", "amount", "investors", "source"]);
}

function expectRelationLines(lines: RelationLine[]): void {
  for (const line of lines) {
    expectKeys(line, ["from", "fromName", "verb", "to", "toName", "terms", "dates", "source"]);
    expect(isEntityId(line.from) && isEntityId(line.to)).toBe(true);
    expect(typeof line.fromName === "string" && typeof line.toName === "string").toBe(true);
    expect(line.dates.every((date) => typeof date === "string")).toBe(true);
  }
}

/** A parser's contract: never throws; null, or a value of its shape that parses to itself. */
function checkParser<T>(
  parse: (raw: unknown) => T | null,
  expectShape: (value: T) => void,
  inputs: fc.Arbitrary<unknown>,
): void {
  fc.assert(
    fc.property(inputs, (raw) => {
      const parsed = parse(raw);
      if (parsed === null) return;
      expectShape(parsed);
      expect(parse(structuredClone(parsed))).toEqual(parsed);
    }),
    { numRuns: 400 },
  );
}

describe("message parsers, fuzzed", () => {
  it("parseContentRequest never throws and returns only well-formed requests", () => {
    checkParser(parseContentRequest, expectContentRequest, fc.oneof(junk, contentRequestLike));
  });

  it("parseBackgroundRequest never throws and returns only well-formed requests", () => {
    checkParser(
      parseBackgroundRequest,
      expectBackgroundRequest,
      fc.oneof(junk, backgroundRequestLike),
    );
  });

  it("parsePageSummary never throws and returns only well-formed summaries", () => {
    checkParser(parsePageSummary, expectPageSummary, fc.oneof(junk, pageSummaryLike));
  });

  it("parseEntityCard never throws and lets through only https links", () => {
    checkParser(parseEntityCard, expectEntityCard, fc.oneof(junk, entityCardLike));
  });

  it("parseRelationLines never throws and returns only well-formed lines", () => {
    checkParser(parseRelationLines, expectRelationLines, fc.oneof(junk, relationLinesLike));
  });

  it("accepts the valid requests it is sent", () => {
    fc.assert(
      fc.property(
        entityId,
        fc.constantFrom(...LANGS),
        fc.array(entityId, { maxLength: 5 }),
        (id, lang, pageIds) => {
          const request = { type: "get-entity-card", id, lang, pageIds } as const;
          expect(parseBackgroundRequest(request)).toEqual(request);
          expect(parseContentRequest({ type: "reveal-entity", id })).toEqual({
            type: "reveal-entity",
            id,
          });
        },
      ),
    );
  });

  it("drops oversized lists instead of working through them", () => {
    const ids = Array.from({ length: 100_000 }, (_, index) => `e${index}`);
    expect(parseBackgroundRequest({ type: "get-relations", ids, lang: "en" })).toBeNull();
    const facts = Array.from({ length: 10_000 }, () => ({
      label: "a",
      value: "b",
      asOf: "2024",
      source: { publisher: "xAI", date: "", url: "https://x.ai/" },
    }));
    const card = {
      id: "xai",
      name: "xAI",
      type: "company",
      summary: "",
      wikipediaUrl: null,
      facts,
      relations: [],
      rounds: [],
    };
    expect(parseEntityCard(card)).toBeNull();
  });
});
