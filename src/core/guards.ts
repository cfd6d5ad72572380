// Small type guards shared by every validator at the edges (messages, storage, imports).

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Dataset ids are kebab-case ascii; own entities use the same form with an `own-` prefix. */
export function isEntityId(value: unknown): value is string {
  return (
    typeof value === "string" && value.length <= 100 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
  );
}

// Written without `URL`: the core runs with no DOM and no Node types. The last label starts
// with a letter, as every top-level domain does: a host ending in a number is read as an IPv4
// address by URL parsers, and "https://a.0" is no address at all (found by fuzzing).
const HTTPS_URL =
  /^https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z](?:[a-z0-9-]*[a-z0-9])?(?::(\d{1,5}))?(?:[/?#][^\s<>"]*)?$/i;

/**
 * An absolute https URL with a dotted host name (not an IP address) and no white space or
 * markup characters.
 */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 2000) return false;
  const match = HTTPS_URL.exec(value);
  // A port above 65535 fits the pattern but is no address a browser can open.
  return match !== null && (match[1] === undefined || Number(match[1]) <= 65535);
}
