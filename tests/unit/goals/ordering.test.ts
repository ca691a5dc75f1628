import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  compareOrdered,
  isOrderKey,
  keyAtEnd,
  keyBetween,
  keyForPosition,
  sortOrdered,
  type Ordered,
} from '../../../lib/model/ordering';

describe('fractional ordering', () => {
  test('keys sort between their neighbours', () => {
    const a = keyBetween(null, null);
    const c = keyBetween(a, null);
    const b = keyBetween(a, c);
    expect([c, b, a].sort()).toEqual([a, b, c]);
  });

  test('invalid keys from a peer are ignored, not thrown on', () => {
    expect(isOrderKey('zz')).toBe(false);
    expect(isOrderKey('a0')).toBe(true);
    expect(isOrderKey(42)).toBe(false);
    expect(() => keyBetween('zz', '!!')).not.toThrow();
  });

  test('equal neighbours (a concurrent insert) still get a key', () => {
    expect(keyBetween('a1', 'a1') > 'a1').toBe(true);
  });

  test('identical keys are tie-broken by id, the same on every peer', () => {
    const items: Ordered[] = [
      { id: 'b', order: 'a1' },
      { id: 'a', order: 'a1' },
      { id: 'c', order: 'a0' },
    ];
    expect(sortOrdered(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(sortOrdered([...items].reverse()).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(compareOrdered(items[0]!, items[0]!)).toBe(0);
  });

  test('moving to a position puts the item exactly there (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.tuple(fc.nat(20), fc.nat(20)), { maxLength: 30 }),
        (size, moves) => {
          let list: Ordered[] = [];
          for (let i = 0; i < size; i++) list.push({ id: `g${i}`, order: keyAtEnd(list) });
          for (const [pick, to] of moves) {
            const item = list[pick % list.length]!;
            const index = to % list.length;
            const expected = list.filter((i) => i.id !== item.id);
            expected.splice(index, 0, item);
            const order = keyForPosition(list, item.id, index);
            list = sortOrdered(list.map((i) => (i.id === item.id ? { ...i, order } : i)));
            expect(list.map((i) => i.id)).toEqual(expected.map((i) => i.id));
          }
        },
      ),
    );
  });

  test('a position among duplicated keys lands after the run, never throws', () => {
    const list = sortOrdered([
      { id: 'x', order: 'a0' },
      { id: 'y', order: 'a1' },
      { id: 'z', order: 'a1' },
      { id: 'w', order: 'a2' },
    ]);
    const key = keyForPosition(list, 'new', 2);
    const sorted = sortOrdered([...list, { id: 'new', order: key }]).map((i) => i.id);
    expect(sorted.indexOf('new')).toBeGreaterThan(sorted.indexOf('z'));
    expect(sorted.indexOf('new')).toBeLessThan(sorted.indexOf('w'));
  });
});
