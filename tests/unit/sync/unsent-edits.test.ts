import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';

// wxt/utils/storage reads `globalThis.chrome` on import: the modules are imported after this.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let sync: typeof import('../../../lib/storage/sync-settings');
let edits: typeof import('../../../lib/state/local-edits');
let model: typeof import('../../../lib/model/doc');

beforeAll(async () => {
  sync = await import('../../../lib/storage/sync-settings');
  edits = await import('../../../lib/state/local-edits');
  model = await import('../../../lib/model/doc');
});
beforeEach(() => fakeBrowser.reset());

describe('edits no peer has yet', () => {
  test('an edit newer than the last exchange is unsent; older or none is not', () => {
    expect(sync.hasUnsentEdits(null, null)).toBe(false);
    expect(sync.hasUnsentEdits(null, 5)).toBe(false);
    expect(sync.hasUnsentEdits(5, null)).toBe(true);
    expect(sync.hasUnsentEdits(10, 5)).toBe(true);
    expect(sync.hasUnsentEdits(5, 10)).toBe(false);
  });

  test('edits made here count; updates read from disk or sent by a peer do not', async () => {
    const doc = new Y.Doc();
    const fromDisk = { persistence: 'db' };
    // y-webrtc applies a peer's update with its room object as origin.
    const peerRoom = { bcConns: new Set(), webrtcConns: new Map() };
    let clock = 100;
    const tracker = new edits.LocalEdits('ws-1', doc, fromDisk, () => clock);
    doc.transact(() => doc.getMap('partners').set('a', 1), fromDisk);
    doc.transact(() => doc.getMap('partners').set('b', 1), peerRoom);
    expect(tracker.last.value).toBeNull();
    clock = 200;
    model.transactLocal(doc, () => doc.getMap('partners').set('c', 1));
    expect(tracker.last.value).toBe(200);
    clock = 300;
    doc.transact(() => doc.getMap('partners').set('d', 1), peerRoom);
    expect(tracker.last.value).toBe(200);
    tracker.dispose();
    await tracker.flush();
    expect(await sync.localEditItem.getValue()).toEqual({ 'ws-1': 200 });
  });

  test('a panel opened later still knows the last edit made before', async () => {
    await sync.recordLocalEdit('ws-2', 1234);
    const tracker = new edits.LocalEdits('ws-2', new Y.Doc(), {});
    await expect.poll(() => tracker.last.value).toBe(1234);
    tracker.dispose();
  });

  test('recording never moves the time backwards', async () => {
    await sync.recordLocalEdit('ws-3', 50);
    await sync.recordLocalEdit('ws-3', 20);
    expect(await sync.localEditItem.getValue()).toEqual({ 'ws-3': 50 });
  });
});
