import type { ManifestV3Export } from "@crxjs/vite-plugin";
import baseManifest from "../../manifest.json" with { type: "json" };
import { lazyBundlesFor } from "./bundle-files";

export type Browser = "chrome" | "firefox";

/** Stable add-on id: Firefox keys storage and permissions on it, so it must never change. */
export const GECKO_ID = "backstory@backstory-extension.org";

/**
 * The manifest for one browser, from the shared `manifest.json`.
 * Chromium runs the background as an MV3 service worker, from version 148; Firefox as event-page
 * scripts, and wants its add-on id and the data-collection declaration.
 */
export function manifestFor(browser: Browser): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  // manifest.json says where the lazy bundles may load; which files they are is the build's.
  const [lazyBundles] = manifest.web_accessible_resources as [{ resources: string[] }];
  lazyBundles.resources = lazyBundlesFor(browser).map((bundle) => bundle.file);
  if (browser === "chrome") {
    // 148: the `browser` namespace, whose runtime.onMessage listeners may answer with a promise
    // (extension-api.ts).
    manifest.minimum_chrome_version = "148";
    return manifest as unknown as ManifestV3Export;
  }

  const { service_worker: worker } = baseManifest.background;
  manifest.background = { scripts: [worker], type: "module" };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      // 140: first release with the CSS Custom Highlight API that highlights depend on.
      strict_min_version: "140.0",
      // Backstory collects nothing: no page text, no usage data ever leaves the browser.
      data_collection_permissions: { required: ["none"] },
    },
    // web-ext lint asks for ≥ 142 on Android once data_collection_permissions is declared.
    gecko_android: { strict_min_version: "142.0" },
  };
  return manifest as unknown as ManifestV3Export;
}
