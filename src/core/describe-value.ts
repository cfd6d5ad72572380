// Values quoted back to the user in messages ("unknown version …") come from files and storage
// we do not control: quoting one must never throw, nor paste megabytes into a message.

const MAX_QUOTE_LENGTH = 60;

/** A short, printable rendering of any value: JSON where possible, cut at 60 characters. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(typeof value);
  } catch {
    // BigInt, cycles and the like: name the kind of value rather than fail.
    text = typeof value;
  }
  return shorten(text);
}

/** `text` cut to `maxLength` characters (60 by default), with "…" where it was cut. */
export function shorten(text: string, maxLength = MAX_QUOTE_LENGTH): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}
