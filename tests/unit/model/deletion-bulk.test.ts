import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  restoreBulkDeletion,
  watchBulkDeletions,
  type BulkDeletion,
} from '../../../lib/model/bulk-deletion';
import { collection, transactLocal } from '../../../lib/model/doc';
import { addGoal, getGoal } from '../../../lib/model/goal';
import { addLogEntry, getLogEntry, updateLogEntry } from '../../../lib/model/log-entry';
import { addPartner, deletePartner, getPartner, listPartners } from '../../../lib/model/partner';
import { addPerson, listPeople } from '../../../lib/model/person';
import { createUndoManager } from '../../../lib/model/undo';
import { syncAll } from '../../helpers/yjs';

/** A workspace with `n` partners (each with one person) on two synced peers. */
function twoPeers(n: number) {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = addPartner(mine, { name: `Partner ${i}`, tags: ['t'], emails: [`p${i}@x.org`] });
    addPerson(mine, { name: `Person ${i}`, partnerId: id });
    ids.push(id);
  }
  syncAll(mine, theirs);
  return { mine, theirs, ids };
}

/** What the peer did since `before`, delivered to `to` as a network provider would. */
function deliver(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'webrtc');
}

function watch(doc: Y.Doc, threshold?: number) {
  const seen: BulkDeletion[] = [];
  const stop = watchBulkDeletions(doc, (bulk) => seen.push(bulk), threshold);
  return { seen, stop };
}

describe('a peer’s bulk soft deletion', () => {
  test('deleting 25 partners in one update is flagged with counts and who, and one restore brings every partner and person back', () => {
    const { mine, theirs, ids } = twoPeers(25);
    const { seen } = watch(mine);
    transactLocal(theirs, () => {
      for (const id of ids) deletePartner(theirs, id, 'Mallory', 5000);
    });
    deliver(theirs, mine);

    expect(listPartners(mine).items).toHaveLength(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      by: 'Mallory',
      total: 50,
      counts: { partners: 25, people: 25 },
    });

    expect(restoreBulkDeletion(mine, seen[0]!)).toEqual({ restored: 50, skipped: 0 });
    expect(listPartners(mine).items).toHaveLength(25);
    expect(listPeople(mine).items).toHaveLength(25);
    deliver(mine, theirs);
    expect(listPartners(theirs).items).toHaveLength(25);
  });

  test('20 deletions or fewer, my own deletions and my own Undo are not flagged', () => {
    const { mine, theirs, ids } = twoPeers(30);
    const { seen } = watch(mine);
    transactLocal(theirs, () => {
      for (const id of ids.slice(0, 10)) deletePartner(theirs, id, 'Bo');
    });
    deliver(theirs, mine);
    expect(seen).toHaveLength(0);

    const undo = createUndoManager(mine);
    const added = transactLocal(mine, () =>
      Array.from({ length: 25 }, (_, i) => addPartner(mine, { name: `New ${i}` })),
    );
    transactLocal(mine, () => {
      for (const id of ids.slice(10)) deletePartner(mine, id, 'Me');
    });
    undo.undo();
    undo.undo();
    expect(added.every((id) => getPartner(mine, id) === null)).toBe(true);
    expect(seen).toHaveLength(0);
  });

  test('deleting records that were already deleted is not a new deletion', () => {
    const { mine, theirs, ids } = twoPeers(25);
    transactLocal(theirs, () => {
      for (const id of ids) deletePartner(theirs, id, 'Bo', 1);
    });
    deliver(theirs, mine);
    const { seen } = watch(mine, 0);
    // A peer rewrites the marks of records that are already deleted.
    theirs.transact(() => {
      for (const id of ids) collection(theirs, 'partners').get(id)!.set('deletedAt', 2);
    });
    deliver(theirs, mine);
    expect(seen).toHaveLength(0);
  });

  test('a restore leaves alone a record deleted again since', () => {
    const { mine, theirs, ids } = twoPeers(21);
    const { seen } = watch(mine);
    transactLocal(theirs, () => {
      for (const id of ids) deletePartner(theirs, id, 'Bo', 100);
    });
    deliver(theirs, mine);
    // Someone restores one and deletes it again, deliberately.
    collection(mine, 'partners').get(ids[0]!)!.delete('deletedAt');
    deletePartner(mine, ids[0]!, 'Me', 200);
    expect(restoreBulkDeletion(mine, seen[0]!)).toMatchObject({ skipped: 1 });
    expect(getPartner(mine, ids[0]!)).toBeNull();
    expect(listPartners(mine).items).toHaveLength(20);
  });
});

describe('a peer’s bulk hard deletion (an old or hostile client)', () => {
  function hardDeleteAll(doc: Y.Doc, name: 'partners' | 'people' | 'goals' | 'log') {
    doc.transact(() => {
      const records = collection(doc, name);
      for (const id of [...records.keys()]) records.delete(id);
    });
  }

  test('removing every partner map is flagged and restore re-creates them with their fields', () => {
    const { mine, theirs, ids } = twoPeers(25);
    const before = listPartners(mine).items;
    const { seen } = watch(mine);
    hardDeleteAll(theirs, 'partners');
    deliver(theirs, mine);
    expect(collection(mine, 'partners').size).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ total: 25, counts: { partners: 25 }, by: undefined });
    expect(seen[0]!.hard.map((h) => h.title).sort()).toEqual(before.map((p) => p.name).sort());

    expect(restoreBulkDeletion(mine, seen[0]!)).toEqual({ restored: 25, skipped: 0 });
    const sortById = <T extends { id: string }>(items: T[]) =>
      [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(listPartners(mine).items)).toEqual(sortById(before));
    deliver(mine, theirs);
    expect(sortById(listPartners(theirs).items)).toEqual(sortById(before));
    expect(ids.every((id) => getPartner(theirs, id) !== null)).toBe(true);
  });

  test('the copy is taken before Yjs garbage-collects the deleted content', () => {
    const { mine, theirs } = twoPeers(21);
    expect(mine.gc).toBe(true);
    const { seen } = watch(mine);
    hardDeleteAll(theirs, 'partners');
    deliver(theirs, mine);
    // After the transaction the removed maps read as empty: only the copy has the fields.
    const id = seen[0]!.hard[0]!.id;
    expect(seen[0]!.hard[0]!.fields).not.toBeNull();
    restoreBulkDeletion(mine, seen[0]!);
    expect(getPartner(mine, id)?.emails).toHaveLength(1);
  });

  test('nested shared values come back as shared values: goal descriptions and agendas', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const goals = Array.from({ length: 21 }, (_, i) =>
      addGoal(mine, { title: `Goal ${i}`, description: `About ${i}` }),
    );
    const entry = addLogEntry(mine, {
      kind: 'meeting',
      date: '2026-01-02',
      title: 'Kick-off',
      agenda: [{ text: 'Budget' }, { text: 'Dates' }],
    });
    syncAll(mine, theirs);
    const { seen } = watch(mine);
    theirs.transact(() => {
      for (const id of goals) collection(theirs, 'goals').delete(id);
      collection(theirs, 'log').delete(entry.id);
    });
    deliver(theirs, mine);
    expect(seen[0]).toMatchObject({ counts: { goals: 21, log: 1 } });
    restoreBulkDeletion(mine, seen[0]!);
    expect(getGoal(mine, goals[3]!)?.description).toBe('About 3');
    expect(collection(mine, 'goals').get(goals[3]!)!.get('description')).toBeInstanceOf(Y.Text);
    expect(getLogEntry(mine, entry.id)?.agenda.map((item) => item.text)).toEqual([
      'Budget',
      'Dates',
    ]);
    // The agenda is a map again, so editing an item keeps working.
    updateLogEntry(mine, entry.id, { agenda: [{ id: entry.agendaIds[0]!, text: 'Money' }] });
    expect(getLogEntry(mine, entry.id)?.agenda.map((item) => item.text)).toEqual(['Money']);
  });

  test('a field removed before the deletion stays removed', () => {
    const { mine, theirs, ids } = twoPeers(21);
    collection(mine, 'partners').get(ids[0]!)!.delete('emails');
    deliver(mine, theirs);
    const { seen } = watch(mine);
    hardDeleteAll(theirs, 'partners');
    deliver(theirs, mine);
    restoreBulkDeletion(mine, seen[0]!);
    expect(collection(mine, 'partners').get(ids[0]!)!.has('emails')).toBe(false);
  });

  test('restore never overwrites a record that exists again, and skips records it could not keep', () => {
    const { mine, theirs, ids } = twoPeers(22);
    // One record a hostile peer made unreadable before deleting everything.
    collection(theirs, 'partners').get(ids[1]!)!.set('name', 42);
    deliver(theirs, mine);
    const { seen } = watch(mine);
    hardDeleteAll(theirs, 'partners');
    deliver(theirs, mine);
    const again = new Y.Map<unknown>();
    transactLocal(mine, () => {
      collection(mine, 'partners').set(ids[0]!, again);
      again.set('name', 'Made again');
      again.set('createdAt', 1);
    });
    expect(restoreBulkDeletion(mine, seen[0]!)).toEqual({ restored: 20, skipped: 2 });
    expect(getPartner(mine, ids[0]!)?.name).toBe('Made again');
    expect(collection(mine, 'partners').has(ids[1]!)).toBe(false);
  });
});

describe('dropping originals the split layout moved to their school years', () => {
  test('is not a bulk deletion, but removing records marked in the same update still is', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const ids = Array.from(
      { length: 30 },
      (_, i) => addLogEntry(mine, { kind: 'call', date: '2024-10-01', title: `Call ${i}` }).id,
    );
    // Marked by the migration earlier (lib/model/history-split.ts), then synced.
    mine.transact(() => {
      for (const id of ids) collection(mine, 'log').get(id)!.set('movedTo', 2024);
    }, 'bridgework:migration');
    syncAll(mine, theirs);
    const { seen } = watch(mine);
    // Another peer drops them after the grace: their copies are in the 2024 doc.
    theirs.transact(() => {
      for (const id of ids) collection(theirs, 'log').delete(id);
    }, 'bridgework:migration');
    deliver(theirs, mine);
    expect(collection(mine, 'log').size).toBe(0);
    expect(seen).toHaveLength(0);

    // Marked and removed in one update: nothing says a year holds them, so it is flagged.
    const more = Array.from(
      { length: 30 },
      (_, i) => addLogEntry(mine, { kind: 'call', date: '2024-10-01', title: `Visit ${i}` }).id,
    );
    syncAll(mine, theirs);
    theirs.transact(() => {
      for (const id of more) {
        collection(theirs, 'log').get(id)!.set('movedTo', 2024);
        collection(theirs, 'log').delete(id);
      }
    }, 'webrtc');
    deliver(theirs, mine);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.total).toBe(30);
  });
});
