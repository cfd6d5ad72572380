// The baselines Backstory is measured against, run in the page's main world on a page the
// content script does not match. Each one does the whole job it stands for and keeps what it
// made alive (highlights, <mark> elements) until the heap is read.
//
//   floor  — a TreeWalker reading every text node: the least any in-page scanner must do.
//   markjs — mark.js 8.11.1 `markRegExp` with one RegExp of every alias (what sites use today);
//            default options, so it does not match across inline elements.
//   regex  — the naive approach: the same alternation RegExp run on each text node, every match
//            made a Range in a CSS Custom Highlight, as Backstory paints.
//
// `installBaselines` is serialised by Playwright: it must not reference anything outside itself.

export const BASELINES = ["floor", "markjs", "regex"] as const;
export type Baseline = (typeof BASELINES)[number];

export interface AliasPattern {
  text: string;
  caseSensitive: boolean;
}

export interface BaselineRun {
  ms: number;
  /** Matches found (null for the floor, which finds nothing). */
  mentions: number | null;
  /** Text nodes and characters the floor read. */
  textNodes: number;
  textChars: number;
}

export interface BaselineApi {
  /** Scans the whole page once, marking `bench:start` and `bench:highlighted` around it. */
  run(method: Baseline): Promise<BaselineRun>;
  /** Scans the page, then every subtree the page adds, as a MutationObserver would. */
  follow(method: Baseline): Promise<BaselineRun>;
  /** Matches found so far and main-thread milliseconds spent following insertions. */
  followed(): { mentions: number; busyMs: number; batches: number };
}

/**
 * esbuild (through tsx) wraps functions in `__name(fn, "name")`; a page or content script running
 * a function serialised from here has no such helper: this line, before it, gives one.
 */
export const NAME_SHIM = "globalThis.__name ??= (target) => target;";

/**
 * The floor: a TreeWalker reading every text node. Serialised into the page with
 * `installBaselines`, and on its own into an isolated world (measure.ts): one walk for both.
 */
export function floorWalk(root: Node): { nodes: number; chars: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes += 1;
    chars += (node as Text).data.length;
  }
  return { nodes, chars };
}

export function installBaselines(
  aliases: AliasPattern[],
  floor: (root: Node) => { nodes: number; chars: number },
): void {
  interface MarkInstance {
    markRegExp(regexp: RegExp, options: { done(total: number): void }): void;
  }
  const scope = globalThis as unknown as {
    Mark?: new (context: Element) => MarkInstance;
    __benchBaselines: BaselineApi;
    __benchKeep: unknown[];
  };
  const keep: unknown[] = [];
  scope.__benchKeep = keep;

  // Longest alias first: JS alternation is leftmost-first, this makes it leftmost-longest.
  const sorted = [...aliases].sort((a, b) => b.text.length - a.text.length);
  // Only syntax characters may be escaped under the `u` flag.
  const escapeSyntax = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
  const WORD = "[\\p{L}\\p{N}\\p{M}_]";
  const pattern = (body: string) => `(?<!${WORD})(?:${body})(?!${WORD})`;
  const aliasRegExp = (): RegExp => {
    try {
      // Case rules per alias need inline modifiers (Chromium 125+).
      const body = sorted
        .map((alias) =>
          alias.caseSensitive ? escapeSyntax(alias.text) : `(?i:${escapeSyntax(alias.text)})`,
        )
        .join("|");
      return new RegExp(pattern(body), "gu");
    } catch {
      return new RegExp(pattern(sorted.map((alias) => escapeSyntax(alias.text)).join("|")), "giu");
    }
  };
  const regExp = aliasRegExp();

  const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE"]);
  const highlight = new Highlight();

  const naive = (root: Node): number => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let found = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (SKIPPED.has(node.parentNode?.nodeName ?? "")) continue;
      const text = node as Text;
      regExp.lastIndex = 0;
      for (let match = regExp.exec(text.data); match; match = regExp.exec(text.data)) {
        const range = new Range();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        highlight.add(range);
        found += 1;
      }
    }
    return found;
  };

  let highlightRegistered = false;
  const registerHighlight = () => {
    if (highlightRegistered) return;
    highlightRegistered = true;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync("::highlight(bench-regex) { text-decoration: underline 2px #2563eb; }");
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    CSS.highlights.set("bench-regex", highlight);
  };

  const markjs = (root: Element): Promise<number> =>
    new Promise((resolve) => {
      const Mark = scope.Mark;
      if (!Mark) throw new Error("mark.js is not loaded in the page");
      new Mark(root).markRegExp(regExp, { done: resolve });
    });

  const scan = async (method: Baseline, root: Element): Promise<BaselineRun> => {
    const start = performance.now();
    let mentions: number | null = null;
    let read = { nodes: 0, chars: 0 };
    if (method === "floor") {
      read = floor(root);
    } else if (method === "regex") {
      registerHighlight();
      mentions = naive(root);
    } else {
      mentions = await markjs(root);
    }
    return {
      ms: performance.now() - start,
      mentions,
      textNodes: read.nodes,
      textChars: read.chars,
    };
  };

  let followedMentions = 0;
  let busyMs = 0;
  let batches = 0;

  scope.__benchBaselines = {
    async run(method) {
      performance.mark("bench:start");
      const result = await scan(method, document.body);
      performance.mark("bench:highlighted", { detail: { mentions: result.mentions ?? 0 } });
      keep.push(result);
      return result;
    },
    async follow(method) {
      const initial = await scope.__benchBaselines.run(method);
      followedMentions = initial.mentions ?? 0;
      const observer = new MutationObserver((records) => {
        const start = performance.now();
        performance.mark("bench:start");
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!(node instanceof Element) || node.localName === "mark") continue;
            // mark.js resolves synchronously without iframes: the promise only reports the count.
            if (method === "markjs") void markjs(node).then((n) => (followedMentions += n));
            else if (method === "regex") followedMentions += naive(node);
            else floor(node);
          }
        }
        // Our own changes (mark.js wrapping text) are not the page's: drop their records.
        observer.takeRecords();
        busyMs += performance.now() - start;
        batches += 1;
        queueMicrotask(() =>
          performance.mark("bench:highlighted", { detail: { mentions: followedMentions } }),
        );
      });
      observer.observe(document.body, { childList: true, subtree: true });
      keep.push(observer);
      return initial;
    },
    followed: () => ({ mentions: followedMentions, busyMs, batches }),
  };
}
