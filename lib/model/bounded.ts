import * as Y from 'yjs';
import { problemText, type RecordProblem } from './problem';

/**
 * Plain copies of values read from a shared doc, with bounds. Any peer can write any value, and
 * a value nested a few thousand levels deep overflows the stack of every recursive reader
 * (`toJSON`, `JSON.stringify`, validation): one record would take the panel down on every open.
 * Copying with a depth, count and size budget turns such a value into a problem to report
 * instead. Cost: one walk over the record, which the validation after it does anyway.
 */

export interface Bounds {
  /** Levels of objects and arrays below the record itself. */
  depth: number;
  /** Objects, arrays and primitive values visited, all levels together. */
  values: number;
  /** Characters of all strings (and keys) together. */
  chars: number;
}

/**
 * Generous for every real record (a partner is 3 levels deep, a few hundred values). Strings are
 * shared, not copied, so the character budget only stops pathological records; a pasted
 * megabyte still reads and is capped by its field.
 */
export const RECORD_BOUNDS: Bounds = { depth: 16, values: 20_000, chars: 64_000_000 };

/** `problem` in English for files and logs; `reason` for the interface to word. */
export type BoundedCopy =
  { ok: true; value: unknown } | { ok: false; problem: string; reason: RecordProblem };

class OutOfBounds extends Error {
  constructor(readonly reason: RecordProblem) {
    super(problemText(reason));
  }
}

/**
 * A plain copy holding own fields only. `Y.Map.toJSON()` and Yjs's decoder assign keys with
 * `obj[key] = value`, so a peer's `__proto__` key would become the copy's prototype and smuggle
 * in fields; here every object is prototype-free and `__proto__` stays an ordinary key.
 */
export function boundedCopy(value: unknown, bounds: Bounds = RECORD_BOUNDS): BoundedCopy {
  let values = 0;
  let chars = 0;
  const countChars = (length: number) => {
    chars += length;
    if (chars > bounds.chars)
      throw new OutOfBounds({ code: 'tooManyChars', values: { limit: bounds.chars } });
  };
  const visit = (item: unknown, depth: number): unknown => {
    if (++values > bounds.values)
      throw new OutOfBounds({ code: 'tooManyValues', values: { limit: bounds.values } });
    if (typeof item === 'string') {
      countChars(item.length);
      return item;
    }
    if (item === null || typeof item !== 'object') return item;
    if (item instanceof Uint8Array) {
      countChars(item.length);
      return item;
    }
    if (depth >= bounds.depth)
      throw new OutOfBounds({ code: 'tooDeep', values: { levels: bounds.depth } });
    if (item instanceof Y.Text) {
      countChars(item.length);
      return item.toString();
    }
    if (item instanceof Y.Map) {
      const copy: Record<string, unknown> = Object.create(null);
      for (const [key, child] of item.entries()) {
        countChars(key.length);
        copy[key] = visit(child, depth + 1);
      }
      return copy;
    }
    if (item instanceof Y.Array) {
      if (item.length > bounds.values) throw new OutOfBounds({ code: 'listTooLong' });
      const copy: unknown[] = [];
      item.forEach((child) => copy.push(visit(child, depth + 1)));
      return copy;
    }
    if (item instanceof Y.AbstractType) throw new OutOfBounds({ code: 'unknownSharedType' });
    if (Array.isArray(item)) {
      if (item.length > bounds.values) throw new OutOfBounds({ code: 'listTooLong' });
      return item.map((child: unknown) => visit(child, depth + 1));
    }
    const copy: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(item)) {
      countChars(key.length);
      copy[key] = visit((item as Record<string, unknown>)[key], depth + 1);
    }
    return copy;
  };
  try {
    return { ok: true, value: visit(value, 0) };
  } catch (error) {
    // A stack overflow can still come from a getter or a cyclic plain value: report, never throw.
    const reason: RecordProblem =
      error instanceof OutOfBounds ? error.reason : { code: 'unreadable' };
    return { ok: false, problem: problemText(reason), reason };
  }
}

/** `JSON.stringify` that never throws: undefined for values out of bounds (deep, huge). */
export function safeStringify(value: unknown, bounds: Bounds = RECORD_BOUNDS): string | undefined {
  const copy = boundedCopy(value, bounds);
  if (!copy.ok) return undefined;
  try {
    return JSON.stringify(copy.value);
  } catch {
    return undefined;
  }
}
