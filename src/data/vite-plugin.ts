import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { compileMatcherTables } from "../core/matcher-tables";
import { summariseDataset } from "./dataset-summary";
import { buildFactsIndex } from "./facts-index";
import { loadDatasetOrThrow } from "./load";

// BACKSTORY_ENTITIES_DIR lets tests build against a small dataset of their own.
const ENTITIES_DIR =
  process.env.BACKSTORY_ENTITIES_DIR || fileURLToPath(new URL("./entities", import.meta.url));
const GENERATED_DIR = fileURLToPath(new URL("../generated", import.meta.url));

/**
 * Validates the dataset and compiles it into the modules the extension imports as
 * `virtual:backstory/*`. An invalid dataset fails the build with every problem named by file,
 * entity and field.
 *
 * The modules are written as files and reached through `resolve.alias` rather than served by
 * this plugin: @crxjs builds the standalone content script in a nested build that runs no
 * plugin of ours but inherits the aliases.
 */
export function datasetPlugin(): Plugin {
  return {
    name: "backstory-dataset",
    apply: "build",
    config() {
      const { entities, registry } = loadDatasetOrThrow(ENTITIES_DIR);
      const modules = {
        "matcher-tables": compileMatcherTables(entities),
        "facts-index": buildFactsIndex(entities, registry),
        "dataset-summary": summariseDataset(entities),
      };
      mkdirSync(GENERATED_DIR, { recursive: true });
      const alias: Record<string, string> = {};
      for (const [name, value] of Object.entries(modules)) {
        const file = `${GENERATED_DIR}/${name}.json`;
        writeFileSync(file, JSON.stringify(value));
        alias[`virtual:backstory/${name}`] = file;
        // The same JSON as text, for a module that parses it when first needed.
        alias[`virtual:backstory/${name}-text`] = `${file}?raw`;
      }
      return { resolve: { alias } };
    },
  };
}
