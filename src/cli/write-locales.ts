// Writes assets/public/_locales/{en,fr}/messages.json from src/ui/messages.ts, the one source
// of the UI's strings. `npm run build` runs it; the result is committed so it can be reviewed.
import { mkdirSync, writeFileSync } from "node:fs";
import { LANGS } from "../core/dataset";
import { localeFile } from "../ui/locale-file";

for (const lang of LANGS) {
  const dir = `assets/public/_locales/${lang}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/messages.json`, localeFile(lang));
}
