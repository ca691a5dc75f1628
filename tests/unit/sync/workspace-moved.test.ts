import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { metaMap } from '../../../lib/model/doc';
import {
  clearWorkspaceMoved,
  markWorkspaceMoved,
  movedNotice,
} from '../../../lib/sync/workspace-moved';

function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('the "workspace moved" notice', () => {
  test('members left in the old room see it; the same doc in the new room does not', () => {
    const mover = new Y.Doc();
    const stayedBehind = new Y.Doc();
    sync(mover, stayedBehind);
    markWorkspaceMoved(mover, 'old-room', 'Ada', 1_700_000_000_000);
    sync(mover, stayedBehind);
    expect(movedNotice(stayedBehind, 'old-room')).toEqual({ at: 1_700_000_000_000, by: 'Ada' });

    // The mover's doc goes on, notice and all, into the new room; who joins there is not moved.
    const follower = new Y.Doc();
    sync(mover, follower);
    expect(movedNotice(follower, 'new-room')).toBeNull();
    expect(movedNotice(mover, 'new-room')).toBeNull();
  });

  test('a second rotation leaves a notice for each room, and two at once both survive', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    markWorkspaceMoved(a, 'room-1', 'Ada', 1);
    markWorkspaceMoved(b, 'room-2', 'Ben', 2);
    sync(a, b);
    sync(b, a);
    for (const doc of [a, b]) {
      expect(movedNotice(doc, 'room-1')).toEqual({ at: 1, by: 'Ada' });
      expect(movedNotice(doc, 'room-2')).toEqual({ at: 2, by: 'Ben' });
      expect(movedNotice(doc, 'room-3')).toBeNull();
    }
  });

  test('the notice carries no invite, only when and who', () => {
    const doc = new Y.Doc();
    markWorkspaceMoved(doc, 'old-room', 'Ada', 5);
    expect(metaMap(doc).toJSON()).toEqual({ 'movedFrom:old-room': { at: 5, by: 'Ada' } });
  });

  test.each([
    ['a string', 'moved'],
    ['no time', { by: 'Ada' }],
    ['a time that is not a number', { at: '5', by: 'Ada' }],
    ['an infinite time', { at: Infinity }],
    ['a negative time', { at: -1 }],
    ['an array', [1, 2]],
    ['null', null],
  ])('a peer’s malformed notice (%s) is ignored', (_label, value) => {
    const doc = new Y.Doc();
    metaMap(doc).set('movedFrom:r', value);
    expect(movedNotice(doc, 'r')).toBeNull();
  });

  test('a peer’s name is shown as one bounded line of plain text', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('movedFrom:r', { at: 1, by: `Eve\n\u0000<b>x</b>${'y'.repeat(500)}` });
    const notice = movedNotice(doc, 'r');
    expect(notice?.by).toMatch(/^Eve <b>x<\/b>y+$/);
    expect(notice!.by!.length).toBe(80);
    metaMap(doc).set('movedFrom:r', { at: 1, by: { evil: true } });
    expect(movedNotice(doc, 'r')).toEqual({ at: 1, by: null });
  });

  test('a move that did not happen can be taken back', () => {
    const doc = new Y.Doc();
    markWorkspaceMoved(doc, 'r', 'Ada');
    clearWorkspaceMoved(doc, 'r');
    expect(movedNotice(doc, 'r')).toBeNull();
  });

  test('no room (a personal workspace) never shows a notice', () => {
    const doc = new Y.Doc();
    markWorkspaceMoved(doc, 'r', 'Ada');
    expect(movedNotice(doc, undefined)).toBeNull();
  });
});
