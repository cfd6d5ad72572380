// A round's `series` is written in English in the dataset ("Series C", "Seed", "Funding round"),
// as the sources name it; a French card says it the way the French press does.

import type { Lang } from "../core/dataset";
import { withDe } from "../core/french";

const FRENCH_SERIES: Record<string, string> = {
  seed: "amorçage",
  "pre-seed": "pré-amorçage",
  angel: "levée auprès de business angels",
  "funding round": "levée de fonds",
  ipo: "introduction en Bourse",
  "strategic investment": "investissement stratégique",
  "strategic equity": "prise de participation stratégique",
};

/** "Series C" → "série C", "Seed" → "amorçage" on French cards; a label we do not know stays as written. */
export function seriesLabel(series: string, lang: Lang): string {
  if (lang === "en") return series;
  const known = FRENCH_SERIES[series.toLowerCase()];
  if (known) return known;
  const lettered = /^Series ([A-Z]\+?)( extension)?$/.exec(series);
  if (lettered) return lettered[2] ? `extension de série ${lettered[1]}` : `série ${lettered[1]}`;
  // "Amazon investment": the investor's own stake.
  const investor = /^(.+) investment$/.exec(series);
  if (investor?.[1]) return `investissement ${withDe(investor[1])}`;
  const sale = /^Equity sale to (.+)$/.exec(series);
  if (sale) return `cession de parts à ${sale[1]}`;
  return series;
}
