import * as Y from 'yjs';

/** Origin used when a test delivers a peer's update, so nothing mistakes it for a local edit. */
export const REMOTE_ORIGIN = 'test:remote';

/** Sends each doc's missing state to every other doc until all are equal. */
export function syncAll(...docs: Y.Doc[]) {
  for (const from of docs) {
    for (const to of docs) {
      if (from === to) continue;
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE_ORIGIN);
    }
  }
}

/** A raw record map, as a peer would write it, bypassing the model. */
export function writeRawRecord(
  doc: Y.Doc,
  collectionName: string,
  id: string,
  fields: Record<string, unknown>,
): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  doc.transact(() => {
    doc.getMap(collectionName).set(id, record);
    for (const [key, value] of Object.entries(fields)) record.set(key, value);
  }, REMOTE_ORIGIN);
  return record;
}

/** Collects the updates a doc emits, to check what an action wrote. */
export function recordUpdates(doc: Y.Doc): { updates: Uint8Array[]; stop: () => void } {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  doc.on('update', listener);
  return { updates, stop: () => doc.off('update', listener) };
}

export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A small deterministic PRNG (mulberry32), for shuffles driven by a fast-check seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Simulated peers in the manner of yjs's tests/testHelper.js: every update a
 * doc emits is buffered for each other peer, and delivered later in a random
 * order, sometimes twice.
 */
export class Network {
  private readonly inboxes = new Map<Y.Doc, Uint8Array[]>();
  delivered = 0;
  dropped = 0;

  constructor(
    readonly docs: readonly Y.Doc[],
    private readonly random: () => number,
  ) {
    for (const doc of docs) {
      this.inboxes.set(doc, []);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE_ORIGIN) return;
        for (const other of docs) if (other !== doc) this.inboxes.get(other)!.push(update);
      });
    }
  }

  pending(): number {
    let count = 0;
    for (const inbox of this.inboxes.values()) count += inbox.length;
    return count;
  }

  /** Delivers up to `max` buffered updates to one peer, shuffled, some twice. */
  flushSome(doc: Y.Doc, max: number) {
    const inbox = this.inboxes.get(doc)!;
    shuffle(inbox, this.random);
    const batch = inbox.splice(0, Math.min(max, inbox.length));
    for (const update of batch) {
      Y.applyUpdate(doc, update, REMOTE_ORIGIN);
      this.delivered++;
      if (this.random() < 0.2) {
        Y.applyUpdate(doc, update, REMOTE_ORIGIN);
        this.delivered++;
      }
    }
  }

  /** Loses up to `max` of one peer's buffered updates, as a dropped connection would. */
  drop(doc: Y.Doc, max: number) {
    const inbox = this.inboxes.get(doc)!;
    shuffle(inbox, this.random);
    this.dropped += inbox.splice(0, Math.min(max, inbox.length)).length;
  }

  /**
   * What a reconnect does after drops: every peer sends every other what its state vector says
   * is missing (updates held back for a missing dependency then apply too).
   */
  resync() {
    syncAll(...this.docs);
  }

  /** Delivers everything still buffered, in random order, until no peer has mail. */
  flushAll() {
    while (this.pending() > 0) {
      for (const doc of this.docs) this.flushSome(doc, Infinity);
    }
  }
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
