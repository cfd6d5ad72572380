// Why a value was refused, as a key and its values rather than a sentence: the options page says
// it in the reader's language (src/ui/messages.ts has every key in English and French), the
// console log in English. The English here is the one source of both English texts.

export const PROBLEM_TEXT = {
  mustBeBoolean: "must be true or false",
  mustBeOneOf: "must be one of $1",
  mustBeHoverDelay: "must be a whole number of milliseconds from $1 to $2",
  mustBeTypes: "must be an object with true or false for each type",
  unknownType: 'names an unknown type "$1"',
  typeMustBeBoolean: '"$1" must be true or false',
  mustBeList: "must be a list",
  tooManyEntries: "has more than $1 entries",
  invalidEntryAt: "has an invalid entry at position $1",
  unknownSetting: "is not a setting Backstory knows",
  ownMustBeObject: "must be an object with name, aliases, note and link",
  ownNameLength: "must be text of 2 to $1 characters",
  ownAliasesInvalid: "must be a list of at most $1 names of 2 to 100 characters",
  ownNoteLength: "must be text of at most $1 characters",
  ownLinkInvalid: "must be an https:// address or empty",
  repeatsName: 'repeats the name "$1"',
  importTooLarge: "This file is too large to be a Backstory settings file.",
  importNotJson: "This file is not valid JSON.",
  importNotSettings: 'This is not a Backstory settings file (no "format": "backstory-settings").',
  importVersion: "This file is of settings version $1; this Backstory reads version $2.",
  importSettingsNotObject: 'Field "settings" must be an object.',
  importField: 'Field "$1" $2. Nothing was changed.',
  importFieldAndMore: 'Field "$1" $2 (and $3 more). Nothing was changed.',
} as const;

export type ProblemKey = keyof typeof PROBLEM_TEXT;

/** A refusal: its key and the values of its $1, $2… (a value may itself be a problem). */
export interface Problem {
  key: ProblemKey;
  params: Array<string | Problem>;
}

export function problem(key: ProblemKey, ...params: Array<string | Problem>): Problem {
  return { key, params };
}

/** A problem written out with `textOf` (English by default): placeholders filled, nested first. */
export function problemText(
  found: Problem,
  textOf: (key: ProblemKey) => string = (key) => PROBLEM_TEXT[key],
): string {
  // One pass: a value that itself contains "$2" (a field name from a file) stays as written.
  return textOf(found.key).replace(/\$(\d)/g, (placeholder, digit: string) => {
    const value = found.params[Number(digit) - 1];
    if (value === undefined) return placeholder;
    return typeof value === "string" ? value : problemText(value, textOf);
  });
}
