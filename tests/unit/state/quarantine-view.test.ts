import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { addPartner, partnerSchema, type Partner } from '../../../lib/model/partner';
import { QuarantineView } from '../../../lib/state/quarantine-view';
import { RecordCache } from '../../../lib/state/record-cache';
import { REMOTE_ORIGIN, syncAll, writeRawRecord } from '../../helpers/yjs';

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Applies what `write` does in a peer to `doc`, as sync would. */
function peerWrites(doc: Y.Doc, write: (peer: Y.Doc) => void) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(peer);
  write(peer);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), REMOTE_ORIGIN);
}

describe('QuarantineView', () => {
  test('lists what a peer breaks and drops it when a peer fixes it', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Fine' });
    const view = new QuarantineView(doc);
    expect(view.items.value).toEqual([]);

    peerWrites(doc, (peer) => collection(peer, 'partners').get(id)!.set('name', nested(50)));
    expect(view.items.value.map((r) => [r.collection, r.id])).toEqual([['partners', id]]);

    peerWrites(doc, (peer) => collection(peer, 'partners').get(id)!.set('name', 'Fixed'));
    expect(view.items.value).toEqual([]);
    view.dispose();
  });

  test('a change re-inspects only the records it touched', () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 50; i++) addPartner(doc, { name: `P${i}` });
    const view = new QuarantineView(doc);
    const spy = vi.spyOn(partnerSchema, 'safeParse');
    peerWrites(doc, (peer) => void writeRawRecord(peer, 'goals', 'g1', { title: 1 }));
    expect(spy).not.toHaveBeenCalled();
    peerWrites(doc, (peer) => void writeRawRecord(peer, 'partners', 'p1', { name: 'One' }));
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(view.items.value.map((r) => r.id)).toEqual(['g1']);
    view.dispose();
  });

  test('partners the session has validated are not validated again: only the unreadable ones are read', async () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 40; i++) addPartner(doc, { name: `P${i}` });
    peerWrites(doc, (peer) => void writeRawRecord(peer, 'partners', 'broken', { name: [] }));
    const partners = new RecordCache<Partner>(doc, 'partners', partnerSchema, { fill: 'later' });
    await partners.fill();
    const spy = vi.spyOn(partnerSchema, 'safeParse');
    const view = new QuarantineView(doc, { chunkSize: 1000, validated: { partners } });
    await vi.waitFor(() => expect(view.ready.value).toBe(true));
    expect(view.items.value.map((r) => r.id)).toEqual(['broken']);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    // Later changes are still inspected one by one.
    peerWrites(doc, (peer) => void writeRawRecord(peer, 'partners', 'another', { name: 5 }));
    expect(view.items.value.map((r) => r.id).sort()).toEqual(['another', 'broken']);
    view.dispose();
    partners.dispose();
  });

  test('a cache not filled yet is no shortcut: every record is read', async () => {
    const doc = new Y.Doc();
    peerWrites(doc, (peer) => void writeRawRecord(peer, 'partners', 'broken', { name: [] }));
    const partners = new RecordCache<Partner>(doc, 'partners', partnerSchema, { fill: 'later' });
    const view = new QuarantineView(doc, { chunkSize: 1000, validated: { partners } });
    await vi.waitFor(() => expect(view.ready.value).toBe(true));
    expect(view.items.value.map((r) => r.id)).toEqual(['broken']);
    view.dispose();
    partners.dispose();
  });

  test('scans in slices without blocking and picks up what arrives meanwhile', async () => {
    const peer = new Y.Doc();
    for (let i = 0; i < 30; i++) addPartner(peer, { name: `P${i}` });
    writeRawRecord(peer, 'people', 'bad id', { name: 'x' });
    const doc = new Y.Doc();
    syncAll(peer, doc);
    const view = new QuarantineView(doc, { chunkSize: 7 });
    expect(view.ready.value).toBe(false);
    peerWrites(doc, (p) => void writeRawRecord(p, 'log', 'l1', { title: 'no date' }));
    await vi.waitFor(() => expect(view.ready.value).toBe(true));
    expect(view.items.value.map((r) => r.id).sort()).toEqual(['bad id', 'l1']);
    view.dispose();
  });

  test('remove deletes the record, the list follows, and a disposed view stops listening', () => {
    const doc = new Y.Doc();
    peerWrites(doc, (peer) => void writeRawRecord(peer, 'partners', 'deep', { x: nested(30) }));
    const view = new QuarantineView(doc);
    const [record] = view.items.value;
    expect(view.remove(record!)).toBe(true);
    expect(view.items.value).toEqual([]);
    view.dispose();
    peerWrites(doc, (peer) => void writeRawRecord(peer, 'partners', 'deep2', { x: nested(30) }));
    expect(view.items.value).toEqual([]);
  });

  test('exportJson carries every listed record', () => {
    const doc = new Y.Doc();
    peerWrites(doc, (peer) => {
      writeRawRecord(peer, 'partners', 'a b', { name: 'x' });
      writeRawRecord(peer, 'goals', 'g', { title: [] });
    });
    const view = new QuarantineView(doc);
    const json = JSON.parse(view.exportJson());
    expect(json.records.map((r: { id: string }) => r.id).sort()).toEqual(['a b', 'g']);
    view.dispose();
  });
});

describe('RecordCache problems', () => {
  test('keeps why each invalid record could not be read, and forgets it once fixed', () => {
    const doc = new Y.Doc();
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema);
    peerWrites(doc, (peer) => void writeRawRecord(peer, 'partners', 'p1', { name: nested(40) }));
    expect(cache.invalidCount).toBe(1);
    expect(cache.problemOf('p1')).toMatch(/nested more than/);
    peerWrites(doc, (peer) => collection(peer, 'partners').get('p1')!.set('name', 'Fixed'));
    expect(cache.problemOf('p1')).toBeUndefined();
    expect(cache.get('p1')?.name).toBe('Fixed');
    cache.dispose();
  });
});
