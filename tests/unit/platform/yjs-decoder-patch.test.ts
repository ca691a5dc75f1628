import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';

// patches/yjs+13.6.33.patch trims what Yjs keeps per loaded item and type (a district's panel heap
// 110 → 87 MB, then → 79 MB): a stored map value is read into an array of its own length (a
// pushed-into array keeps room for 17), types nobody observes share one empty, frozen listener
// list instead of two each, and an ID's client field is generalised so IDs read for one client
// share one number instead of a box each. The patch is applied on install; these tests fail if an
// install skipped it or a Yjs upgrade left it behind, and check that what goes through the
// patched code behaves as before.

const yjsDist = dirname(createRequire(import.meta.url).resolve('yjs'));
const PATCHED_LOOP =
  /const readContentAny = decoder => \{\s*const len = decoder\.readLen\(\);\s*const cs = new Array\(len\);/;
const SHARED_LISTENERS = /this\._eH = noListeners;[\s\S]*this\._dEH = noListeners;/;
const GENERALISED_CLIENT = /ID\.generalized = new ID\(/;

describe('the Yjs decoder patch', () => {
  test.each(['yjs.mjs', 'yjs.cjs'])('%s carries every part of the patch', (file) => {
    const source = readFileSync(join(yjsDist, file), 'utf8');
    expect(source).toMatch(PATCHED_LOOP);
    expect(source).toMatch(SHARED_LISTENERS);
    expect(source).toMatch(GENERALISED_CLIENT);
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

  test('an observer hears its own type only, deep observers their subtree, and both can leave', () => {
    const doc = new Y.Doc();
    const partners = doc.getMap<Y.Map<unknown>>('partners');
    const first = new Y.Map<unknown>();
    const second = new Y.Map<unknown>();
    partners.set('p1', first);
    partners.set('p2', second);
    const heard: string[] = [];
    const onFirst = (event: Y.YMapEvent<unknown>) => heard.push(`first:${[...event.keysChanged]}`);
    const onTree = (events: Y.YEvent<Y.Map<unknown>>[]) => heard.push(`tree:${events.length}`);
    first.observe(onFirst);
    partners.observeDeep(onTree);

    second.set('name', 'Second');
    first.set('name', 'First');
    expect(heard).toEqual(['tree:1', 'first:name', 'tree:1']);

    first.unobserve(onFirst);
    partners.unobserveDeep(onTree);
    first.set('name', 'First again');
    expect(heard).toHaveLength(3);
    // Leaving a type that was never observed is harmless, as it was before the patch.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => second.unobserve(onFirst)).not.toThrow();
    quiet.mockRestore();
    second.set('name', 'Second again');
    expect(heard).toHaveLength(3);
  });

  test('items of clients numbered above 2^30 are read, merged and told apart as before', () => {
    const high = new Y.Doc();
    high.clientID = 2 ** 32 - 5;
    const low = new Y.Doc();
    low.clientID = 7;
    high.getMap('partners').set('p1', 'from high');
    low.getMap('partners').set('p2', 'from low');
    const read = new Y.Doc();
    Y.applyUpdate(read, Y.encodeStateAsUpdate(high));
    Y.applyUpdate(read, Y.encodeStateAsUpdate(low));
    expect(read.getMap('partners').toJSON()).toEqual({ p1: 'from high', p2: 'from low' });
    expect([...Y.decodeStateVector(Y.encodeStateVector(read))].sort((a, b) => a[0] - b[0])).toEqual(
      [
        [7, 1],
        [2 ** 32 - 5, 1],
      ],
    );
    high.getMap('partners').set('p1', 'changed');
    Y.applyUpdate(read, Y.encodeStateAsUpdate(high, Y.encodeStateVector(read)));
    expect(read.getMap('partners').get('p1')).toBe('changed');
  });
});
