import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGS } from "../core/dataset";
import { localeFile } from "./locale-file";

describe("_locales", () => {
  it.each(LANGS)("%s/messages.json is up to date with src/ui/messages.ts", (lang) => {
    const committed = readFileSync(`assets/public/_locales/${lang}/messages.json`, "utf8");
    // Regenerate with: npx tsx src/cli/write-locales.ts
    expect(committed).toBe(localeFile(lang));
  });
});
