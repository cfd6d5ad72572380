// A "site" is what the user switches on and off: a hostname without its "www.".

const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The site of a hostname or URL ("https://www.lemonde.fr/x" → "lemonde.fr"); null if none. */
export function normaliseSite(input: string): string | null {
  let host = input.trim().toLowerCase();
  // A URL: keep its host (no `URL` in the core, which runs without DOM or Node types).
  const url = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/@]*@)?([^/:?#]+)/.exec(host);
  if (url?.[1]) host = url[1];
  // Every leading "www." goes: "www.www.x.com" would otherwise read back as another site.
  host = host.replace(/\.$/, "").replace(/^(?:www\.)+/, "");
  return HOSTNAME.test(host) ? host : null;
}

/** Whether `site` (as stored) covers the page's hostname, subdomains included. */
export function siteCovers(site: string, hostname: string): boolean {
  const host = normaliseSite(hostname);
  return host !== null && (host === site || host.endsWith(`.${site}`));
}
