import { aliasFormsOf, canonicalName } from "./alias-forms";
import { foldText } from "./char-classes";
import { type Entity, type EntityType, LANGS } from "./dataset";
import {
  caseMaskOf,
  emptyMeanings,
  encodeMeanings,
  type PatternMeanings,
} from "./pattern-meanings";
import { encodeStoryLinks } from "./story-links";
import { LANGUAGE_WORDS, TOPIC_TERMS } from "./topic-terms";
import { buildTrie, type EncodedTrie } from "./trie";

/** What the page needs to know about an entity before any card is opened. */
export interface EntityHeader {
  id: string;
  name: string;
  type: EntityType;
}

/**
 * The matcher's input, compiled from the dataset at build time and bundled with the content
 * script as JSON: the page decodes nothing up front but a running sum over the trie's nodes.
 */
export interface MatcherTables {
  entities: EntityHeader[];
  /** Every alias, cue word, topic term and language word, case-folded, as one trie. */
  trie: EncodedTrie;
  /** What each pattern of the trie stands for, in pattern order (see pattern-meanings). */
  meanings: string[];
  /** Entities of the same story (see story-links). */
  storyLinks: string;
}

const TOPIC_KEYS = new Set(TOPIC_TERMS.map((term) => foldText(canonicalName(term.text))));

// Longer patterns are not names; the scanner's buffers stop here.
export const MAX_PATTERN_LENGTH = 96;

export function compileMatcherTables(entities: readonly Entity[]): MatcherTables {
  const patterns = new Map<string, PatternMeanings>();
  const meaningsOf = (key: string): PatternMeanings | null => {
    if (key.length === 0 || key.length > MAX_PATTERN_LENGTH) return null;
    let meanings = patterns.get(key);
    if (!meanings) {
      meanings = emptyMeanings();
      patterns.set(key, meanings);
    }
    return meanings;
  };
  entities.forEach((entity, index) => {
    const { forms, extraCues } = aliasFormsOf(entity);
    for (const form of forms) {
      meaningsOf(form.folded)?.names.push({
        entity: index,
        sensitive: form.sensitive,
        ambiguous: form.ambiguous,
        needsAnchor: form.needsAnchor,
        caseMask: form.sensitive ? caseMaskOf(form.exact, form.folded) : 0,
      });
    }
    // Cues confirm ambiguous aliases, except a person's short form: that one needs the full name.
    const needsCues = forms.some((form) => form.ambiguous && !form.needsAnchor);
    for (const lang of LANGS) {
      const cues = needsCues ? [...(entity.cues?.[lang] ?? []), ...extraCues[lang]] : [];
      for (const cue of cues) {
        const key = foldText(canonicalName(cue));
        // "ai", "startup", "chatbot" say the page is about AI, which the page gate has already
        // checked: near an ambiguous name they confirm nothing ("Dust from the site…").
        if (!TOPIC_KEYS.has(key)) meaningsOf(key)?.cues[lang].push(index);
      }
    }
  });
  for (const term of TOPIC_TERMS) {
    const exact = canonicalName(term.text);
    const key = foldText(exact);
    const meanings = meaningsOf(key);
    if (meanings) meanings.topic = { caseMask: term.sensitive ? caseMaskOf(exact, key) : null };
  }
  for (const lang of LANGS) {
    for (const word of LANGUAGE_WORDS[lang]) {
      const meanings = meaningsOf(word);
      if (meanings) meanings.language = lang;
    }
  }
  const { trie, order } = buildTrie(patterns.keys());
  return {
    entities: entities.map((entity) => ({ id: entity.id, name: entity.name, type: entity.type })),
    trie,
    meanings: order.map((key) => encodeMeanings(patterns.get(key) ?? emptyMeanings())),
    storyLinks: encodeStoryLinks(entities),
  };
}
