import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { backupText, createBackup, toBase64 } from '../../../lib/model/backup';
import { collection } from '../../../lib/model/doc';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { createUndoManager } from '../../../lib/model/undo';
import {
  countsText,
  restoreSummaryText,
  snapshotRow,
  SnapshotsView,
} from '../../../lib/state/snapshots-view';
import { listSnapshots, takeSnapshot, type SnapshotInfo } from '../../../lib/storage/snapshots';

let counter = 0;
const freshId = () => `view-${Date.now()}-${counter++}`;

const deleteAllPartners = (doc: Y.Doc) =>
  doc.transact(() => {
    const partners = collection(doc, 'partners');
    for (const id of [...partners.keys()]) partners.delete(id);
  }, 'test:remote');

const partnerNames = (doc: Y.Doc) =>
  listPartners(doc)
    .items.map((p) => p.name)
    .sort();

describe('snapshot rows', () => {
  test('the summary sentence says what happened', () => {
    expect(restoreSummaryText({ reinserted: 2, undeleted: 1, updated: 0, skipped: 1 })).toBe(
      'Restored: 2 records brought back, 1 record undeleted. 1 unreadable record left out.',
    );
    expect(restoreSummaryText({ reinserted: 0, undeleted: 0, updated: 0, skipped: 0 })).toMatch(
      /Nothing to restore/,
    );
  });

  test('say when, why, how big and what is in it', () => {
    const row = snapshotRow({
      id: 's1',
      workspaceId: 'w',
      at: Date.UTC(2026, 0, 5, 9, 30),
      reason: 'restore',
      bytes: 2048,
      counts: { partners: 12, people: 1, goals: 0 } as SnapshotInfo['counts'],
    });
    expect(row).toMatchObject({
      why: 'Before a restore',
      size: '2 kB',
      counts: '12 partners, 1 person',
      isoTime: '2026-01-05T09:30:00.000Z',
    });
    expect(row.when).toMatch(/Jan [45], 2026/);
  });

  test('an empty snapshot says so, sizes scale', () => {
    expect(countsText({} as SnapshotInfo['counts'])).toBe('Empty');
    const sized = (bytes: number) =>
      snapshotRow({
        id: 's',
        workspaceId: 'w',
        at: 0,
        reason: 'daily',
        bytes,
        counts: {} as SnapshotInfo['counts'],
      }).size;
    expect(sized(512)).toBe('512\u00a0B');
    expect(sized(3_000_000)).toBe('3 MB');
  });
});

describe('the snapshots view model', () => {
  test('restore takes a safety snapshot first, then brings deleted partners back', async () => {
    const workspaceId = freshId();
    const doc = new Y.Doc();
    addPartner(doc, { name: 'Library' });
    addPartner(doc, { name: 'Museum' });
    const view = new SnapshotsView(workspaceId, doc, 'Mine');
    expect((await view.takeNow()).ok).toBe(true);
    const [taken] = view.rows.value!;
    deleteAllPartners(doc);

    const outcome = await view.restore(taken!.id);
    expect(outcome).toEqual({ ok: true, message: 'Restored: 2 records brought back.' });
    expect(partnerNames(doc)).toEqual(['Library', 'Museum']);
    const stored = await listSnapshots(workspaceId);
    expect(stored.map((s) => s.reason)).toEqual(['restore', 'manual']);
    expect(stored[0]!.counts.partners).toBe(0);
    expect(view.rows.value).toHaveLength(2);
  });

  test('a restore is one Undo step of its own', async () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    const view = new SnapshotsView(freshId(), doc, 'Mine', () => undo.stopCapturing());
    addPartner(doc, { name: 'Library' });
    await view.takeNow();
    deleteAllPartners(doc);
    addPartner(doc, { name: 'Typed just before' });
    await view.restore(view.rows.value![0]!.id);
    undo.undo();
    expect(partnerNames(doc)).toEqual(['Typed just before']);
  });

  test('a snapshot that is gone changes nothing and says so', async () => {
    const doc = new Y.Doc();
    addPartner(doc, { name: 'Kept' });
    const view = new SnapshotsView(freshId(), doc, 'Mine');
    const before = Y.encodeStateAsUpdate(doc);
    expect(await view.restore('no-such-snapshot')).toEqual({
      ok: false,
      message: expect.stringMatching(/could not be read. Nothing changed/),
    });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  test('a backup made here restores into a workspace a peer emptied', async () => {
    const doc = new Y.Doc();
    addPartner(doc, { name: 'Library' });
    const view = new SnapshotsView(freshId(), doc, 'Riverside');
    const file = await view.backup(new Date(2026, 2, 1));
    expect(file.fileName).toBe('bridgework-riverside-2026-03-01.bridgework.json');
    expect(view.checkBackup(file.text)).toMatchObject({ ok: true, name: 'Riverside' });
    deleteAllPartners(doc);

    expect(await view.restoreBackup(file.text)).toMatchObject({ ok: true });
    expect(partnerNames(doc)).toEqual(['Library']);
  });

  test('a broken backup file is refused with a message and changes nothing', async () => {
    const workspaceId = freshId();
    const doc = new Y.Doc();
    addPartner(doc, { name: 'Kept' });
    const view = new SnapshotsView(workspaceId, doc, 'Mine');
    const broken = backupText({
      ...createBackup(doc, 'x'),
      update: toBase64(new Uint8Array([1, 200, 3, 4, 5])),
    });
    const before = Y.encodeStateAsUpdate(doc);
    for (const text of ['not json', broken]) {
      expect(view.checkBackup(text)).toMatchObject({ ok: false });
      expect(await view.restoreBackup(text)).toEqual({
        ok: false,
        message: expect.stringMatching(/Nothing changed\.$/),
      });
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(await listSnapshots(workspaceId)).toEqual([]);
  });

  test('lists only this workspace’s snapshots, newest first', async () => {
    const workspaceId = freshId();
    const doc = new Y.Doc();
    await takeSnapshot(workspaceId, doc, 'daily', Date.now() - 5000);
    await takeSnapshot(workspaceId, doc, 'import', Date.now());
    await takeSnapshot(freshId(), doc, 'daily');
    const view = new SnapshotsView(workspaceId, doc, 'Mine');
    await view.refresh();
    expect(view.rows.value!.map((r) => r.why)).toEqual(['Before an import', 'Daily']);
  });
});
