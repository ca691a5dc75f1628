import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { metaMap } from '../../../lib/model/doc';
import { addPartner } from '../../../lib/model/partner';
import { listSnapshots, takeSnapshot } from '../../../lib/storage/snapshots';
import { openLocalWorkspace } from '../../../lib/sync/local-persistence';

let counter = 0;
const freshId = () => `migration-${Date.now()}-${counter++}`;

/** Opens with a snapshot before migrating, as the panel and the offscreen document do. */
const openWithSnapshot = (id: string) =>
  openLocalWorkspace(id, { beforeMigrate: (doc) => takeSnapshot(id, doc, 'migration') });

describe('a snapshot before migrations', () => {
  test('a workspace written by an older build is snapshotted, with its data, before it migrates', async () => {
    const id = freshId();
    const first = await openLocalWorkspace(id);
    addPartner(first.doc, { name: 'Riverside Public Library' });
    // An older build never recorded its migrations.
    first.doc.transact(() => metaMap(first.doc).delete('migrations'));
    await first.close();

    const again = await openWithSnapshot(id);
    const snapshots = await listSnapshots(id);
    expect(snapshots.map((s) => s.reason)).toEqual(['migration']);
    expect(snapshots[0]!.counts.partners).toBe(1);
    expect(metaMap(again.doc).has('migrations')).toBe(true);
    await again.close();

    // Nothing left to migrate: no second snapshot.
    const third = await openWithSnapshot(id);
    expect(await listSnapshots(id)).toHaveLength(1);
    await third.close();
  });

  test('a brand-new workspace has nothing to keep: no snapshot', async () => {
    const id = freshId();
    const fresh = await openWithSnapshot(id);
    expect(await listSnapshots(id)).toEqual([]);
    await fresh.close();
  });

  test('a snapshot that fails does not stop the workspace from opening', async () => {
    const id = freshId();
    const first = await openLocalWorkspace(id);
    addPartner(first.doc, { name: 'Eastside Food Bank' });
    first.doc.transact(() => metaMap(first.doc).delete('migrations'));
    await first.close();

    const opened = await openLocalWorkspace(id, {
      beforeMigrate: () => Promise.reject(new Error('disk full')),
    });
    expect(metaMap(opened.doc).has('migrations')).toBe(true);
    await opened.close();
  });
});
