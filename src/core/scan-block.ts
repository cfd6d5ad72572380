import { canonicalCode, foldCode, INVISIBLE, isWordAt, isWordCode, SPACE } from "./char-classes";
import type { Matcher } from "./matcher";
import { MAX_PATTERN_LENGTH } from "./matcher-tables";
import type { NameMeaning } from "./pattern-meanings";
import { childOf, ROOT } from "./trie";
import { endsWord } from "./word-boundary";

/** A name found in a block: the longest alias starting there whose case rule holds. */
export interface NameHit {
  start: number;
  end: number;
  /** The trie pattern of the alias. */
  pattern: number;
  /** The entities the alias may stand for (one, or several sharing an ambiguous alias). */
  names: NameMeaning[];
}

/** A cue word found in a block. */
export interface CueHit {
  start: number;
  end: number;
  pattern: number;
}

/** What one block of text holds, before any page context is applied. */
export interface BlockFindings {
  /** Leftmost-longest: in order, never overlapping. */
  names: NameHit[];
  cues: CueHit[];
  /** Patterns of the topic terms met (see topic-terms), with repeats. */
  topics: number[];
  /** Patterns of ambiguous aliases written here as a common word, in lower case ("grok"). */
  commonWords: number[];
  languageVotes: { en: number; fr: number };
}

export function emptyFindings(): BlockFindings {
  return { names: [], cues: [], topics: [], commonWords: [], languageVotes: { en: 0, fr: 0 } };
}

/** Where a block's scan stands, so that a huge block can be read in parts (see scanBlockPart). */
export interface BlockCursor {
  /** The next word start to try. */
  at: number;
  /** The end of the last name kept: names never overlap. */
  reached: number;
  previousIsWord: boolean;
}

export function blockCursor(): BlockCursor {
  return { at: 0, reached: 0, previousIsWord: false };
}

/**
 * Finds every alias, cue word, topic term and language word in `text`. Linear in the text's
 * length whatever the number of aliases: each walk of the trie starts at a word start and is
 * at most as deep as the longest pattern. Offsets are into `text` as given; soft hyphens,
 * zero-width characters, runs of spaces and apostrophe, hyphen or space variants are read
 * through without being removed.
 */
export function scanBlock(text: string, matcher: Matcher): BlockFindings {
  const findings = emptyFindings();
  scanBlockPart(text, matcher, findings, blockCursor(), text.length);
  return findings;
}

/**
 * `scanBlock` in parts: tries the word starts of the next `length` characters from `cursor`,
 * adds what it finds to `findings` and moves the cursor on (a name may run past the part's
 * end). Returns whether the block is done. Lets one huge block (a 10 MB text node) be read over
 * several slices, with the same result as one call. `glued`: text whose blocks run together
 * (see PageReading.glance), where a capital after a lower-case letter may also start or end a
 * name.
 */
export function scanBlockPart(
  text: string,
  matcher: Matcher,
  findings: BlockFindings,
  cursor: BlockCursor,
  length: number,
  glued = false,
): boolean {
  const { trie } = matcher;
  let { reached, previousIsWord } = cursor;
  const until = Math.min(text.length, cursor.at + length);
  for (let start = cursor.at; start < until; start += 1) {
    const first = canonicalCode(text.charCodeAt(start));
    if (first === INVISIBLE) continue;
    const isWord = first < 0xd800 || first > 0xdfff ? isWordCode(first) : isWordAt(text, start);
    const wordStart = !(isWord && previousIsWord) || (glued && isCaseJoint(text, start));
    previousIsWord = isWord;
    if (!wordStart || first === SPACE) continue;
    let code = first;
    let lower = fold(code);
    let node = childOf(trie, ROOT, lower);
    if (node < 0) continue;

    let depth = 0;
    let at = start;
    let lastWasSpace = false;
    // The walked text's case, in the form of an alias's case mask (see pattern-meanings).
    let caseMask = 0;
    let longest: NameHit | null = null;
    for (;;) {
      if (code !== lower && depth < 53) caseMask += 2 ** depth;
      at += 1;
      depth += 1;
      lastWasSpace = code === SPACE;
      const pattern = trie.patternAt[node] as number;
      const endsHere =
        !isWordAt(text, at - 1) || endsWord(text, at) || (glued && isCaseJoint(text, at));
      if (pattern >= 0 && endsHere) {
        const hit = readPattern(matcher, pattern, start, at, caseMask, findings);
        if (hit) longest = hit;
      }
      // Next visible character, with a run of spaces read as one.
      let next = -1;
      while (at < text.length) {
        next = canonicalCode(text.charCodeAt(at));
        if (next !== INVISIBLE && !(next === SPACE && lastWasSpace)) break;
        next = -1;
        at += 1;
      }
      if (next < 0 || depth >= MAX_PATTERN_LENGTH) break;
      code = next;
      lower = fold(code);
      node = childOf(trie, node, lower);
      if (node < 0) break;
    }
    if (longest && longest.start >= reached) {
      findings.names.push(longest);
      reached = longest.end;
    }
  }
  cursor.at = until;
  cursor.reached = reached;
  cursor.previousIsWord = previousIsWord;
  return until >= text.length;
}

/**
 * Records the cue, topic and language meanings of a pattern met at [start, end), whose
 * characters have case mask `caseMask`; returns the name hit if any.
 */
function readPattern(
  matcher: Matcher,
  pattern: number,
  start: number,
  end: number,
  caseMask: number,
  findings: BlockFindings,
): NameHit | null {
  const meanings = matcher.meaningsOf(pattern);
  if (meanings.cues.en.length > 0 || meanings.cues.fr.length > 0) {
    findings.cues.push({ start, end, pattern });
  }
  if (meanings.topic) {
    const mask = meanings.topic.caseMask;
    if (mask === null || mask === caseMask) findings.topics.push(pattern);
  }
  if (meanings.language) findings.languageVotes[meanings.language] += 1;
  if (meanings.names.length === 0) return null;
  const holds = (name: NameMeaning) => !name.sensitive || name.caseMask === caseMask;
  const names = meanings.names.every(holds) ? meanings.names : meanings.names.filter(holds);
  if (names.length === 0) {
    if (caseMask === 0 && meanings.names.some((name) => name.ambiguous)) {
      findings.commonWords.push(pattern);
    }
    return null;
  }
  // `end` is just past the last character read, never past an invisible one after it.
  return { start, end, pattern, names };
}

/**
 * A lower-case letter then a capital, at `at - 1` and `at`: where words of two blocks run
 * together in a page's `textContent` ("fundingOpenAI", "NvidiaBeats"), read as a word boundary
 * by `scanBlockPart(…, glued)`. ASCII and Latin-1 letters: the pages' own scripts may glue more.
 */
function isCaseJoint(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const code = text.charCodeAt(at);
  const lowerBefore =
    (before >= 0x61 && before <= 0x7a) || (before >= 0xdf && before <= 0xff && before !== 0xf7);
  const capital = (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
  return lowerBefore && capital;
}

/** Lower case of a code unit, with ASCII inline: the walk folds every character it reads. */
function fold(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return foldCode(code);
}
