/**
 * Hostile clients against the real relay over `ws`: random binary and text frames, frames that
 * name a well-formed document with random message types and bodies, and a member gone rogue who
 * holds the right token and then sends random sync, awareness and unknown messages for the
 * shared document. After every run the relay is still up, and two well-behaved members of the
 * same workspace still exchange an edit through it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newInvite } from '../../lib/sync/invite';
import { openRelayLink, type RelayLink } from '../../lib/sync/relay-link';
import { startRelayServer, type RelayServer } from '../../lib/sync/relay-server';
import { relayCredentials } from '../../lib/sync/relay-token';
import { fuzzParams } from './fuzz-params';

let relay: RelayServer;
let dataDir = '';
const invite = newInvite();
let token = '';
let documentName = '';
const members: { doc: Y.Doc; link: RelayLink }[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bridgework-relay-fuzz-'));
  relay = await startRelayServer({ port: 0, dataDir, maxPayload: 256 * 1024 });
  ({ token, documentName } = await relayCredentials(invite.room, invite.secret));
  for (let i = 0; i < 2; i++) {
    const doc = new Y.Doc();
    const link = await openRelayLink({
      url: relay.url,
      room: invite.room,
      secret: invite.secret,
      doc,
      WebSocketPolyfill: WebSocket,
      minDelayMs: 50,
      maxDelayMs: 200,
    });
    members.push({ doc, link });
  }
});
afterAll(async () => {
  for (const member of members) member.link.destroy();
  await relay.close();
  await rm(dataDir, { recursive: true, force: true });
});

function message(name: string, type: number, body: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, type);
  encoding.writeUint8Array(encoder, body);
  return encoding.toUint8Array(encoder);
}

function authMessage(name: string, presented: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // token
  encoding.writeVarString(encoder, presented);
  return message(name, 2, encoding.toUint8Array(encoder));
}

/** A y-protocols sync message (step 1, step 2 or update) around random bytes. */
function syncBody(kind: number, bytes: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, bytes);
  return encoding.toUint8Array(encoder);
}

type Frame = { rogue: boolean; bytes: Uint8Array } | { rogue: false; text: string };

const bytes = fc.uint8Array({ maxLength: 2000 });
const name = fc.oneof(
  fc.constant(`bw-${'a'.repeat(43)}`),
  fc.constantFrom('', '../../etc/passwd', 'bw-', `bw-${'x'.repeat(5000)}`),
  fc.string({ maxLength: 60 }),
);
const frame: fc.Arbitrary<Frame> = fc.oneof(
  bytes.map((b) => ({ rogue: false as const, bytes: b })),
  fc.string({ maxLength: 200 }).map((text) => ({ rogue: false as const, text })),
  fc
    .record({ name, type: fc.integer({ min: 0, max: 300 }), body: bytes })
    .map(({ name: n, type, body }) => ({ rogue: false as const, bytes: message(n, type, body) })),
  // A member gone rogue: right token, then random messages for the shared document.
  fc
    .record({
      type: fc.constantFrom(0, 1, 3, 4, 5, 6, 7, 8, 99),
      syncKind: fc.integer({ min: 0, max: 5 }),
      body: bytes,
      wrapped: fc.boolean(),
    })
    .map(({ type, syncKind, body, wrapped }) => ({
      rogue: true as const,
      bytes: message(
        documentName,
        type,
        wrapped && (type === 0 || type === 4) ? syncBody(syncKind, body) : body,
      ),
    })),
);

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

let round = 0;
test('hostile and rogue clients never stop the relay or the members of a workspace from syncing', async () => {
  await until(() => members.every((m) => m.link.state() === 'connected'));
  await fc.assert(
    fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 8 }), async (frames) => {
      const socket = new WebSocket(relay.url);
      socket.on('error', () => {});
      await new Promise<void>((resolve) => {
        socket.once('open', () => resolve());
        socket.once('close', () => resolve());
      });
      if (frames.some((f) => f.rogue) && socket.readyState === WebSocket.OPEN)
        socket.send(authMessage(documentName, token));
      for (const f of frames) {
        if (socket.readyState !== WebSocket.OPEN) break;
        if ('text' in f) socket.send(f.text);
        else socket.send(f.bytes);
      }
      await new Promise((r) => setTimeout(r, 20));
      socket.terminate();

      // Both members still exchange an edit through the relay.
      const key = `k${round++}`;
      members[0]!.doc.getMap('fuzz').set(key, round);
      await until(() => members[1]!.doc.getMap('fuzz').get(key) === round);
    }),
    fuzzParams(40),
  );
  expect(relay.connections()).toBeGreaterThanOrEqual(2);
}, 60_000);
