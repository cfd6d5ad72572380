import type { Lang, Money, PartialDate } from "./dataset";

const LOCALE: Record<Lang, string> = { en: "en-GB", fr: "fr-FR" };

/**
 * "2024" → "2024"; "2024-05" → "May 2024"; "2024-05-26" → "26 May 2024" (in the card's language).
 * French writes the first day of a month as an ordinal: "1er août 2024", which Intl does not.
 */
export function formatPartialDate(date: PartialDate, lang: Lang): string {
  const [year, month, day] = date.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return String(year);
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  const text = new Intl.DateTimeFormat(LOCALE[lang], {
    year: "numeric",
    month: "long",
    ...(day === undefined ? {} : { day: "numeric" }),
    timeZone: "UTC",
  }).format(value);
  return lang === "fr" && day === 1 ? text.replace(/^1(?=\s)/, "1er") : text;
}

/** 1200 → "1,200" / "1 200": a count as the card's language writes it. */
export function formatCount(count: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(count);
}

const SCALES = [
  { value: 1e12, en: "trillion", fr: ["billion", "billions"] },
  { value: 1e9, en: "billion", fr: ["milliard", "milliards"] },
  { value: 1e6, en: "million", fr: ["million", "millions"] },
] as const;

/** { 6e9, USD } → "US$6 billion" / "6 milliards $US": how the press writes amounts. */
export function formatMoney(amount: Money, lang: Lang): string {
  const symbol =
    new Intl.NumberFormat(LOCALE[lang], { style: "currency", currency: amount.currency })
      .formatToParts(1)
      .find((part) => part.type === "currency")?.value ?? amount.currency;
  const scale = SCALES.find((candidate) => amount.value >= candidate.value);
  const scaled = scale ? amount.value / scale.value : amount.value;
  const number = new Intl.NumberFormat(LOCALE[lang], {
    maximumFractionDigits: scale ? 2 : 0,
  }).format(scaled);
  if (lang === "en") return `${symbol}${number}${scale ? ` ${scale.en}` : ""}`;
  const word = scale ? ` ${scale.fr[scaled >= 2 ? 1 : 0]}` : "";
  return `${number}${word} ${symbol}`;
}
