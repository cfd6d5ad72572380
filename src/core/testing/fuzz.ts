// Shared pieces of the fuzz tests (fast-check) on the parsers and validators.
import fc from "fast-check";

/** Any value at all, including the ones structured clone can carry and JSON cannot. */
export const junk = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Mostly valid parts with a chance of a wrong one: reaches the checks deep inside a parser. */
export function nearly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: junk });
}
