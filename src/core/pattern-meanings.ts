// What a pattern of the trie stands for, and its compact text form in the shipped tables.
// Each pattern carries one short string, decoded only when the pattern is met on a page.
import type { Lang } from "./dataset";

/** The pattern is an alias of an entity. */
export interface NameMeaning {
  /** Index into `MatcherTables.entities`. */
  entity: number;
  /** Letters must match in case: see `caseMask`. */
  sensitive: boolean;
  /** Counts only where the page supports it (see resolve-mentions). */
  ambiguous: boolean;
  /** A person's short form ("Musk"): counts only on a page that names them in full. */
  needsAnchor: boolean;
  /** Bit i set when character i of the alias is not in lower case (first 53 characters). */
  caseMask: number;
}

export interface PatternMeanings {
  names: NameMeaning[];
  /** Entities the pattern is a cue word for, per language of the page. */
  cues: Record<Lang, number[]>;
  /** Set when the pattern is a topic term of the page gate; caseMask null when any case goes. */
  topic: { caseMask: number | null } | null;
  /** Set when the pattern is a frequent word of one language. */
  language: Lang | null;
}

export function emptyMeanings(): PatternMeanings {
  return { names: [], cues: { en: [], fr: [] }, topic: null, language: null };
}

// Items are separated by spaces; numbers are base 36; entity lists are ascending and
// delta-encoded, which keeps the long lists of common cue words ("ai", "startup") short.
//   n<entity>.<flags>[.<mask>]   name; flags: 1 sensitive, 2 ambiguous, 4 needs an anchor
//   e<list> / f<list>            cue word for English / French pages; list: deltas joined by "."
//   t[<mask>]                    topic term; the mask is present when case matters
//   le / lf                      language word

export function encodeMeanings(meanings: PatternMeanings): string {
  const items: string[] = [];
  for (const name of meanings.names) {
    const flags = (name.sensitive ? 1 : 0) | (name.ambiguous ? 2 : 0) | (name.needsAnchor ? 4 : 0);
    const mask = name.sensitive ? `.${name.caseMask.toString(36)}` : "";
    items.push(`n${name.entity.toString(36)}.${flags}${mask}`);
  }
  for (const lang of ["en", "fr"] as const) {
    const list = [...new Set(meanings.cues[lang])].sort((a, b) => a - b);
    if (list.length > 0) items.push(`${lang[0]}${encodeAscending(list)}`);
  }
  if (meanings.topic) {
    const mask = meanings.topic.caseMask;
    items.push(`t${mask === null ? "" : mask.toString(36)}`);
  }
  if (meanings.language) items.push(`l${meanings.language[0]}`);
  return items.join(" ");
}

export function decodeMeanings(encoded: string): PatternMeanings {
  const meanings = emptyMeanings();
  for (const item of encoded.split(" ")) {
    const body = item.slice(1);
    switch (item[0]) {
      case "n": {
        const [entity = "0", flags = "0", mask = "0"] = body.split(".");
        const bits = Number.parseInt(flags, 10);
        meanings.names.push({
          entity: Number.parseInt(entity, 36),
          sensitive: (bits & 1) !== 0,
          ambiguous: (bits & 2) !== 0,
          needsAnchor: (bits & 4) !== 0,
          caseMask: Number.parseInt(mask, 36),
        });
        break;
      }
      case "e":
        meanings.cues.en = decodeAscending(body);
        break;
      case "f":
        meanings.cues.fr = decodeAscending(body);
        break;
      case "t":
        meanings.topic = { caseMask: body === "" ? null : Number.parseInt(body, 36) };
        break;
      case "l":
        meanings.language = body === "f" ? "fr" : "en";
        break;
    }
  }
  return meanings;
}

function encodeAscending(list: readonly number[]): string {
  let previous = 0;
  return list
    .map((value) => {
      const delta = value - previous;
      previous = value;
      return delta.toString(36);
    })
    .join(".");
}

function decodeAscending(encoded: string): number[] {
  let value = 0;
  return encoded.split(".").map((delta) => {
    value += Number.parseInt(delta, 36);
    return value;
  });
}

/** Bit i set where `exact` differs from its folded form; only the first 53 characters count. */
export function caseMaskOf(exact: string, folded: string): number {
  let mask = 0;
  for (let at = 0; at < exact.length && at < 53; at += 1) {
    if (exact.charCodeAt(at) !== folded.charCodeAt(at)) mask += 2 ** at;
  }
  return mask;
}
