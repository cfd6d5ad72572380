// Collects problems for one entity file while the structure is walked, with the helpers every
// part of the walk needs: object shapes (unknown keys are typos), strings, enums, arrays.

import type { DatasetProblem } from "./problem";
import { hasOuterSpaces } from "./value-rules";

export type JsonRecord = Record<string, unknown>;

/** `facts` + `valuation` → `facts.valuation`; the root has no prefix. */
export function fieldPath(parent: string, key: string): string {
  return parent === "" ? key : `${parent}.${key}`;
}

/** `rounds` + 0 → `rounds[0]` */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export class FieldChecker {
  readonly problems: DatasetProblem[] = [];

  constructor(
    readonly file: string,
    readonly entity: string,
  ) {}

  report(field: string, message: string): void {
    this.problems.push({ file: this.file, entity: this.entity, field, message });
  }

  /**
   * Checks that `value` is an object with every `required` key and no key outside
   * `required` + `optional`. Returns the object (even when keys are wrong, so its fields can
   * still be checked) or undefined when it is not an object at all.
   */
  record(
    value: unknown,
    field: string,
    required: readonly string[],
    optional: readonly string[] = [],
  ): JsonRecord | undefined {
    if (!isRecord(value)) {
      this.report(field, `expected an object, found ${describeType(value)}`);
      return undefined;
    }
    for (const key of required) {
      if (value[key] === undefined) {
        this.report(fieldPath(field, key), `missing required field "${key}"`);
      }
    }
    const allowed = new Set([...required, ...optional]);
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) {
        this.report(
          fieldPath(field, key),
          `unknown field "${key}" (allowed here: ${[...allowed].join(", ")})`,
        );
      }
    }
    return value;
  }

  /** A non-empty string without leading or trailing spaces. */
  text(value: unknown, field: string): string | undefined {
    if (typeof value !== "string") {
      this.report(field, `expected a string, found ${describeType(value)}`);
      return undefined;
    }
    if (value.trim() === "") {
      this.report(field, "must not be empty");
      return undefined;
    }
    if (hasOuterSpaces(value)) {
      this.report(field, "has leading or trailing spaces");
    }
    return value;
  }

  oneOf<T extends string>(
    value: unknown,
    field: string,
    allowed: readonly T[],
    what: string,
  ): T | undefined {
    if (typeof value === "string" && (allowed as readonly string[]).includes(value))
      return value as T;
    this.report(
      field,
      `unknown ${what} ${JSON.stringify(value)} (expected one of: ${allowed.join(", ")})`,
    );
    return undefined;
  }

  boolean(value: unknown, field: string): boolean | undefined {
    if (typeof value === "boolean") return value;
    this.report(field, `expected true or false, found ${describeType(value)}`);
    return undefined;
  }

  /** Returns the items of an array, or [] after reporting when `value` is not one. */
  array(value: unknown, field: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.report(field, `expected an array, found ${describeType(value)}`);
    return [];
  }

  /** Like `array`, but an empty list is reported too: an empty list says nothing and hides mistakes. */
  nonEmptyArray(value: unknown, field: string): unknown[] {
    const items = this.array(value, field);
    if (Array.isArray(value) && items.length === 0) this.report(field, "must not be an empty list");
    return items;
  }
}
