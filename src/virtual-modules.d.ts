// Modules the build generates from the dataset (src/data/vite-plugin.ts).

declare module "virtual:backstory/matcher-tables" {
  const tables: import("./core/matcher-tables").MatcherTables;
  export default tables;
}

declare module "virtual:backstory/facts-index" {
  const index: import("./data/facts-index").FactsIndex;
  export default index;
}

declare module "virtual:backstory/dataset-summary" {
  const summary: import("./data/dataset-summary").DatasetSummary;
  export default summary;
}

declare module "virtual:backstory/facts-index-text" {
  /** facts-index as JSON text: parsed on first use (see background/facts.ts). */
  const text: string;
  export default text;
}
