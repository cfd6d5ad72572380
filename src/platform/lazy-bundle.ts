// Builds a lazy bundle (bundle-files.ts: the card UI, the change tools) as a self-contained IIFE
// beside the content script. @crxjs builds the content script itself; a script it builds from a
// `?script` import would be listed in web_accessible_resources, which would let any page probe
// for the extension at a fixed address. These are listed with a per-session address
// (use_dynamic_url, manifest.json) and imported by the content script on first need
// (import-bundle.ts).
import preact from "@preact/preset-vite";
import { build, type Plugin, type Rolldown } from "vite";
import type { BundleFile } from "./bundle-files";

export function lazyBundle(mode: string, bundle: BundleFile): Plugin {
  return {
    name: `backstory:lazy-bundle:${bundle.file}`,
    apply: "build",
    async generateBundle() {
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
          lib: { entry: bundle.entry, formats: ["iife"], name: "backstoryBundle" },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunk = outputs
        .flatMap((output) => output.output)
        .find((item) => item.type === "chunk" && item.isEntry);
      if (chunk?.type !== "chunk") throw new Error(`${bundle.entry} was not built`);
      this.emitFile({ type: "asset", fileName: bundle.file, source: chunk.code });
    },
  };
}
