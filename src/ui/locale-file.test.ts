import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGS } from "../core/dataset";
import { PROBLEM_TEXT } from "../core/problems";
import { localeFile } from "./locale-file";
import { MESSAGES } from "./messages";

describe("_locales", () => {
  it.each(LANGS)("%s/messages.json is up to date with src/ui/messages.ts", (lang) => {
    const committed = readFileSync(`assets/public/_locales/${lang}/messages.json`, "utf8");
    // Regenerate with: npx tsx src/cli/write-locales.ts
    expect(committed).toBe(localeFile(lang));
  });
});

describe("UI messages", () => {
  const entries = Object.entries(MESSAGES);

  it.each(entries)("%s is written in English and in French", (_key, texts) => {
    expect(texts.en.trim()).not.toBe("");
    expect(texts.fr.trim()).not.toBe("");
  });

  it.each(entries)("%s has the same placeholders in both languages", (_key, texts) => {
    const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
    expect(placeholders(texts.fr)).toEqual(placeholders(texts.en));
  });

  it("every refusal the core can report has a message (an import's errors are translated)", () => {
    for (const key of Object.keys(PROBLEM_TEXT)) expect(MESSAGES).toHaveProperty(key);
  });
});
