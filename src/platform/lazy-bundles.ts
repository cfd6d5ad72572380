// Builds the content script's lazy bundles (bundle-files.ts: the reader, the card UI) as
// self-contained IIFEs beside the content script. @crxjs builds the content script itself; a
// script it builds from a `?script` import would be listed in web_accessible_resources, which
// would let any page probe for the extension at a fixed address. These are listed with a
// per-session address (use_dynamic_url, manifest.json) and imported by the content script on
// first need (import-bundle.ts).
import preact from "@preact/preset-vite";
import { build, type Plugin, type Rolldown } from "vite";
import { LAZY_BUNDLES } from "./bundle-files";

export function lazyBundles(mode: string): Plugin {
  return {
    name: "backstory:lazy-bundles",
    apply: "build",
    async generateBundle() {
      for (const [name, { entry, file }] of Object.entries(LAZY_BUNDLES)) {
        const result = await build({
          configFile: false,
          mode,
          logLevel: "warn",
          plugins: [preact()],
          build: {
            write: false,
            target: "es2022",
            minify: true,
            sourcemap: false,
            lib: { entry, formats: ["iife"], name: `backstory_${name}` },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
        const chunk = outputs
          .flatMap((output) => output.output)
          .find((item) => item.type === "chunk" && item.isEntry);
        if (chunk?.type !== "chunk") throw new Error(`the ${name} bundle was not built`);
        this.emitFile({ type: "asset", fileName: file, source: chunk.code });
      }
    },
  };
}
