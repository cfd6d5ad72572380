// Least privilege, checked: the built manifests ask for exactly what the README's Permissions
// section documents (with a reason for each), the built scripts hold no eval, remote code or
// network call, what Backstory writes into pages is text, and its links are https only.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cardLocator,
  hoverMention,
  launch,
  openOptions,
  openPage,
  openPopupFor,
  SEED_URL,
  type Session,
} from "./harness";

const BROWSERS = ["chrome", "firefox"] as const;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: Array<{ matches: string[]; all_frames?: boolean; match_about_blank?: boolean }>;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
  [key: string]: unknown;
}

function builtManifest(browser: (typeof BROWSERS)[number]): Manifest {
  return JSON.parse(readFileSync(resolve(`dist/${browser}/manifest.json`), "utf8")) as Manifest;
}

/** Manifest keys whose meaning this test checks; a new one fails until the test (and README) cover it. */
const REVIEWED_KEYS = [
  "manifest_version",
  "name",
  "short_name",
  "version",
  "description",
  "default_locale",
  "icons",
  "action",
  "background",
  "content_scripts",
  "permissions",
  "optional_host_permissions",
  "content_security_policy",
  "web_accessible_resources",
  "options_ui",
  "commands",
  "browser_specific_settings",
  // Chromium 148: the `browser` namespace the scripts in pages use (extension-api.ts).
  "minimum_chrome_version",
];

/** What the README's Permissions section documents, read from its table and its text. */
interface DocumentedAccess {
  permissions: string[];
  hostPermissions: string[];
  optionalHostPermissions: string[];
  extensionPagesCsp: string | null;
  contentScriptSites: number | null;
  dataCollection: string | null;
}

function readmePermissions(): DocumentedAccess {
  const readme = readFileSync(resolve("README.md"), "utf8");
  const section = /\n## Permissions\n([\s\S]*?)\n## /.exec(readme)?.[1];
  if (!section) throw new Error("README.md has no '## Permissions' section");
  const documented: DocumentedAccess = {
    permissions: [],
    hostPermissions: [],
    optionalHostPermissions: [],
    extensionPagesCsp: null,
    contentScriptSites: null,
    dataCollection: /`data_collection_permissions: ([^`]+)`/.exec(section)?.[1] ?? null,
  };
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*(Permission|---)/.test(line));
  for (const row of rows) {
    const [what = "", why = ""] = row.split(/(?<!\\)\|/).slice(1, -1);
    // A row without a reason documents nothing.
    if (why.trim().length < 20) throw new Error(`README permission row without a reason: ${row}`);
    const tokens = [...what.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);
    for (const token of tokens) {
      const [key, value] = token.split(/:\s(.*)/s) as [string, string | undefined];
      if (key === "content_scripts.matches") {
        documented.contentScriptSites = Number(/(\d+)/.exec(what)?.[1] ?? Number.NaN);
      } else if (key === "host_permissions" && value) documented.hostPermissions.push(value);
      else if (key === "optional_host_permissions" && value) {
        documented.optionalHostPermissions.push(value);
      } else if (key === "content_security_policy.extension_pages" && value) {
        documented.extensionPagesCsp = value;
      } else if (/^[a-zA-Z]+$/.test(token)) documented.permissions.push(token);
    }
  }
  return documented;
}

describe.each(BROWSERS)("the %s build's manifest asks for what the README documents", (browser) => {
  const manifest = builtManifest(browser);
  const documented = readmePermissions();

  it("API permissions: exactly the README's list, each with its reason", () => {
    const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
    expect([...asked].sort()).toEqual([...documented.permissions].sort());
  });

  it("host permissions: none at install, and only the documented optional ones", () => {
    expect(manifest.host_permissions ?? []).toEqual(documented.hostPermissions);
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(
      [...documented.optionalHostPermissions].sort(),
    );
  });

  // Frames: the script is injected into frames of the listed sites (and their srcdoc and
  // about:blank frames) but stays idle in any frame whose origin differs from the top page's.
  it("content scripts: the documented number of news sites, https only, frames of the same sites", () => {
    const scripts = manifest.content_scripts ?? [];
    const matches = scripts.flatMap((script) => script.matches);
    expect(matches).toHaveLength(documented.contentScriptSites ?? -1);
    for (const match of matches)
      expect(match).toMatch(/^https:\/\/\*\.[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    for (const script of scripts) {
      expect(script.all_frames ?? false).toBe(true);
      expect(script.match_about_blank ?? false).toBe(true);
    }
  });

  it("extension pages: the documented strict CSP", () => {
    const csp = manifest.content_security_policy?.extension_pages ?? "";
    expect(csp).toBe(documented.extensionPagesCsp);
    const directives = new Map(
      csp.split(";").map((part) => {
        const [name = "", ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });

  it("nothing else: only the lazy bundles are web-accessible, at a per-session address; no external messaging, no unreviewed key", () => {
    // The card UI, loaded by the content script on the first card, the change tools, on a
    // page's first change or a large page's first read, and in Firefox the highlight rules for
    // shadow roots: a page cannot probe a fixed address for them, and they hold no data, only
    // code and style. Chromium's extension address is the same everywhere, so the file gets a
    // per-session one (use_dynamic_url); Firefox's is already a random one per installation,
    // and the build leaves the key out there.
    const shadowRules = browser === "firefox" ? ["src/content/shadow-rules.js"] : [];
    expect(manifest.web_accessible_resources).toEqual([
      {
        matches: ["<all_urls>"],
        resources: ["src/content/card-ui.js", "src/content/change-tools.js", ...shadowRules],
        ...(browser === "chrome" ? { use_dynamic_url: true } : {}),
      },
    ]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(Object.keys(manifest).filter((key) => !REVIEWED_KEYS.includes(key))).toEqual([]);
  });

  if (browser === "firefox") {
    it("declares the data it collects: none", () => {
      const required = manifest.browser_specific_settings?.gecko?.data_collection_permissions;
      expect(required?.required?.join(", ")).toBe(documented.dataCollection);
    });
  }
});

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** `pattern`'s matches in every file, as "file: …context…" lines (empty is the goal). */
function occurrences(
  files: string[],
  pattern: RegExp,
  allow?: (before: string, after: string) => boolean,
): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const before = text.slice(Math.max(0, match.index - 1000), match.index);
      const after = text.slice(match.index, match.index + 80);
      if (allow?.(before, after)) continue;
      found.push(`${relative(resolve("."), file)}: …${before.slice(-40)}${after}…`);
    }
  }
  return found;
}

describe("the built scripts run only their own code and never reach the network", () => {
  const scripts = BROWSERS.flatMap((browser) => filesUnder(resolve(`dist/${browser}`), [".js"]));
  const pages = BROWSERS.flatMap((browser) => filesUnder(resolve(`dist/${browser}`), [".html"]));

  it("were built (npm test builds before the end-to-end tests)", () => {
    expect(scripts.length).toBeGreaterThan(4);
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it("no eval, new Function or string timers", () => {
    expect(occurrences(scripts, /(?<![\w$.])eval\s*\(/)).toEqual([]);
    expect(occurrences(scripts, /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(/)).toEqual([]);
    expect(occurrences(scripts, /\bset(?:Timeout|Interval)\s*\(\s*["'`]/)).toEqual([]);
  });

  it("no remote code: no import() or importScripts, no script or style from a host", () => {
    // One exception: the content script imports the card UI, its own file, by its runtime address.
    const ownFile = (_before: string, after: string) =>
      /^import\s*\([\w$]+(?:\.default)?\.runtime\.getURL\(/.test(after);
    expect(occurrences(scripts, /\bimport\s*\(|\bimportScripts\s*\(/, ownFile)).toEqual([]);
    expect(occurrences(pages, /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i)).toEqual([]);
    expect(occurrences(pages, /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i)).toEqual([]);
    expect(occurrences(pages, /<script(?![^>]*\bsrc=)[^>]*>/i)).toEqual([]);
  });

  it("no network API, except Vite's preload of the extension's own modules", () => {
    // Vite's modulepreload polyfill fetches `<link rel=modulepreload>` hrefs: extension files.
    const vitePreload = (before: string, after: string) =>
      before.includes("modulepreload") && /^fetch\([\w$]+\.href,/.test(after);
    expect(occurrences(scripts, /(?<![\w$.])fetch\s*\(/, vitePreload)).toEqual([]);
    const network = /\b(?:XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection)\b/;
    expect(occurrences(scripts, network)).toEqual([]);
  });
});

describe("Backstory writes text into pages, never markup", () => {
  const sources = ["src/content", "src/ui", "src/pages", "src/platform", "src/background"]
    .flatMap((dir) => filesUnder(resolve(dir), [".ts", ".tsx"]))
    .filter((file) => !/\.test\.tsx?$/.test(file));

  it("no innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML", () => {
    const markupSinks =
      /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|srcdoc)\b|document\.write/;
    expect(sources.length).toBeGreaterThan(10);
    expect(occurrences(sources, markupSinks)).toEqual([]);
  });
});

describe("in Chromium: links, pages and requests", () => {
  let session: Session;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    session = await launch();
    session.context.on("request", (request: Request) => requests.push(request.url()));
    await session.serve(SEED_URL, "seed-xai-fr.html");
    page = await openPage(session, SEED_URL);
  });
  afterAll(() => session?.close());

  it("the card's links are https sources that open in a new tab with noopener", async () => {
    await hoverMention(page, "Sequoia Capital");
    const card = cardLocator(page);
    await expect.poll(() => card.locator(".name").textContent()).toBe("Sequoia Capital");
    await card.locator(".summary:not(.loading)").waitFor();
    const links = await card.locator("a").evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute("href") ?? "",
        protocol: (anchor as HTMLAnchorElement).protocol,
        target: anchor.getAttribute("target"),
        rel: (anchor.getAttribute("rel") ?? "").split(/\s+/),
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.protocol, link.href).toBe("https:");
      expect(link.target).toBe("_blank");
      expect(link.rel).toContain("noopener");
    }
    await page.keyboard.press("Escape");
  });

  it("the popup and the options page refuse inline and injected scripts (their CSP)", async () => {
    const popup = await openPopupFor(session, page);
    const options = await openOptions(session);
    for (const extensionPage of [popup, options]) {
      await extensionPage.locator("main *").first().waitFor();
      const outcome = await extensionPage.evaluate(async () => {
        const blocked = new Promise<string>((resolve) =>
          document.addEventListener("securitypolicyviolation", (event) =>
            resolve(event.effectiveDirective),
          ),
        );
        const script = document.createElement("script");
        script.textContent = "window.inlineScriptRan = true";
        document.head.append(script);
        const directive = await Promise.race([
          blocked,
          new Promise<string>((resolve) => setTimeout(() => resolve("none"), 2000)),
        ]);
        return {
          directive,
          ran: (window as { inlineScriptRan?: boolean }).inlineScriptRan === true,
        };
      });
      expect(outcome).toEqual({ directive: "script-src-elem", ran: false });
    }
    await popup.close();
    await options.close();
  });

  it("nothing it did reached for the network: the only web request is the article itself", () => {
    const web = requests.filter((url) => /^https?:/.test(url));
    expect(new Set(web)).toEqual(new Set([SEED_URL]));
  });
});
