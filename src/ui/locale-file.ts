import type { Lang } from "../core/dataset";
import { MESSAGES } from "./messages";

/**
 * A browser `messages.json` for one language. The browser's syntax for placeholders is
 * `$NAME$` with a table; $1-style text is mapped to placeholders named p1, p2...
 */
export function localeFile(lang: Lang): string {
  const file: Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  > = {};
  for (const [key, texts] of Object.entries(MESSAGES)) {
    const numbers = [...new Set([...texts[lang].matchAll(/\$(\d)/g)].map((match) => match[1]))];
    const message = texts[lang].replace(/\$(\d)/g, "$$p$1$$");
    file[key] = numbers.length
      ? {
          message,
          placeholders: Object.fromEntries(numbers.map((n) => [`p${n}`, { content: `$${n}` }])),
        }
      : { message };
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}
