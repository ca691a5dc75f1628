// Leaving a workspace and deleting it from this device also deletes its school years' databases
// (`bridgework-workspace-<id>.<year>`) and their journals, never another workspace's.
import 'fake-indexeddb/auto';
import { afterEach, expect, test, vi } from 'vitest';
import { yearDocId } from '../../../lib/model/history-years';
import { JOURNAL_PREFIX } from '../../../lib/sync/edit-journal';
import {
  databaseNameFor,
  deleteLocalWorkspace,
  openLocalWorkspace,
} from '../../../lib/sync/local-persistence';

/** localStorage as the journal sees it (Node has none). */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  keys() {
    return [...this.items.keys()];
  }
}

afterEach(() => vi.unstubAllGlobals());

let counter = 0;
const freshId = () => `delete-${Date.now()}-${counter++}`;

async function store(id: string) {
  const local = await openLocalWorkspace(id, { journal: null });
  local.doc.getMap('meta').set('name', id);
  await local.close();
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : [])).sort();
}

test("deleting a workspace deletes its years' databases and journals, not a workspace whose id starts the same", async () => {
  const storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  const id = freshId();
  const longer = `${id}0`;
  const kept = [longer, yearDocId(longer, 2025), `${id}.2025.1`, `${id}.20255`];
  const deleted = [id, yearDocId(id, 2024), yearDocId(id, 2025)];
  for (const name of [...deleted, ...kept]) {
    await store(name);
    storage.setItem(`${JOURNAL_PREFIX}${name}:context`, 'AA==');
  }

  await deleteLocalWorkspace(id);
  await vi.waitFor(async () => {
    const names = await databaseNames();
    for (const name of deleted) expect(names).not.toContain(databaseNameFor(name));
    for (const name of kept) expect(names).toContain(databaseNameFor(name));
  });
  expect(storage.keys().sort()).toEqual(
    kept.map((name) => `${JOURNAL_PREFIX}${name}:context`).sort(),
  );
});

test('where the browser cannot list databases, the workspace database alone is deleted', async () => {
  const id = freshId();
  await store(id);
  await store(yearDocId(id, 2025));
  const own = Object.getOwnPropertyDescriptor(indexedDB, 'databases');
  // As in a browser without `indexedDB.databases`.
  Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
  try {
    await deleteLocalWorkspace(id);
  } finally {
    if (own) Object.defineProperty(indexedDB, 'databases', own);
    else delete (indexedDB as { databases?: unknown }).databases;
  }
  await vi.waitFor(async () => expect(await databaseNames()).not.toContain(databaseNameFor(id)));
  expect(await databaseNames()).toContain(databaseNameFor(yearDocId(id, 2025)));
});
