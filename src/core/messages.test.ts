import { describe, expect, it } from "vitest";
import {
  parseBackgroundRequest,
  parseContentRequest,
  parseEntityCard,
  parsePageSummary,
} from "./messages";

describe("message parsing", () => {
  it("accepts well-formed requests", () => {
    expect(parseContentRequest({ type: "get-page-summary" })).toEqual({ type: "get-page-summary" });
    expect(
      parseBackgroundRequest({ type: "get-entity-card", id: "xai", lang: "fr", pageIds: ["grok"] }),
    ).toEqual({ type: "get-entity-card", id: "xai", lang: "fr", pageIds: ["grok"] });
    expect(
      parseBackgroundRequest({ type: "get-page-cards", lang: "en", pageIds: ["xai", "grok"] }),
    ).toEqual({ type: "get-page-cards", lang: "en", pageIds: ["xai", "grok"] });
  });

  it("drops anything else", () => {
    for (const raw of [
      null,
      "get-page-summary",
      [],
      { type: "other" },
      { type: "get-entity-card" },
    ]) {
      expect(parseContentRequest(raw)).toBeNull();
      expect(parseBackgroundRequest(raw)).toBeNull();
    }
    expect(parseBackgroundRequest({ type: "get-entity-card", id: "../x", lang: "fr" })).toBeNull();
    expect(parseBackgroundRequest({ type: "get-entity-card", id: "xai", lang: "de" })).toBeNull();
    expect(parseBackgroundRequest({ type: "get-relations", ids: ["xai", "Not An Id"] })).toBeNull();
    expect(parseBackgroundRequest({ type: "get-page-cards", lang: "en" })).toBeNull();
    expect(
      parseBackgroundRequest({ type: "get-page-cards", lang: "en", pageIds: ["xai", "../x"] }),
    ).toBeNull();
    expect(parseBackgroundRequest({ type: "get-page-cards", lang: "es", pageIds: [] })).toBeNull();
    expect(
      parseBackgroundRequest({ type: "report-entity-count", count: -1, more: false }),
    ).toBeNull();
    expect(parseBackgroundRequest({ type: "report-entity-count", count: 3 })).toBeNull();
    expect(
      parseBackgroundRequest({ type: "report-entity-count", count: 3, more: "yes" }),
    ).toBeNull();
    expect(parseContentRequest({ type: "set-page-highlights", on: "off" })).toBeNull();
    expect(parseContentRequest({ type: "reveal-entity", id: 3 })).toBeNull();
  });

  it("refuses a page summary with a malformed entity", () => {
    const entity = { id: "xai", name: "xAI", type: "company", count: 2 };
    const summary = {
      url: "https://a.b/",
      siteOn: true,
      pageOn: true,
      entities: [entity],
      pageDate: { date: "2024-05-27", source: "meta" },
    };
    expect(parsePageSummary(summary)).toEqual(summary);
    expect(parsePageSummary({ ...summary, pageDate: undefined })).toEqual({
      ...summary,
      pageDate: null,
    });
    expect(
      parsePageSummary({ ...summary, pageDate: { date: "27/05/2024", source: "meta" } }),
    ).toBeNull();
    expect(parsePageSummary({ ...summary, entities: [{ ...entity, count: 0 }] })).toBeNull();
    expect(parsePageSummary({ ...summary, entities: [{ ...entity, type: "x" }] })).toBeNull();
    expect(parsePageSummary({ ...summary, pageOn: "yes" })).toBeNull();
  });

  it("refuses a card whose link is not https", () => {
    const card = {
      id: "xai",
      name: "xAI",
      type: "company",
      summary: "…",
      wikipediaUrl: null,
      facts: [],
      relations: [],
      rounds: [],
    };
    expect(parseEntityCard(card)).toEqual(card);
    const source = { publisher: "xAI", date: "9 March 2023", url: "https://x.ai/" };
    const fact = { label: "Founded", value: "2023", asOf: "", source };
    expect(parseEntityCard({ ...card, facts: [fact] })).toEqual({ ...card, facts: [fact] });
    const unlinked = { ...fact, source: { ...source, url: null } };
    expect(parseEntityCard({ ...card, facts: [unlinked] })).toEqual({ ...card, facts: [unlinked] });
    const insecure = { ...fact, source: { ...source, url: "http://x.ai/" } };
    expect(parseEntityCard({ ...card, facts: [insecure] })).toBeNull();
    expect(parseEntityCard({ ...card, wikipediaUrl: "javascript:alert(1)" })).toBeNull();
    expect(
      parseEntityCard({ ...card, wikipediaUrl: "http://en.wikipedia.org/wiki/XAI" }),
    ).toBeNull();
  });
});
