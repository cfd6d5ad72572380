import { canonicalCode, SPACE } from "./char-classes";
import type { Lang } from "./dataset";
import type { Matcher } from "./matcher";
import type { Mention } from "./mention";
import {
  digitNextTo,
  extendsName,
  hasApostrophe,
  hyphenGlued,
  isCapitalised,
  isTitleCase,
  isTitleWord,
  startsSentence,
  versionFollows,
  wordAfter,
  wordBefore,
} from "./name-context";
import { pageIsOnTopic } from "./page-gate";
import { pageLanguage } from "./page-language";
import type { NameMeaning } from "./pattern-meanings";
import { runToEnd } from "./run-steps";
import type { BlockFindings, CueHit, NameHit } from "./scan-block";

/** One block of the page's text with what `scanBlock` found in it. */
export interface ScannedBlock {
  text: string;
  /** Navigation, header or footer: matched, but no evidence for the page gate. */
  boilerplate?: boolean;
  findings: BlockFindings;
}

export interface PageContext {
  /** The language the page declares (`<html lang>`), if English or French. */
  declaredLang: Lang | null;
}

// A cue word this close (in characters, either side) confirms an ambiguous name: about two
// sentences, so "Grok" in one paragraph is not confirmed by "chatbot" three paragraphs away.
const CUE_WINDOW = 250;
// An entity named unambiguously this close in the same block ("Microsoft, Apple…") confirms an
// ambiguous name next to it: lists and sentences of one story.
const NEIGHBOUR_WINDOW = 120;

// Added to the distance of a full name that comes only after the short one.
const AFTER_NAME = 1e9;

// How much each kind of support weighs when several entities share an ambiguous alias.
const ANCHOR = 8;
const CUE = 4;
const STORY = 2;
const VERSION = 2;
const NEIGHBOUR = 1;

/** A hit whose entity is certain, placed on the page. */
interface SureMention {
  entity: number;
  block: number;
  start: number;
  end: number;
}

/**
 * The page-context pass: decides which names count, given everything found in the page's
 * blocks. Cheap next to the scan: it looks only at the hits, never at the text again except
 * for the few words around an ambiguous name.
 *
 * - Nothing counts on a page that is not about AI or tech (see page-gate).
 * - An unambiguous name counts.
 * - A person's short form ("Musk") counts where the page names them in full ("Elon Musk"),
 *   unless a first name of someone else stands before it ("Kimbal Musk").
 * - Another ambiguous name counts with support: its entity named unambiguously elsewhere on the
 *   page, a cue word nearby, an entity of the same story on the page, a version number after it
 *   ("Grok 3"), or another entity named next to it.
 */
export function resolveMentions(
  blocks: readonly ScannedBlock[],
  matcher: Matcher,
  context: PageContext,
): Mention[] {
  return runToEnd(resolveMentionSteps(blocks, matcher, context));
}

/** Blocks handled between two pauses of `resolveMentionSteps`. */
const BLOCKS_PER_STEP = 128;

/**
 * `resolveMentions` as a generator that pauses every hundred blocks or so, so that a page with
 * thousands of names (8,000 on a 1 MB page: 40 ms of work the first time) is resolved over
 * several slices. Returns the mentions.
 */
export function* resolveMentionSteps(
  blocks: readonly ScannedBlock[],
  matcher: Matcher,
  context: PageContext,
): Generator<void, Mention[], void> {
  // One pass over every block; the rest look only at blocks where something was found (on a
  // page of 20,000 list items, a few hundred).
  const votes = { en: 0, fr: 0 };
  const offsets: number[] = new Array(blocks.length);
  const found: number[] = [];
  let hasMain = false;
  let offset = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    if (index % (BLOCKS_PER_STEP * 8) === 0) yield;
    const block = blocks[index] as ScannedBlock;
    const { findings } = block;
    offsets[index] = offset;
    offset += block.text.length + 1;
    votes.en += findings.languageVotes.en;
    votes.fr += findings.languageVotes.fr;
    if (!block.boilerplate) hasMain = true;
    const any = findings.names.length + findings.cues.length + findings.topics.length;
    if (any + findings.commonWords.length > 0) found.push(index);
  }
  const lang = pageLanguage(votes, context.declaredLang);

  const gateEntities = new Set<number>();
  const gateTopics = new Set<number>();
  const sure: SureMention[] = [];
  for (const index of found) {
    const block = blocks[index] as ScannedBlock;
    const evidence = !hasMain || !block.boilerplate;
    for (const hit of block.findings.names) {
      const entity = sureEntity(hit);
      if (entity === null) continue;
      sure.push({ entity, block: index, start: hit.start, end: hit.end });
      if (evidence) gateEntities.add(entity);
    }
    if (evidence) for (const topic of block.findings.topics) gateTopics.add(topic);
  }
  if (!pageIsOnTopic({ entities: gateEntities.size, topicTerms: gateTopics.size })) return [];

  yield;
  const page = new PageEvidence(blocks, found, offsets, sure, matcher, lang);
  const choices = new Map<number, Choice[]>();
  for (const [at, index] of found.entries()) {
    if (at % BLOCKS_PER_STEP === 0) yield;
    const names = (blocks[index] as ScannedBlock).findings.names;
    choices.set(
      index,
      names.map((hit) => {
        const entity = sureEntity(hit);
        return entity === null ? page.chooseEntity(hit, index) : { entity, rejected: false };
      }),
    );
  }
  // Once the page has shown what an ambiguous name stands for, it stands for it everywhere the
  // words around it do not say otherwise: "Meta" opening a later sentence of an article on Meta.
  const settled = new Map<number, number>();
  for (const index of found) {
    (blocks[index] as ScannedBlock).findings.names.forEach((hit, at) => {
      const entity = choices.get(index)?.[at]?.entity ?? null;
      if (entity !== null && sureEntity(hit) === null) settled.set(hit.pattern, entity);
    });
  }
  yield;
  const mentions: Mention[] = [];
  for (const index of found) {
    (blocks[index] as ScannedBlock).findings.names.forEach((hit, at) => {
      const choice = choices.get(index)?.[at];
      let entity = choice?.entity ?? null;
      if (entity === null && choice && !choice.rejected) {
        const settledEntity = settled.get(hit.pattern);
        if (hit.names.some((name) => name.entity === settledEntity)) entity = settledEntity ?? null;
      }
      const id = entity === null ? undefined : matcher.tables.entities[entity]?.id;
      if (id !== undefined)
        mentions.push({ entityId: id, block: index, start: hit.start, end: hit.end });
    });
  }
  return mentions;
}

/** The entity an ambiguous hit stands for; `rejected` when the words around it rule it out. */
interface Choice {
  entity: number | null;
  rejected: boolean;
}

// Returned by `support` when the words around the name say it is something else.
const RULED_OUT = -1;

function sureEntity(hit: NameHit): number | null {
  return hit.names.find((name) => !name.ambiguous)?.entity ?? null;
}

/** What the page says, indexed for the questions asked about each ambiguous name. */
class PageEvidence {
  /** Page offsets of every unambiguous mention, per entity. */
  private readonly anchors = new Map<number, number[]>();
  private readonly sureByBlock = new Map<number, SureMention[]>();
  /** Every cue word of the page, in page order: page offset, end offset, pattern. */
  private readonly cueStarts: number[] = [];
  private readonly cueEnds: number[] = [];
  private readonly cuePatterns: number[] = [];
  /** Per cue pattern, the entities it confirms on this page's language. */
  private readonly cueEntities = new Map<number, ReadonlySet<number>>();
  private readonly titleCase = new Map<number, boolean>();
  /** Ambiguous aliases the page also writes in lower case, as the common word they are. */
  private readonly commonWords = new Set<number>();

  constructor(
    private readonly blocks: readonly ScannedBlock[],
    /** The blocks where anything was found. */
    found: readonly number[],
    private readonly offsets: readonly number[],
    sure: readonly SureMention[],
    private readonly matcher: Matcher,
    private readonly lang: Lang,
  ) {
    for (const mention of sure) {
      const at = (offsets[mention.block] ?? 0) + mention.start;
      const list = this.anchors.get(mention.entity);
      if (list) list.push(at);
      else this.anchors.set(mention.entity, [at]);
      const inBlock = this.sureByBlock.get(mention.block);
      if (inBlock) inBlock.push(mention);
      else this.sureByBlock.set(mention.block, [mention]);
    }
    for (const index of found) {
      const { findings } = blocks[index] as ScannedBlock;
      for (const pattern of findings.commonWords) this.commonWords.add(pattern);
      const offset = offsets[index] ?? 0;
      for (const cue of findings.cues) {
        this.cueStarts.push(offset + cue.start);
        this.cueEnds.push(offset + cue.end);
        this.cuePatterns.push(cue.pattern);
      }
    }
  }

  /** The entity an ambiguous hit stands for, or null when the page does not support one. */
  chooseEntity(hit: NameHit, block: number): Choice {
    const text = this.blocks[block]?.text ?? "";
    if (this.looksLikeAnotherWord(hit, text)) return { entity: null, rejected: true };
    const at = (this.offsets[block] ?? 0) + hit.start;
    let best: number | null = null;
    let bestScore = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    let tie = false;
    let ruledOut = 0;
    for (const name of hit.names) {
      const score = this.support(name, hit, block, text);
      if (score === RULED_OUT) ruledOut += 1;
      if (score <= 0) continue;
      const distance = this.anchorDistance(name.entity, at);
      if (score > bestScore || (score === bestScore && distance < bestDistance)) {
        best = name.entity;
        bestScore = score;
        bestDistance = distance;
        tie = false;
      } else if (score === bestScore && distance === bestDistance) {
        tie = true;
      }
    }
    // Two entities equally supported: the page does not say which, so neither.
    return { entity: tie ? null : best, rejected: ruledOut === hit.names.length };
  }

  /** "l'X", "Malcolm X", "X-ray", "10 X": a one- or two-letter name that is something else. */
  private looksLikeAnotherWord(hit: NameHit, text: string): boolean {
    if (hit.end - hit.start > 2) return false;
    const before = wordBefore(text, hit.start);
    if (before?.elided) return true;
    // "Malcolm X", "Model X"; but "Sur X, Musk a écrit", "On X, he posted", "OpenAI's o1".
    if (
      before?.spaced &&
      !before.sentenceEnd &&
      !hasApostrophe(before.word) &&
      isCapitalised(before.word) &&
      !(before.sentenceStart && before.word.length <= 4)
    ) {
      return true;
    }
    return hyphenGlued(text, hit.start, hit.end) || digitNextTo(text, hit.start, hit.end);
  }

  private support(name: NameMeaning, hit: NameHit, block: number, text: string): number {
    const anchored = this.anchors.has(name.entity);
    const titleCase = () => this.isTitleCase(block, text);
    const after = wordAfter(text, hit.end);
    if (
      after?.spaced &&
      isCapitalised(after.word) &&
      !extendsName(after.word) &&
      !this.continuesName(name.entity, block, hit.end, after.word) &&
      !titleCase()
    ) {
      return RULED_OUT; // "Claude Monet", "Sequoia National Park": a longer proper name.
    }
    if (name.needsAnchor) {
      const before = wordBefore(text, hit.start);
      const otherFirstName =
        before?.spaced === true &&
        !before.sentenceEnd &&
        isCapitalised(before.word) &&
        !before.sentenceStart &&
        !isTitleWord(before.word) &&
        !hasApostrophe(before.word) &&
        !titleCase();
      if (otherFirstName) return RULED_OUT;
      return anchored ? ANCHOR : 0;
    }
    if (this.followsUnrelatedName(name.entity, block, hit)) {
      return RULED_OUT; // "AWS Lambda": another company's product.
    }
    // A page that writes "grok" or "mistral" in lower case uses the word, not the name.
    const commonWord = this.commonWords.has(hit.pattern);
    // Where every word is capitalised (a sentence's first word, a Title Case headline) the
    // capital says nothing: "Figure 3 shows…", "Grid Operator Warns…". There, the story of the
    // page, a number after the word or a name next to it are no evidence.
    const weakCapital = startsSentence(text, hit.start) || titleCase();
    let score = anchored ? ANCHOR : 0;
    if (!commonWord && this.cueNear(name.entity, block, hit)) score += CUE;
    if (!weakCapital && this.storyOnPage(name.entity)) score += STORY;
    if (!weakCapital && versionFollows(text, hit.end)) score += VERSION;
    if (!weakCapital && !commonWord && this.neighbourNear(name.entity, block, hit)) {
      score += NEIGHBOUR;
    }
    return score;
  }

  /** Whether the capitalised word after a name is a cue of its entity or another name. */
  private continuesName(entity: number, block: number, end: number, word: string): boolean {
    const findings = this.blocks[block]?.findings;
    if (!findings) return false;
    // Hits and cues are in text order: look only at those starting just after `end`.
    const name = findings.names[firstWhere(findings.names, (hit) => hit.start > end)];
    if (name && name.start <= end + 3) return true;
    const { cues } = findings;
    for (let at = firstWhere(cues, (cue) => cue.start > end); at < cues.length; at += 1) {
      const cue = cues[at] as CueHit;
      if (cue.start > end + 3) break;
      const cued = this.matcher.meaningsOf(cue.pattern).cues[this.lang];
      if (cue.end - cue.start >= word.length && cued.includes(entity)) return true;
    }
    return false;
  }

  /** Whether another entity, not of this one's story, is named right before ("AWS Lambda"). */
  private followsUnrelatedName(entity: number, block: number, hit: NameHit): boolean {
    // Joined by one space, as a product line: a possessive ("Google's Gemini") says less.
    const inBlock = this.sureByBlock.get(block) ?? [];
    const previous = inBlock[firstWhere(inBlock, (mention) => mention.end >= hit.start - 1)];
    if (previous?.end !== hit.start - 1) return false;
    if (previous.entity === entity) return false;
    const text = this.blocks[block]?.text ?? "";
    if (canonicalCode(text.charCodeAt(previous.end)) !== SPACE) return false;
    // Linked directly or through one entity ("Gemini" is Google DeepMind's, itself Google's).
    const links = this.matcher.storyLinksOf(entity);
    if (links.has(previous.entity)) return false;
    for (const linked of links) {
      if (this.matcher.storyLinksOf(linked).has(previous.entity)) return false;
    }
    return true;
  }

  private cueNear(entity: number, block: number, hit: NameHit): boolean {
    const at = (this.offsets[block] ?? 0) + hit.start;
    const end = at + (hit.end - hit.start);
    const first = firstAtLeast(this.cueStarts, at - CUE_WINDOW);
    for (let index = first; index < this.cueStarts.length; index += 1) {
      const cueStart = this.cueStarts[index] as number;
      if (cueStart > end + CUE_WINDOW) break;
      if ((this.cueEnds[index] as number) > at && cueStart < end) continue; // the name itself
      if (this.entitiesCuedBy(this.cuePatterns[index] as number).has(entity)) return true;
    }
    return false;
  }

  private entitiesCuedBy(pattern: number): ReadonlySet<number> {
    let entities = this.cueEntities.get(pattern);
    if (!entities) {
      entities = new Set(this.matcher.meaningsOf(pattern).cues[this.lang]);
      this.cueEntities.set(pattern, entities);
    }
    return entities;
  }

  private storyOnPage(entity: number): boolean {
    for (const linked of this.matcher.storyLinksOf(entity)) {
      if (this.anchors.has(linked)) return true;
    }
    return false;
  }

  private neighbourNear(entity: number, block: number, hit: NameHit): boolean {
    // A block's sure mentions are in text order and never overlap: their ends are in order too.
    const inBlock = this.sureByBlock.get(block) ?? [];
    const from = firstWhere(inBlock, (mention) => mention.end > hit.start - NEIGHBOUR_WINDOW);
    for (let at = from; at < inBlock.length; at += 1) {
      const mention = inBlock[at] as SureMention;
      if (mention.start >= hit.end + NEIGHBOUR_WINDOW) break;
      if (mention.entity !== entity) return true;
    }
    return false;
  }

  /** How far back the entity was last named in full; anchors after the name count as farther. */
  private anchorDistance(entity: number, at: number): number {
    const anchors = this.anchors.get(entity);
    if (!anchors) return Number.POSITIVE_INFINITY;
    // Anchors are in page order: the last one at or before `at`, else the first after it.
    const after = firstAtLeast(anchors, at + 1);
    if (after > 0) return at - (anchors[after - 1] as number);
    return AFTER_NAME + (anchors[0] as number) - at;
  }

  private isTitleCase(block: number, text: string): boolean {
    let known = this.titleCase.get(block);
    if (known === undefined) {
      known = isTitleCase(text);
      this.titleCase.set(block, known);
    }
    return known;
  }
}

/**
 * Index of the first item of `list` for which `isPast` holds (or its length), where `isPast` is
 * false for a run of items and then true for the rest: a binary search.
 */
function firstWhere<T>(list: readonly T[], isPast: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isPast(list[mid] as T)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Index of the first value of an ascending list that is at least `value` (or its length). */
function firstAtLeast(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
