import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { resorted } from '../../../lib/state/resorted';
import { fuzzParams } from '../../fuzz/fuzz-params';

interface Item {
  id: number;
  name: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byName = (a: Item, b: Item) => collator.compare(a.name, b.name) || a.id - b.id;

describe('a list kept sorted across changes', () => {
  test('after any edits, additions and removals it is exactly the full sort', () => {
    const nameArb = fc.constantFrom(
      'Oak',
      'oak',
      'Élan',
      'elan',
      'Club 9',
      'Club 10',
      'Ñu',
      'Nu',
      'Zed',
    );
    const opArb = fc.oneof(
      fc.record({ type: fc.constant('add' as const), name: nameArb }),
      fc.record({ type: fc.constant('edit' as const), pick: fc.nat(), name: nameArb }),
      fc.record({ type: fc.constant('remove' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.array(nameArb, { maxLength: 40 }),
        fc.array(fc.array(opArb, { maxLength: 80 }), { maxLength: 6 }),
        (names, batches) => {
          let nextId = 0;
          let items: Item[] = names.map((name) => ({ id: nextId++, name }));
          let list = resorted(undefined, items, byName);
          for (const batch of batches) {
            for (const op of batch) {
              if (op.type === 'add') items.push({ id: nextId++, name: op.name });
              else if (items.length === 0) continue;
              else if (op.type === 'edit') {
                const index = op.pick % items.length;
                // An edited record is a new object, as the record cache hands out.
                items[index] = { id: items[index]!.id, name: op.name };
              } else items = items.filter((_item, index) => index !== op.pick % items.length);
            }
            list = resorted(list, items, byName, 16);
            expect(list).toEqual([...items].sort(byName));
          }
        },
      ),
      fuzzParams(200),
    );
  });

  test('a few new items are put in place without sorting the rest again', () => {
    const items = Array.from({ length: 1_000 }, (_v, id) => ({ id, name: `Partner ${id}` }));
    const list = resorted(undefined, items, byName);
    let comparisons = 0;
    const counting = (a: Item, b: Item) => {
      comparisons++;
      return byName(a, b);
    };
    const edited = { id: 5, name: 'Aardvark Trust' };
    const next = resorted(list, [...items.filter((item) => item.id !== 5), edited], counting);
    expect(next[0]).toBe(edited);
    expect(next).toHaveLength(1_000);
    expect(comparisons).toBeLessThan(20);
  });
});
