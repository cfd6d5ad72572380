// Deterministic news-like prose for the benchmark pages: filler words that can never form a
// name, and mentions planted where the page asks for them, counted as they are written.
import type { BenchAlias } from "./aliases";

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = `the a of to and in for on with as by at from that this its their was were is are
has have had will would could may says said after before while over under into about across
company companies market markets investors investor round funding billion million percent year
years quarter week month today yesterday report reports reported according people familiar
matter plans plan deal deals valuation revenue growth chips chip model models data centre
centres compute cloud software hardware platform platforms users customers developers team
teams research researchers lab labs startup startups executive executives board shares stock
price prices sales demand supply chain factory factories regulators regulation rules policy
government officials lawmakers court case filing documents statement interview analysts
analyst estimate estimates forecast earnings profit losses cost costs spending capital
infrastructure energy power grid training inference agents agent assistant product products
launch launched release released version update feature features pricing subscription
service services network networks partner partners partnership contract contracts customer
enterprise business businesses industry sector rivals competition competitors share growth
slowed rose fell jumped dropped doubled tripled expanded announced confirmed declined
commented told added noted warned argued suggested expected hoped promised planned
delayed raised raising invested investing acquired acquire merger bid offer talks
negotiations early late new old large small major minor global local national european
american asian french british chinese open closed public private internal external
first second third last next previous latest recent several many few most some other
such same different key main new quick slow strong weak high low long short big`
  .split(/\s+/)
  .filter(Boolean);

const FIRST_NAMES = `Maya Jonah Priya Leo Ines Omar Sofia Kenji Amara Lucas Nadia Tomas Elif Ravi
Clara Hugo Noor Felix Aiko Mateo Zara Viktor Lena Dario Yara Anton Mira Pablo Selin Oskar`
  .split(/\s+/)
  .filter(Boolean);
const LAST_NAMES = `Okafor Lindqvist Moreau Tanaka Haddad Novak Silva Brennan Kowalski Duarte Ishii
Fischer Aydin Marsh Quinlan Petrov Sato Delacroix Nakamura Farrow Esposito Vance Holm Reyes`
  .split(/\s+/)
  .filter(Boolean);
const SYLLABLES = "nor vane tel quo rix dal mer sut pan lio vex cor tam bri zen fal kur mon"
  .split(" ")
  .filter(Boolean);

/** Every word of every alias, lower-cased: filler never uses one, so it can never form a name. */
function aliasTokens(aliases: readonly BenchAlias[]): Set<string> {
  const tokens = new Set<string>();
  for (const alias of aliases) {
    for (const token of alias.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (token) tokens.add(token);
    }
  }
  return tokens;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One planted name and how it is written into the markup. */
export type MentionStyle = "plain" | "link" | "strong" | "split" | "nested";

export class TextWriter {
  readonly random: () => number;
  /** Mentions written so far (what a perfect matcher would find). */
  planted = 0;
  /** Characters of visible text written so far. */
  textChars = 0;
  private readonly words: string[];
  private readonly personNames: string[];
  private readonly mentionable: BenchAlias[];
  private readonly banned: Set<string>;

  constructor(aliases: readonly BenchAlias[], seed: number) {
    this.random = seededRandom(seed);
    this.banned = aliasTokens(aliases);
    this.words = FILLER.filter((word) => !this.banned.has(word));
    this.personNames = FIRST_NAMES.flatMap((first) =>
      LAST_NAMES.map((last) => `${first} ${last}`),
    ).filter((name) => name.split(" ").every((part) => !this.banned.has(part.toLowerCase())));
    // Unambiguous names count on any page; ambiguous ones (counted only where the page gives
    // them context) ride along, about one in thirty.
    const plantable = aliases.filter((alias) => ["any", "en", null].includes(alias.lang));
    const clear = plantable.filter((alias) => !alias.ambiguous);
    const ambiguous = plantable.filter((alias) => alias.ambiguous);
    this.mentionable = clear.length > 0 ? clear : [...aliases];
    if (clear.length > 0 && ambiguous.length > 0) {
      const extra = Math.max(1, Math.floor(clear.length / 30));
      for (let i = 0; i < extra; i += 1) this.mentionable.push(this.pick(ambiguous));
    }
  }

  int(below: number): number {
    return Math.floor(this.random() * below);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  word(): string {
    return this.pick(this.words);
  }

  /** A made-up person or company name: never a dataset name. */
  personName(): string {
    return this.pick(this.personNames);
  }

  madeUpCompany(): string {
    for (;;) {
      const stem = `${this.pick(SYLLABLES)}${this.pick(SYLLABLES)}`;
      if (!this.banned.has(stem)) return `${stem[0]?.toUpperCase()}${stem.slice(1)}`;
    }
  }

  /** A number that is not itself an alias word. */
  count(below: number): string {
    for (;;) {
      const value = String(this.int(below));
      if (!this.banned.has(value)) return value;
    }
  }

  /** Plain text counted as visible, escaped for HTML. */
  text(value: string): string {
    this.textChars += value.length;
    return escapeHtml(value);
  }

  /** One planted name in the markup style asked for (or a random one). */
  mention(style?: MentionStyle): string {
    const alias = this.pick(this.mentionable);
    const chosen = style ?? this.pick<MentionStyle>(["plain", "plain", "plain", "link", "strong"]);
    this.planted += 1;
    this.textChars += alias.text.length;
    const text = escapeHtml(alias.text);
    const space = text.indexOf(" ");
    switch (chosen) {
      case "link":
        return `<a href="/topic/${this.int(999)}">${text}</a>`;
      case "strong":
        return `<strong>${text}</strong>`;
      case "split":
        // Split by inline markup: one name in two text nodes ("<b>Sequoia</b> Capital").
        return space > 0 ? `<b>${text.slice(0, space)}</b>${text.slice(space)}` : `<b>${text}</b>`;
      case "nested":
        return `<span class="ref"><a href="/topic/${this.int(999)}"><em>${text}</em></a></span>`;
      default:
        return text;
    }
  }

  /**
   * A sentence of `length` words with `mentions` names planted at distinct, non-adjacent
   * places, and now and then a few words of inline markup (nested when `nested`).
   */
  sentence(length: number, mentions: number, options: { nested?: boolean } = {}): string {
    const pieces: string[] = [];
    const slots = new Set<number>();
    const room = Math.max(length, mentions * 2 + 1);
    while (slots.size < mentions) {
      const slot = 1 + 2 * this.int(Math.floor(room / 2));
      if (slot < room) slots.add(slot);
    }
    for (let at = 0; at < room; at += 1) {
      if (slots.has(at)) {
        const style = options.nested && this.random() < 0.3 ? "nested" : undefined;
        pieces.push(this.mention(this.random() < 0.08 ? "split" : style));
        continue;
      }
      let word = this.word();
      if (at === 0) word = `${word[0]?.toUpperCase()}${word.slice(1)}`;
      const roll = this.random();
      if (roll < 0.04) {
        pieces.push(`<em>${this.text(word)}</em>`);
      } else if (roll < 0.07) {
        pieces.push(`<a href="/story/${this.int(9999)}">${this.text(word)}</a>`);
      } else if (options.nested && roll < 0.1) {
        pieces.push(`<span class="note"><a href="#n${at}"><i>${this.text(word)}</i></a></span>`);
      } else {
        pieces.push(this.text(word));
      }
    }
    this.textChars += pieces.length; // the spaces and the full stop
    return `${pieces.join(" ")}.`;
  }

  /** A paragraph of sentences holding `mentions` names between them. */
  paragraph(words: number, mentions: number, options: { nested?: boolean } = {}): string {
    const sentences: number[] = [];
    for (let left = words; left > 0; ) {
      const length = Math.min(left, 8 + this.int(14));
      sentences.push(length);
      left -= length;
    }
    const perSentence = sentences.map(() => 0);
    for (let i = 0; i < mentions; i += 1) {
      const index = this.int(perSentence.length);
      perSentence[index] = (perSentence[index] ?? 0) + 1;
    }
    return sentences
      .map((length, index) => this.sentence(length, perSentence[index] ?? 0, options))
      .join(" ");
  }

  /** Spreads `total` mentions over `slots` places as evenly as chance allows. */
  spread(total: number, slots: number): number[] {
    const counts = new Array<number>(slots).fill(0);
    for (let i = 0; i < total; i += 1) {
      const index = this.int(slots);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    return counts;
  }
}
