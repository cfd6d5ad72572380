/** The tab named by `?tabId=N`, or null when absent or not a tab id. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get("tabId");
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
