import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import {
  createMemoryStorageArea,
  createWebStorageArea,
  type StorageChanges,
} from '../../../lib/platform/web-storage';

// The web app's chrome.storage.local: values in IndexedDB (fake-indexeddb here), change events
// in every tab through a BroadcastChannel (Node's own, between two areas standing for two tabs).

let names = 0;

function twoTabs() {
  const name = `bridgework.test-${++names}`;
  return [createWebStorageArea({ name }), createWebStorageArea({ name })] as const;
}

function collect(area: ReturnType<typeof createWebStorageArea>) {
  const seen: StorageChanges[] = [];
  area.onChanged.addListener((changes) => seen.push(changes));
  return seen;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('web storage.local', () => {
  test('get takes a key, a list, defaults or nothing, as chrome.storage does', async () => {
    const [area] = twoTabs();
    await area.set({ a: 1, b: { nested: ['x'] } });
    expect(await area.get('a')).toEqual({ a: 1 });
    expect(await area.get(['a', 'missing'])).toEqual({ a: 1 });
    expect(await area.get({ a: 0, c: 'fallback' })).toEqual({ a: 1, c: 'fallback' });
    expect(await area.get()).toEqual({ a: 1, b: { nested: ['x'] } });
  });

  test('keeps JSON, as chrome.storage does: a Date reads back as text, undefined fields vanish', async () => {
    const [area] = twoTabs();
    await area.set({ when: { at: new Date('2026-01-02T03:04:05Z'), gone: undefined } });
    expect(await area.get('when')).toEqual({ when: { at: '2026-01-02T03:04:05.000Z' } });
  });

  test('a value written in one tab reads back in another (same database)', async () => {
    const [one, two] = twoTabs();
    await one.set({ registry: { activeId: 'w1' } });
    expect(await two.get('registry')).toEqual({ registry: { activeId: 'w1' } });
  });

  test('reports a change with its old and new value in the writing tab and in the others', async () => {
    const [one, two] = twoTabs();
    const here = collect(one);
    const there = collect(two);
    await one.set({ language: 'en' });
    await one.set({ language: 'es' });
    await tick();
    const expected = [
      { language: { newValue: 'en' } },
      { language: { oldValue: 'en', newValue: 'es' } },
    ];
    expect(here).toEqual(expected);
    expect(there).toEqual(expected);
  });

  test('remove and clear report the values that went; removing nothing reports nothing', async () => {
    const [one, two] = twoTabs();
    await one.set({ a: 1, b: 2 });
    await tick();
    const there = collect(two);
    await one.remove('nothing-here');
    await one.remove(['a']);
    await one.clear();
    await tick();
    expect(there).toEqual([{ a: { oldValue: 1 } }, { b: { oldValue: 2 } }]);
    expect(await two.get()).toEqual({});
  });

  test('a removed listener hears nothing more', async () => {
    const [one] = twoTabs();
    const seen: StorageChanges[] = [];
    const listener = (changes: StorageChanges) => void seen.push(changes);
    one.onChanged.addListener(listener);
    expect(one.onChanged.hasListener(listener)).toBe(true);
    one.onChanged.removeListener(listener);
    await one.set({ a: 1 });
    await tick();
    expect(seen).toEqual([]);
  });
});

describe('web storage.session', () => {
  test('holds values in memory and reports changes', async () => {
    const area = createMemoryStorageArea();
    const seen = collect(area as ReturnType<typeof createWebStorageArea>);
    await area.set({ pending: { id: 'x' } });
    expect(await area.get('pending')).toEqual({ pending: { id: 'x' } });
    await area.remove('pending');
    expect(await area.get()).toEqual({});
    expect(seen).toEqual([
      { pending: { newValue: { id: 'x' } } },
      { pending: { oldValue: { id: 'x' } } },
    ]);
  });
});
