// What `check-links` prints: every source URL grouped by publisher, so a maintainer can re-check
// them by hand or spot a source that should not be there. Offline by design: no URL is fetched.

import type { Entity } from "../core/dataset";
import { compareText } from "./compare-text";
import { listSourcedValues, type SourcedValue } from "./sourced-values";
import { sourceDomain } from "./stats";
import { parseHttpsUrl } from "./value-rules";

export interface SourceUrl {
  url: string;
  /** How many sourced values cite it. */
  uses: number;
  /** Why the URL is suspect, when it is. */
  flag?: string;
}

export interface DomainGroup {
  domain: string;
  urls: SourceUrl[];
}

export function flagSourceUrl(url: string): string | undefined {
  if (parseHttpsUrl(url) !== undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "malformed URL";
  }
  return parsed.protocol === "https:"
    ? "malformed URL"
    : `not https (${parsed.protocol.replace(/:$/, "")})`;
}

/** Groups URLs by domain, most cited domains first. */
export function groupSourcesByDomain(values: readonly SourcedValue[]): DomainGroup[] {
  const usesByUrl = new Map<string, number>();
  for (const { source } of values) usesByUrl.set(source, (usesByUrl.get(source) ?? 0) + 1);
  const groups = new Map<string, SourceUrl[]>();
  for (const [url, uses] of usesByUrl) {
    const flag = flagSourceUrl(url);
    const entry: SourceUrl = flag === undefined ? { url, uses } : { url, uses, flag };
    const domain = sourceDomain(url);
    groups.set(domain, [...(groups.get(domain) ?? []), entry]);
  }
  return [...groups]
    .map(([domain, urls]) => ({ domain, urls: urls.sort((a, b) => compareText(a.url, b.url)) }))
    .sort((a, b) => b.urls.length - a.urls.length || compareText(a.domain, b.domain));
}

export function buildLinkReport(entities: readonly Entity[]): DomainGroup[] {
  return groupSourcesByDomain(entities.flatMap(listSourcedValues));
}

export function formatLinkReport(groups: readonly DomainGroup[]): string {
  const lines = groups.flatMap((group) => [
    `${group.domain} (${group.urls.length})`,
    ...group.urls.map(
      (source) =>
        `    ${source.url}${source.uses > 1 ? `  ×${source.uses}` : ""}${source.flag ? `  !! ${source.flag}` : ""}`,
    ),
  ]);
  const flagged = groups
    .flatMap((group) => group.urls)
    .filter((source) => source.flag !== undefined);
  const urlCount = groups.reduce((total, group) => total + group.urls.length, 0);
  lines.push(
    "",
    `${urlCount} URLs on ${groups.length} domains; ${flagged.length === 0 ? "none flagged" : `${flagged.length} flagged`}`,
  );
  return `${lines.join("\n")}\n`;
}
