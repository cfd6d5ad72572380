// Builds the card UI (src/content/card-ui.ts: Preact, the card, its styles) as a second
// self-contained IIFE beside the content script. @crxjs builds the content script itself; a
// script it builds from a `?script` import would be listed in web_accessible_resources, which
// would let any page probe for the extension at a fixed address. This one is listed with a
// per-session address (use_dynamic_url, manifest.json) and imported by the content script on
// first need (import-card-ui.ts).
import preact from "@preact/preset-vite";
import { build, type Plugin, type Rolldown } from "vite";
import { CARD_UI_ENTRY, CARD_UI_FILE } from "./card-ui-file";

export function cardUiBundle(mode: string): Plugin {
  return {
    name: "backstory:card-ui-bundle",
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
          lib: { entry: CARD_UI_ENTRY, formats: ["iife"], name: "backstoryCardUi" },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunk = outputs
        .flatMap((output) => output.output)
        .find((item) => item.type === "chunk" && item.isEntry);
      if (chunk?.type !== "chunk") throw new Error("the card UI bundle was not built");
      this.emitFile({ type: "asset", fileName: CARD_UI_FILE, source: chunk.code });
    },
  };
}
