import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { addPerson } from '../../../lib/model/person';
import {
  listSnapshots,
  readSnapshotUpdate,
  RETENTION,
  snapshotsToKeep,
  takeDailySnapshotIfDue,
  takeSnapshot,
  deleteSnapshotsOf,
} from '../../../lib/storage/snapshots';

let counter = 0;
/** fake-indexeddb keeps its databases for the whole file: one workspace id per test. */
const freshId = () => `ws-${Date.now()}-${counter++}`;

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 27, 12);

describe('snapshot retention (pure)', () => {
  const snap = (id: string, ageMs: number, bytes = 10) => ({ id, at: NOW - ageMs, bytes });

  test('keeps every snapshot of the last 7 days while they fit the budget', () => {
    const recent = Array.from({ length: 20 }, (_, i) => snap(`r${i}`, i * (DAY / 3)));
    expect(snapshotsToKeep(recent, NOW)).toEqual(new Set(recent.map((s) => s.id)));
  });

  test('keeps only the newest snapshot of each older week', () => {
    const older = [
      snap('w1-new', 8 * DAY),
      snap('w1-old', 9 * DAY),
      snap('w1-oldest', 13 * DAY),
      snap('w2', 15 * DAY),
      snap('w3-new', 22 * DAY),
      snap('w3-old', 23 * DAY),
    ];
    expect(snapshotsToKeep(older, NOW)).toEqual(new Set(['w1-new', 'w2', 'w3-new']));
  });

  test('drops weekly snapshots older than the weekly window', () => {
    const old = [snap('recent', DAY), snap('too-old', (RETENTION.weeklyFor * 7 + 1) * DAY)];
    expect(snapshotsToKeep(old, NOW)).toEqual(new Set(['recent']));
  });

  test('stops at the first snapshot that does not fit the budget, dropping all older ones', () => {
    const rule = { ...RETENTION, budgetBytes: 100 };
    const list = [
      snap('a', 1000, 40),
      snap('b', 2000, 40),
      snap('c', 3000, 40),
      snap('d', 4000, 1),
    ];
    expect(snapshotsToKeep(list, NOW, rule)).toEqual(new Set(['a', 'b']));
  });

  test('always keeps the newest snapshot, even when it alone is over budget', () => {
    const rule = { ...RETENTION, budgetBytes: 100 };
    expect(snapshotsToKeep([snap('big', 10, 500), snap('small', 20, 1)], NOW, rule)).toEqual(
      new Set(['big']),
    );
  });

  test('ordering of the input does not matter', () => {
    const list = [snap('old', 10 * DAY), snap('new', DAY), snap('mid', 3 * DAY)];
    expect(snapshotsToKeep([...list].reverse(), NOW)).toEqual(snapshotsToKeep(list, NOW));
  });
});

describe('snapshots in IndexedDB', () => {
  test('a snapshot stores the whole doc and counts live records per collection', async () => {
    const workspaceId = freshId();
    const doc = new Y.Doc();
    const a = addPartner(doc, { name: 'Library' });
    addPartner(doc, { name: 'Museum' });
    addPerson(doc, { name: 'Ada', partnerId: a });

    const info = await takeSnapshot(workspaceId, doc, 'manual', NOW);
    expect(info).toMatchObject({ workspaceId, reason: 'manual', at: NOW });
    expect(info!.counts.partners).toBe(2);
    expect(info!.counts.people).toBe(1);
    expect(info!.counts.goals).toBe(0);
    expect(info!.bytes).toBe(Y.encodeStateAsUpdate(doc).byteLength);

    expect(await listSnapshots(workspaceId)).toEqual([info]);
    const update = await readSnapshotUpdate(info!.id);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update!);
    expect(listPartners(copy)).toEqual(listPartners(doc));
  });

  test('soft-deleted records are not counted', async () => {
    const doc = new Y.Doc();
    addPartner(doc, { name: 'Kept' });
    const goals = doc.getMap('goals');
    const gone = new Y.Map();
    gone.set('title', 'Gone');
    gone.set('deletedAt', NOW);
    goals.set('g1', gone);
    const info = await takeSnapshot(freshId(), doc, 'manual', NOW);
    expect(info!.counts).toMatchObject({ partners: 1, goals: 0 });
  });

  test('lists only the asked workspace, newest first', async () => {
    const first = freshId();
    const second = freshId();
    const doc = new Y.Doc();
    const older = await takeSnapshot(first, doc, 'daily', NOW - 1000);
    const newer = await takeSnapshot(first, doc, 'import', NOW);
    await takeSnapshot(second, doc, 'daily', NOW);
    expect((await listSnapshots(first)).map((s) => s.id)).toEqual([newer!.id, older!.id]);
  });

  test('taking a snapshot prunes by the retention rule', async () => {
    const workspaceId = freshId();
    const doc = new Y.Doc();
    await takeSnapshot(workspaceId, doc, 'daily', NOW - 9 * DAY);
    const weekly = await takeSnapshot(workspaceId, doc, 'daily', NOW - 8 * DAY);
    const recent = await takeSnapshot(workspaceId, doc, 'daily', NOW);
    const ids = (await listSnapshots(workspaceId)).map((s) => s.id);
    expect(ids).toEqual([recent!.id, weekly!.id]);
  });

  test('a daily snapshot is taken only when the newest is older than a day', async () => {
    const workspaceId = freshId();
    const doc = new Y.Doc();
    expect(await takeDailySnapshotIfDue(workspaceId, doc, NOW)).not.toBeNull();
    expect(await takeDailySnapshotIfDue(workspaceId, doc, NOW + DAY - 1)).toBeNull();
    expect(await takeDailySnapshotIfDue(workspaceId, doc, NOW + DAY)).not.toBeNull();
    expect(await listSnapshots(workspaceId)).toHaveLength(2);
  });

  test('a storage failure resolves null with a warning instead of throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new Error('disk on fire');
    });
    try {
      expect(await takeSnapshot(freshId(), new Y.Doc(), 'import')).toBeNull();
      expect(warn).toHaveBeenCalled();
    } finally {
      open.mockRestore();
      warn.mockRestore();
    }
  });

  test('deleting a workspace’s snapshots leaves other workspaces’ alone', async () => {
    const gone = freshId();
    const kept = freshId();
    const doc = new Y.Doc();
    await takeSnapshot(gone, doc, 'daily', NOW);
    await takeSnapshot(kept, doc, 'daily', NOW);
    await deleteSnapshotsOf(gone);
    expect(await listSnapshots(gone)).toEqual([]);
    expect(await listSnapshots(kept)).toHaveLength(1);
  });
});
