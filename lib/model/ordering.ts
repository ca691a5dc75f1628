import { generateKeyBetween } from 'fractional-indexing';

/**
 * Order on the board with fractional indexes (DESIGN.md rule 5): moving a card
 * writes one string key to the card, never an array move, so two peers moving
 * the same card concurrently both write the same `order`/`column` fields of
 * the same map and the last writer wins on each field: one place, no duplicate.
 * Two peers inserting at the same spot can pick the same key; ties are broken
 * by id so every peer shows the same order.
 */

export const FIRST_KEY = 'a0';

/** A key fractional-indexing accepts (a peer may have written anything). */
export function isOrderKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) return false;
  try {
    generateKeyBetween(value, null);
    return true;
  } catch {
    return false;
  }
}

export interface Ordered {
  id: string;
  order: string;
}

/** Sorts by key, then by id, the same on every peer. Plain code-unit comparison, not locale. */
export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortOrdered<T extends Ordered>(items: Iterable<T>): T[] {
  return [...items].sort(compareOrdered);
}

/**
 * A key between two neighbours. Neighbours sharing a key (a concurrent insert
 * at the same spot) have no key strictly between them, so the new key goes
 * just after the lower one's key and ties resolve by id.
 */
export function keyBetween(before: string | null, after: string | null): string {
  const a = before !== null && isOrderKey(before) ? before : null;
  let b = after !== null && isOrderKey(after) ? after : null;
  if (a !== null && b !== null && a >= b) b = null;
  return generateKeyBetween(a, b);
}

/**
 * The key that puts an item at `index` of `list` (a sorted list that may
 * contain the item itself, which is left out first). `index` counts positions
 * in the list without the item: 0 is the top, list length the bottom.
 */
export function keyForPosition<T extends Ordered>(list: readonly T[], id: string, index: number) {
  const others = list.filter((item) => item.id !== id);
  const at = Math.max(0, Math.min(index, others.length));
  const before = at > 0 ? others[at - 1]!.order : null;
  // Skip neighbours that share the lower key: nothing fits strictly between equal keys.
  let next = at;
  while (next < others.length && before !== null && others[next]!.order <= before) next++;
  const after = next < others.length ? others[next]!.order : null;
  return keyBetween(before, after);
}

/** The key after the last item of a sorted list. */
export function keyAtEnd(list: readonly Ordered[]): string {
  return keyBetween(list.length ? list[list.length - 1]!.order : null, null);
}
