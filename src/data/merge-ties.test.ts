import { describe, expect, it } from "vitest";
import type { CitedSource, IndexedLink } from "./facts-index";
import { mergeTies } from "./merge-ties";
import { groupTieLines, termText, tieLine } from "./tie-text";

const reuters: CitedSource = { publisher: "Reuters", kind: "news", url: "https://reuters.com/a" };
const ft: CitedSource = { publisher: "Financial Times", kind: "news", url: "https://ft.com/b" };
const role = (en: string, fr = en) => ({ en, fr });
const link = (fields: Partial<IndexedLink> & Pick<IndexedLink, "type" | "from" | "to">) =>
  ({ sources: [reuters], ...fields }) as IndexedLink;

describe("mergeTies", () => {
  it("makes one tie of three investments in the same company, its dates oldest first", () => {
    const ties = mergeTies([
      link({ type: "invested_in", from: "sequoia", to: "xai", at: "2024-12-23" }),
      link({ type: "invested_in", from: "sequoia", to: "xai", at: "2024-05-26", sources: [ft] }),
      link({ type: "invested_in", from: "sequoia", to: "xai", at: "2026-01-06" }),
    ]);
    expect(ties).toHaveLength(1);
    expect(ties[0]?.events.map((event) => event.date)).toEqual([
      "2024-05-26",
      "2024-12-23",
      "2026-01-06",
    ]);
  });

  it("gathers a person's roles in one organisation on one tie, each with its term", () => {
    const [tie, ...rest] = mergeTies([
      link({
        type: "leads",
        from: "nadella",
        to: "microsoft",
        role: role("CEO"),
        since: "2014-02-04",
      }),
      link({
        type: "leads",
        from: "nadella",
        to: "microsoft",
        role: role("Chairman"),
        since: "2021-06-16",
      }),
      // The same role stated twice (two sources) is one role.
      link({
        type: "leads",
        from: "nadella",
        to: "microsoft",
        role: role("CEO"),
        since: "2014-02-04",
        sources: [ft],
      }),
    ]);
    expect(rest).toEqual([]);
    expect(tie?.terms.map((term) => term.role?.en)).toEqual(["CEO", "Chairman"]);
    expect(tie?.ended).toBe(false);
    expect(tie?.events).toEqual([{ date: undefined, sources: [reuters, ft] }]);
  });

  it("marks a tie ended only when every term is over", () => {
    const [x] = mergeTies([
      link({
        type: "leads",
        from: "musk",
        to: "x",
        role: role("CEO"),
        since: "2022-10",
        until: "2023-06",
      }),
    ]);
    expect(x?.ended).toBe(true);
  });

  it("reads a partnership stated from either side as one tie", () => {
    const ties = mergeTies([
      link({ type: "partner_of", from: "microsoft", to: "openai" }),
      link({ type: "partner_of", from: "openai", to: "microsoft", sources: [ft] }),
    ]);
    expect(ties).toHaveLength(1);
  });

  it("keeps different kinds of tie between the same two entities apart", () => {
    const ties = mergeTies([
      link({ type: "founded", from: "musk", to: "xai" }),
      link({ type: "leads", from: "musk", to: "xai", role: role("CEO") }),
    ]);
    expect(ties.map((tie) => tie.type)).toEqual(["founded", "leads"]);
  });
});

describe("tie lines", () => {
  it("says founding and leading the same company in one line, verbs from the reader's side", () => {
    const ties = mergeTies([
      link({ type: "founded", from: "musk", to: "spacex" }),
      link({ type: "leads", from: "musk", to: "spacex", role: role("CEO", "PDG"), since: "2002" }),
    ]);
    expect(tieLine(ties, "musk", "SpaceX", "en").text).toBe(
      "founded and leads SpaceX (CEO since 2002)",
    );
    expect(tieLine(ties, "musk", "SpaceX", "fr").text).toBe(
      "a fondé et dirige SpaceX (PDG depuis 2002)",
    );
  });

  it("puts a tie whose every term is over in the past tense", () => {
    const ties = mergeTies([
      link({
        type: "leads",
        from: "musk",
        to: "x",
        role: role("CEO"),
        since: "2022-10-27",
        until: "2023-06-05",
      }),
    ]);
    expect(tieLine(ties, "musk", "X", "en").text).toBe("led X (CEO, October 2022–June 2023)");
    expect(tieLine(ties, "x", "Elon Musk", "en").text).toBe(
      "formerly led by Elon Musk (CEO, October 2022–June 2023)",
    );
  });

  it("lists the dates of repeated events once each, at month precision, with their sources", () => {
    const ties = mergeTies([
      link({ type: "invested_in", from: "sequoia", to: "xai", at: "2024-05-26" }),
      link({ type: "invested_in", from: "sequoia", to: "xai", at: "2024-05-27", sources: [ft] }),
      link({ type: "invested_in", from: "sequoia", to: "xai", at: "2024-12-23" }),
    ]);
    const line = tieLine(ties, "xai", "Sequoia Capital", "en");
    expect(line.text).toBe("backed by Sequoia Capital");
    expect(line.events.map((event) => [event.date, event.source.publisher])).toEqual([
      ["May 2024", "Reuters"],
      ["December 2024", "Reuters"],
    ]);
  });

  it("gives two kinds with terms of their own a line each, so dates stay with their kind", () => {
    const ties = mergeTies([
      link({
        type: "leads",
        from: "musk",
        to: "x",
        role: role("CEO"),
        since: "2022-10",
        until: "2023-06",
      }),
      link({ type: "owned_by", from: "x", to: "musk", since: "2022-10", until: "2025-03" }),
      link({ type: "founded", from: "musk", to: "xai" }),
    ]);
    expect(groupTieLines(ties, "musk").map((line) => [line.otherId, line.ties.length])).toEqual([
      ["x", 1],
      ["x", 1],
      ["xai", 1],
    ]);
  });

  it("writes a term as a reader says it", () => {
    expect(termText({ role: role("CEO") }, "en")).toBe("CEO");
    expect(termText({ since: "2024-08" }, "en")).toBe("since August 2024");
    expect(termText({ until: "2025-03-28" }, "fr")).toBe("jusqu’en mars 2025");
    expect(termText({ role: role("Chair"), since: "2019", until: "2024" }, "en")).toBe(
      "Chair, 2019–2024",
    );
  });
});
