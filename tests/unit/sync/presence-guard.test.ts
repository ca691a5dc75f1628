import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { createGuardedAwareness, readPeers } from '../../../lib/sync/presence';

/** An awareness update as a peer sends it: [count, (clientId, clock, JSON state)…]. */
function awarenessUpdate(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const bytes: number[] = [];
  const varUint = (value: number) => {
    while (value > 0x7f) {
      bytes.push((value & 0x7f) | 0x80);
      value = Math.floor(value / 128);
    }
    bytes.push(value);
  };
  varUint(entries.length);
  for (const entry of entries) {
    varUint(entry.clientId);
    varUint(entry.clock);
    const utf8 = new TextEncoder().encode(entry.json);
    varUint(utf8.length);
    for (const byte of utf8) bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

const deepState = `{"user":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
const friendly = JSON.stringify({ user: { name: 'Ana', colour: '#336699' } });

/** What y-webrtc does on every awareness update: re-encode the changed states for its peers. */
function relayLikeYWebrtc(awareness: Awareness): () => void {
  const relay = ({ added, updated, removed }: Record<string, number[]>) => {
    encodeAwarenessUpdate(awareness, [...added!, ...updated!, ...removed!]);
  };
  awareness.on('update', relay);
  return () => awareness.off('update', relay);
}

describe('presence from a hostile peer', () => {
  test('without the guard, a deeply nested presence state makes the relay throw', () => {
    const awareness = new Awareness(new Y.Doc());
    relayLikeYWebrtc(awareness);
    const update = awarenessUpdate([{ clientId: 7, clock: 1, json: deepState }]);
    expect(() => applyAwarenessUpdate(awareness, update, 'peer')).toThrow(RangeError);
  });

  test('a deeply nested presence state is dropped before it is relayed; others stay', () => {
    const awareness = createGuardedAwareness(new Y.Doc());
    relayLikeYWebrtc(awareness);
    const update = awarenessUpdate([
      { clientId: 7, clock: 1, json: deepState },
      { clientId: 8, clock: 1, json: friendly },
    ]);
    expect(() => applyAwarenessUpdate(awareness, update, 'peer')).not.toThrow();
    expect(awareness.getStates().has(7)).toBe(false);
    expect(readPeers(awareness).map((peer) => peer.user.name)).toEqual(['Ana']);
    // The hostile peer's next heartbeat is dropped again, and a new peer can still be sent all states.
    const again = awarenessUpdate([{ clientId: 7, clock: 2, json: deepState }]);
    expect(() => applyAwarenessUpdate(awareness, again, 'peer')).not.toThrow();
    expect(() => encodeAwarenessUpdate(awareness, [...awareness.getStates().keys()])).not.toThrow();
  });

  test('a huge but flat presence state is dropped too; the local state is never touched', () => {
    const awareness = createGuardedAwareness(new Y.Doc());
    awareness.setLocalStateField('user', { name: 'Me', colour: '#000000' });
    const huge = JSON.stringify({ user: { name: 'x'.repeat(100_000), colour: '#000000' } });
    applyAwarenessUpdate(
      awareness,
      awarenessUpdate([{ clientId: 9, clock: 1, json: huge }]),
      'peer',
    );
    expect(awareness.getStates().has(9)).toBe(false);
    expect(awareness.getLocalState()).toEqual({ user: { name: 'Me', colour: '#000000' } });
  });
});
