import { describe, expect, it } from "vitest";
import { detectMentions } from "./detect-mentions";
import { loadMatcher } from "./matcher";
import { compileMatcherTables } from "./matcher-tables";
import type { OwnEntity } from "./own-entities";
import { parsePageReadReply, parsePageReadRequest } from "./page-read-messages";
import { type PageFindings, PageReading, type SentBlock } from "./page-reading";
import { SAMPLE_ENTITIES } from "./testing/sample-entities";

const tables = compileMatcherTables(SAMPLE_ENTITIES);
const matcher = loadMatcher(tables);

const BLOCKS: SentBlock[] = [
  { id: 7, text: "Home · AI · Startups", boilerplate: true },
  { id: 3, text: "xAI raises money from Andreessen Horowitz", boilerplate: false },
  { id: 9, text: "Nothing to see in this sentence.", boilerplate: false },
  { id: 4, text: "The start-up of Elon Musk competes with OpenAI.", boilerplate: false },
];
const ORDER = BLOCKS.map((block) => block.id);

/** Findings as readable tuples: block id, the text found, entity id. */
function named(findings: PageFindings | null, blocks = BLOCKS) {
  if (!findings) return null;
  const out: Array<[number, string, string]> = [];
  for (let at = 0; at < findings.spans.length; at += 4) {
    const [id, start, end, entity] = findings.spans.slice(at, at + 4) as number[];
    const text = blocks.find((block) => block.id === id)?.text.slice(start, end) ?? "";
    out.push([id as number, text, findings.entities[entity as number]?.id ?? ""]);
  }
  return out;
}

describe("PageReading", () => {
  it("finds, by block id, what detectMentions finds in the same blocks", () => {
    const reading = new PageReading(matcher);
    reading.add(BLOCKS);
    const findings = reading.findings(ORDER, "en");
    const expected = detectMentions(BLOCKS, tables, { declaredLang: "en" });
    expect(named(findings)).toEqual(
      expected.map((m) => [
        ORDER[m.block],
        BLOCKS[m.block]?.text.slice(m.start, m.end),
        m.entityId,
      ]),
    );
    expect(named(findings)?.map(([, text]) => text)).toEqual([
      "xAI",
      "Andreessen Horowitz",
      "Elon Musk",
      "OpenAI",
    ]);
    // Each entity is sent once, with its header.
    expect(findings?.entities.map((entity) => entity.id)).toHaveLength(4);
    expect(findings?.named).toEqual([3, 4]);
  });

  it("takes blocks in any number of messages, before the question", () => {
    const reading = new PageReading(matcher);
    for (const block of BLOCKS) reading.add([block]);
    expect(named(reading.findings(ORDER, null))).toHaveLength(4);
  });

  it("answers null when a block was never sent (a background woken again), then forgets none", () => {
    const reading = new PageReading(matcher);
    reading.add(BLOCKS.slice(1));
    expect(reading.findings(ORDER, null)).toBeNull();
    reading.add(BLOCKS.slice(0, 1));
    expect(named(reading.findings(ORDER, null))).toHaveLength(4);
  });

  it("forgets the blocks a later order leaves out", () => {
    const reading = new PageReading(matcher);
    reading.add(BLOCKS);
    expect(named(reading.findings([3], null))).toEqual([
      [3, "xAI", "xai"],
      [3, "Andreessen Horowitz", "andreessen-horowitz"],
    ]);
    expect(reading.findings(ORDER, null)).toBeNull();
  });

  it("puts a block sent in parts together, and drops parts out of place", () => {
    const text = "Microsoft backs OpenAI. ".repeat(10);
    const parts: SentBlock[] = [
      { id: 1, text: text.slice(0, 50), boilerplate: false, continues: true },
      { id: 1, text: text.slice(50, 130), boilerplate: false, continues: true, offset: 50 },
      { id: 1, text: text.slice(130), boilerplate: false, offset: 130 },
    ];
    const reading = new PageReading(matcher);
    reading.add(parts);
    const whole = [{ id: 1, text, boilerplate: false }];
    expect(named(reading.findings([1], null), whole)).toHaveLength(20);

    const gap = new PageReading(matcher);
    gap.add([parts[0] as SentBlock, parts[2] as SentBlock]);
    expect(gap.findings([1], null)).toBeNull();
  });

  it("finds the user's own names, which win where they overlap a bundled one", () => {
    const own: OwnEntity[] = [
      {
        id: "own-openai-board",
        name: "OpenAI board",
        type: "institution",
        aliases: [],
        note: "",
        link: null,
      },
    ];
    const reading = new PageReading(matcher, own);
    const blocks = [{ id: 0, text: "Microsoft and the OpenAI board met.", boilerplate: false }];
    reading.add(blocks);
    expect(named(reading.findings([0], null), blocks)).toEqual([
      [0, "Microsoft", "microsoft"],
      [0, "OpenAI board", "own-openai-board"],
    ]);
  });

  it("finds nothing on a page not about AI", () => {
    const reading = new PageReading(matcher);
    const blocks = [{ id: 0, text: "Apple pie and X marks the spot.", boilerplate: false }];
    reading.add(blocks);
    expect(reading.findings([0], null)?.spans).toEqual([]);
  });
});

describe("PageReading.glance, the early 'not for us'", () => {
  it("says yes where a name may be, no where none is", () => {
    expect(new PageReading(matcher).glance("Nothing to see in this sentence.")).toBe(false);
    expect(new PageReading(matcher).glance("Apple pie and X marks the spot.")).toBe(true);
    expect(new PageReading(matcher).glance("")).toBe(false);
  });

  it("sees a name wherever the reading in blocks would, blocks run together included", () => {
    // textContent puts nothing between blocks: "Funding" + "The start-up of Elon Musk…".
    const text = BLOCKS.map((block) => block.text).join("");
    expect(new PageReading(matcher).glance(text)).toBe(true);
    expect(new PageReading(matcher).glance("Big funding roundOpenAI raises")).toBe(true);
    expect(new PageReading(matcher).glance("MicrosoftBeats estimates")).toBe(true);
    // The miss, which the page-wide answer makes rare: a name glued without a change of case.
    expect(new PageReading(matcher).glance("FundingxAI")).toBe(false);
  });

  it("finds a name cut between two parts of the text", () => {
    const reading = new PageReading(matcher);
    expect(reading.glance(`${"Nothing here. ".repeat(10_000)}The start-up of Elon M`)).toBe(false);
    expect(reading.glance("usk is young.")).toBe(true);
  });

  it("finds a name past the first part it scans, and the user's own names", () => {
    const far = `${"Nothing here. ".repeat(20_000)}Microsoft.`;
    expect(new PageReading(matcher).glance(far)).toBe(true);
    const own: OwnEntity[] = [
      {
        id: "own-board",
        name: "Blue Board",
        type: "institution",
        aliases: [],
        note: "",
        link: null,
      },
    ];
    expect(new PageReading(matcher, own).glance("The Blue Board met.")).toBe(true);
    expect(new PageReading(matcher).glance("The Blue Board met.")).toBe(false);
  });
});

describe("page-read messages", () => {
  it("parse what each end sends", () => {
    const blocks = { type: "blocks", blocks: [{ ...BLOCKS[0], extra: "dropped" }] };
    expect(parsePageReadRequest(blocks)).toEqual({ type: "blocks", blocks: [BLOCKS[0]] });
    expect(parsePageReadRequest({ ...blocks, quiet: true })).toEqual({
      type: "blocks",
      blocks: [BLOCKS[0]],
      quiet: true,
    });
    const ask = { type: "findings", seq: 2, order: ORDER, declaredLang: "fr" };
    expect(parsePageReadRequest(ask)).toEqual(ask);
    const reading = new PageReading(matcher);
    const scanned = { type: "scanned", named: reading.add(BLOCKS) };
    expect(scanned.named).toEqual([3, 4]);
    expect(parsePageReadReply(scanned)).toEqual(scanned);
    const reply = { type: "findings", seq: 2, findings: reading.findings(ORDER, null) };
    expect(parsePageReadReply(reply)).toEqual(reply);
    const lost = { type: "findings", seq: 3, findings: null };
    expect(parsePageReadReply(lost)).toEqual(lost);
    const glance = { type: "glance", text: "xAI" };
    expect(parsePageReadRequest({ ...glance, extra: 1 })).toEqual(glance);
    expect(parsePageReadReply({ type: "glanced", named: true })).toEqual({
      type: "glanced",
      named: true,
    });
  });

  it("drop what does not fit", () => {
    for (const raw of [
      null,
      { type: "blocks", blocks: [{ id: -1, text: "x", boilerplate: false }] },
      { type: "blocks", blocks: [{ id: 1, text: 3, boilerplate: false }] },
      { type: "blocks", blocks: [{ id: 1, text: "x", boilerplate: false, offset: 1.5 }] },
      { type: "blocks", blocks: [], quiet: "yes" },
      { type: "findings", seq: 1, order: [1, "2"], declaredLang: null },
      { type: "findings", seq: 1, order: [], declaredLang: "de" },
      { type: "glance", text: ["x"] },
      { type: "other" },
    ]) {
      expect(parsePageReadRequest(raw)).toBeNull();
    }
    const header = { id: "openai", name: "OpenAI", type: "company" };
    for (const findings of [
      { spans: [1, 2, 3], entities: [header], named: [] },
      { spans: [1, 5, 3, 0], entities: [header], named: [] },
      { spans: [1, 2, 3, 1], entities: [header], named: [] },
      { spans: [], entities: [{ ...header, type: "planet" }], named: [] },
      { spans: [], entities: [{ ...header, id: "<script>" }], named: [] },
      { spans: [], entities: [], named: ["1"] },
    ]) {
      expect(parsePageReadReply({ type: "findings", seq: 1, findings })).toBeNull();
    }
    expect(parsePageReadReply({ type: "scanned", named: [1, -2] })).toBeNull();
    expect(parsePageReadReply({ type: "glanced", named: "yes" })).toBeNull();
  });
});
