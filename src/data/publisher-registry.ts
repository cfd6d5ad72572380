// The reviewed list of publishers the dataset may cite (src/data/publishers.json): each domain a
// reader recognises, with its display name and kind, and the domains refused with the reason.
// A source on a domain in neither list fails the build, so no new site slips in unreviewed.

import { FieldChecker, isRecord } from "./field-checker";
import type { DatasetProblem } from "./problem";

export const PUBLISHER_KINDS = [
  "own",
  "official",
  "paper",
  "reference",
  "news",
  "trade",
  "data",
] as const;
/**
 * - own: the entity or organisation speaking for itself (newsroom, blog, model card, report)
 * - official: a government body, regulator, court, parliament or official journal; filings
 * - paper: a paper or technical report (arXiv, proceedings, journals)
 * - reference: a curated reference work (Wikipedia)
 * - news / trade: established general and business press / technology and trade press
 * - data: a data provider with documented methods (Epoch AI)
 */
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

export const REFUSAL_REASONS = [
  "wikipedia-copy",
  "wrapped",
  "copy-host",
  "republisher",
  "ai-wiki",
  "blog",
  "content-farm",
  "aggregator",
  "other",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface Publisher {
  key: string;
  name: string;
  kind: PublisherKind;
}

export interface Refusal {
  key: string;
  reason: RefusalReason;
  /** For a copy host: the real outlet it copies. */
  original?: string;
}

export interface PublisherRegistry {
  publishers: Record<string, { name: string; kind: PublisherKind }>;
  refused: Record<string, { reason: RefusalReason; original?: string }>;
}

export type HostVerdict =
  | { status: "admitted"; publisher: Publisher }
  | { status: "refused"; refusal: Refusal }
  | { status: "unknown" };

// Hosts that are never an original publication whoever owns the domain: staging and test
// deployments, CDN and image hosts, raw addresses and cloud instances.
const COPY_HOST_WORDS = /^(staging|stage|test|testing|dev|preview|cdn|images?)$/;
const RAW_HOSTS = [/^\d+\.\d+\.\d+\.\d+$/, /\.compute(-\d)?\.amazonaws\.com$/, /\[[0-9a-f:]+\]/];

function isCopyHost(host: string): boolean {
  const labels = host.split(".");
  // The registrable part (last two labels) may itself be a word like "dev"; only look above it.
  // A label is read word by word, so `www-cdn` and `cdn-eu` are CDN hosts too.
  const words = labels.slice(0, -2).flatMap((label) => label.split("-"));
  return (
    words.some((word) => COPY_HOST_WORDS.test(word)) ||
    RAW_HOSTS.some((pattern) => pattern.test(host))
  );
}

/** The registry keys a host can fall under, longest first: `news.example.co.uk` → itself, `example.co.uk`, `co.uk`. */
function keysOf(host: string): string[] {
  const labels = host.split(".");
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join("."));
}

/** What the registry says of a host (`www.` ignored); the longest matching key decides, a refusal winning a tie. */
export function judgeHost(registry: PublisherRegistry, rawHost: string): HostVerdict {
  const host = rawHost.toLowerCase().replace(/^www\./, "");
  if (isCopyHost(host)) return { status: "refused", refusal: { key: host, reason: "copy-host" } };
  for (const key of keysOf(host)) {
    const refused = registry.refused[key];
    if (refused) return { status: "refused", refusal: { key, ...refused } };
    const publisher = registry.publishers[key];
    if (publisher) return { status: "admitted", publisher: { key, ...publisher } };
  }
  return { status: "unknown" };
}

const REGISTRY_KEY = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** Reads the registry file's content, reporting every entry that is not of its shape. */
export function parseRegistry(
  raw: unknown,
  file: string,
): { registry: PublisherRegistry; problems: DatasetProblem[] } {
  const check = new FieldChecker(file, "(registry)");
  const registry: PublisherRegistry = { publishers: {}, refused: {} };
  const root = check.record(raw, "", ["publishers", "refused"]);
  if (root === undefined) return { registry, problems: check.problems };
  for (const [key, entry] of Object.entries(isRecord(root.publishers) ? root.publishers : {})) {
    const field = `publishers.${key}`;
    if (!REGISTRY_KEY.test(key)) check.report(field, "key must be a lowercase domain name");
    const publisher = check.record(entry, field, ["name", "kind"]);
    const name = publisher && check.text(publisher.name, `${field}.name`);
    const kind = publisher && check.oneOf(publisher.kind, `${field}.kind`, PUBLISHER_KINDS, "kind");
    if (name && kind) registry.publishers[key] = { name, kind };
  }
  for (const [key, entry] of Object.entries(isRecord(root.refused) ? root.refused : {})) {
    const field = `refused.${key}`;
    if (!REGISTRY_KEY.test(key)) check.report(field, "key must be a lowercase domain name");
    if (registry.publishers[key]) check.report(field, "this domain is also an admitted publisher");
    const refusal = check.record(entry, field, ["reason"], ["original"]);
    const reason =
      refusal && check.oneOf(refusal.reason, `${field}.reason`, REFUSAL_REASONS, "reason");
    const original =
      refusal?.original === undefined
        ? undefined
        : check.text(refusal.original, `${field}.original`);
    if (reason) registry.refused[key] = original ? { reason, original } : { reason };
  }
  return { registry, problems: check.problems };
}
