// The news sites Backstory runs on without asking: the manifest's content-script matches, shown
// in the options page as the hostnames a reader knows.

/** "https://*.lemonde.fr/*" → "lemonde.fr"; sorted, each once; patterns of no one host dropped. */
export function builtInSites(matches: readonly string[]): string[] {
  const sites = new Set<string>();
  for (const pattern of matches) {
    const host = /^[a-z*]+:\/\/(?:\*\.)?([a-z0-9.-]+)\//i.exec(pattern)?.[1];
    if (host) sites.add(host.toLowerCase());
  }
  return [...sites].sort();
}
