import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';

// patches/yjs+13.6.33.patch makes Yjs read a stored map value into an array of its own length (a
// pushed-into array keeps room for 17: ~28 MB of a district's panel heap). The patch is applied on
// install; these tests fail if an install skipped it or a Yjs upgrade left it behind, and check
// that values read through the patched decoder are the values written.

const yjsDist = dirname(createRequire(import.meta.url).resolve('yjs'));
const PATCHED_LOOP =
  /const readContentAny = decoder => \{\s*const len = decoder\.readLen\(\);\s*const cs = new Array\(len\);/;

describe('the Yjs decoder patch', () => {
  test.each(['yjs.mjs', 'yjs.cjs'])('%s reads values into arrays of their length', (file) => {
    expect(readFileSync(join(yjsDist, file), 'utf8')).toMatch(PATCHED_LOOP);
  });

  test('every kind of value a partner record holds comes back as written', () => {
    const written = new Y.Doc();
    const partner = new Y.Map<unknown>();
    written.getMap('partners').set('p1', partner);
    const values = {
      name: 'Riverside Library',
      count: 42,
      ratio: 0.25,
      big: 2 ** 40,
      open: true,
      none: null,
      emails: ['a@example.org', 'b@example.org'],
      address: { street: '1 Main St', locality: 'Springfield', postalCode: '01101' },
      empty: [],
      unicode: 'École — 学校 🏫',
    };
    for (const [key, value] of Object.entries(values)) partner.set(key, value);
    const list = written.getArray<unknown>('list');
    list.insert(0, [1, 'two', { three: 3 }, [4], null]);

    const read = new Y.Doc();
    Y.applyUpdate(read, Y.encodeStateAsUpdate(written));
    expect((read.getMap('partners').get('p1') as Y.Map<unknown>).toJSON()).toEqual(values);
    expect(read.getArray('list').toJSON()).toEqual([1, 'two', { three: 3 }, [4], null]);

    list.delete(1, 2);
    Y.applyUpdate(read, Y.encodeStateAsUpdate(written, Y.encodeStateVector(read)));
    expect(read.getArray('list').toJSON()).toEqual([1, [4], null]);
  });
});
