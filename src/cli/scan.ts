// Scans HTML files for mentions with the content script's own walking and matching code, on a
// DOM built in Node by happy-dom.
//
//   npm run -s scan -- [--json] FILE...
//
// Offsets are into the page's visible text: the text of each block that collectTextBlocks
// finds (its text nodes' data concatenated as they are, whitespace included), in document order,
// joined with "\n". `text` is that text's slice [start, end).
//
// With --json, prints one JSON document:
//   {"files":[{"file","mentions":[{"id","name","type","wikipedia","text","start","end"}]}]}
// (`wikipedia`: the English Wikipedia title or null). A file that cannot be read is reported on
// stderr with its name and left out; the others are still scanned, and the exit code is 1.

import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Window } from "happy-dom";
import { collectTextBlocks } from "../content/text-blocks";
import type { Entity } from "../core/dataset";
import { detectMentions } from "../core/detect-mentions";
import { compileMatcherTables, type MatcherTables } from "../core/matcher-tables";
import { declaredLanguage } from "../core/page-language";
import { loadDatasetFromDir } from "../data/load";

const ENTITIES_DIR =
  process.env.BACKSTORY_ENTITIES_DIR ?? fileURLToPath(new URL("../data/entities", import.meta.url));

/** A mention as offsets into the page's visible text. */
export interface TextMention {
  entityId: string;
  start: number;
  end: number;
  text: string;
}

/** A DOM parser for HTML text that runs no script and loads nothing. */
export function createHtmlParser(): { parse(html: string): Document; close(): Promise<void> } {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const parser = new window.DOMParser();
  return {
    parse: (html) => parser.parseFromString(html, "text/html") as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

/** The visible text of a parsed page and the mentions in it, in document order. */
export function scanDocument(
  doc: Document,
  tables: MatcherTables,
): { text: string; mentions: TextMention[] } {
  const blocks = collectTextBlocks(doc.body ?? doc.documentElement);
  const offsets: number[] = [];
  let length = 0;
  for (const block of blocks) {
    offsets.push(length);
    length += block.text.length + 1;
  }
  const text = blocks.map((block) => block.text).join("\n");
  const found = detectMentions(blocks, tables, {
    declaredLang: declaredLanguage(doc.documentElement?.getAttribute("lang")),
  });
  const mentions = found.map((mention) => {
    const start = (offsets[mention.block] ?? 0) + mention.start;
    const end = (offsets[mention.block] ?? 0) + mention.end;
    return { entityId: mention.entityId, start, end, text: text.slice(start, end) };
  });
  return { text, mentions };
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not an HTML file",
  EACCES: "permission denied",
};

/** The file's text, or an error saying why it is not an HTML page we can read. */
export function readHtmlFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(READ_ERRORS[code ?? ""] ?? `cannot be read (${code ?? String(error)})`);
  }
  if (bytes.includes(0)) throw new Error("not a text file (it contains NUL bytes)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("not UTF-8 text");
  }
}

interface FileResult {
  file: string;
  mentions: Array<{
    id: string;
    name: string;
    type: string;
    wikipedia: string | null;
    text: string;
    start: number;
    end: number;
  }>;
}

async function main(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const files = args.filter((arg) => arg !== "--json");
  if (files.length === 0 || args.includes("--help")) {
    process.stderr.write("usage: npm run -s scan -- [--json] FILE...\n");
    return files.length === 0 ? 2 : 0;
  }
  const { entities, problems } = loadDatasetFromDir(ENTITIES_DIR);
  if (problems.length > 0) {
    process.stderr.write(
      `scan: the dataset has ${problems.length} problem(s); scanning with its ${entities.length} valid entities\n`,
    );
  }
  const tables = compileMatcherTables(entities);
  const byId = new Map<string, Entity>(entities.map((entity) => [entity.id, entity]));
  const parser = createHtmlParser();
  const results: FileResult[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const { mentions } = scanDocument(parser.parse(readHtmlFile(file)), tables);
      results.push({
        file,
        mentions: mentions.map(({ entityId, start, end, text }) => {
          const entity = byId.get(entityId);
          return {
            id: entityId,
            name: entity?.name ?? entityId,
            type: entity?.type ?? "company",
            wikipedia: entity?.wikipedia.en ?? null,
            text,
            start,
            end,
          };
        }),
      });
    } catch (error) {
      failed += 1;
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`scan: ${file}: ${reason}\n`);
    }
  }
  await parser.close();
  process.stdout.write(json ? `${JSON.stringify({ files: results })}\n` : formatResults(results));
  return failed > 0 ? 1 : 0;
}

function formatResults(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const { file, mentions } of results) {
    lines.push(`${file}: ${mentions.length === 1 ? "1 mention" : `${mentions.length} mentions`}`);
    for (const mention of mentions) {
      const text = JSON.stringify(mention.text);
      lines.push(`  ${mention.start}-${mention.end}  ${text} → ${mention.name} (${mention.type})`);
    }
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`scan: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
