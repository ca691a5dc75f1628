// The panel's copy of a shared workspace links to the offscreen document's copy over a
// BroadcastChannel (y-webrtc without signaling, lib/sync/panel-link.ts). Unpatched, y-webrtc
// broadcasts a page's whole state when it connects: for a district, megabytes encoded, encrypted
// and applied on the thread the panel and the offscreen document share, every time the panel
// opens (0.8–1.3 s). patches/y-webrtc+10.3.0.patch sends sync step 1 both ways instead, so each
// copy receives only what it lacks.
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { addPartner } from '../../../lib/model/partner';
import { linkToSyncDocument } from '../../../lib/sync/panel-link';
import { roomName } from '../../../lib/sync/invite';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function until(check: () => boolean | Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const names = (doc: Y.Doc) =>
  [...collection(doc, 'partners').values()].map((partner) => partner.get('name') as string).sort();

/** The offscreen document's copy: a y-webrtc page in a thread of its own. */
async function hubPage(state: Uint8Array, room: string, password: string) {
  const worker = new Worker(
    fileURLToPath(new URL('../../helpers/link-peer-thread.mjs', import.meta.url)),
    { workerData: { state, room, password } },
  );
  await once(worker, 'message');
  cleanups.push(async () => {
    worker.postMessage('stop');
    await once(worker, 'message');
    await worker.terminate();
  });
  return {
    state: async () => {
      worker.postMessage('state');
      const [bytes] = (await once(worker, 'message')) as [Uint8Array];
      const doc = new Y.Doc();
      Y.applyUpdate(doc, bytes);
      return doc;
    },
  };
}

test('linking the panel sends each copy what it lacks, never the whole doc', async () => {
  const share = { room: 'link-diffs', secret: 'the workspace secret' };
  const channel = new BroadcastChannel(roomName(share.room));
  const posted: number[] = [];
  channel.onmessage = (event: MessageEvent<Uint8Array>) => posted.push(event.data.byteLength);
  cleanups.push(() => channel.close());

  const stored = new Y.Doc();
  for (let i = 0; i < 2_000; i++) addPartner(stored, { name: `Partner ${i}`, tags: ['library'] });
  const docBytes = Y.encodeStateAsUpdate(stored).byteLength;
  const hubCopy = new Y.Doc();
  Y.applyUpdate(hubCopy, Y.encodeStateAsUpdate(stored));
  addPartner(hubCopy, { name: 'Written by a remote peer' });
  const hub = await hubPage(Y.encodeStateAsUpdate(hubCopy), roomName(share.room), share.secret);

  const panel = new Y.Doc();
  Y.applyUpdate(panel, Y.encodeStateAsUpdate(stored));
  addPartner(panel, { name: 'Written in the panel before it linked' });
  const link = linkToSyncDocument(panel, share);
  cleanups.push(() => link.destroy());

  await until(async () => {
    const hubNames = names(await hub.state());
    return (
      hubNames.includes('Written in the panel before it linked') &&
      names(panel).includes('Written by a remote peer')
    );
  });
  expect(names(await hub.state())).toEqual(names(panel));
  expect(posted.length).toBeGreaterThan(0);
  expect(Math.max(...posted)).toBeLessThan(docBytes / 20);

  addPartner(panel, { name: 'Written in the panel later' });
  await until(async () => names(await hub.state()).includes('Written in the panel later'));
});
