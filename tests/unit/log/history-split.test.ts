import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import {
  ABSENT,
  copyEntryInto,
  dropMovedEntries,
  droppableEntryIds,
  DROP_GRACE_MS,
  entryYear,
  forwardKey,
  isMovedRaw,
  markMoved,
  moveEntries,
  MOVED_AT_KEY,
  MOVED_KEY,
  unmovedEntryIds,
} from '../../../lib/model/history-split';
import { historyYears } from '../../../lib/model/history-years';
import { addLogEntry, listLogEntries, updateLogEntry } from '../../../lib/model/log-entry';
import { MIGRATION_ORIGIN } from '../../../lib/model/migrations';
import { createUndoManager } from '../../../lib/model/undo';
import { syncAll } from '../../helpers/yjs';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27);

function entry(doc: Y.Doc, date: string, title = 'Meeting'): string {
  return addLogEntry(doc, { kind: 'meeting', date, title, agenda: [{ text: 'Budget' }] }, NOW).id;
}

const raw = (doc: Y.Doc, id: string) => collection(doc, 'log').get(id)!;

describe('moving an entry', () => {
  test('copies it under the same id with its agenda, then marks the original (not deleted)', () => {
    const main = new Y.Doc();
    const year = new Y.Doc();
    const id = entry(main, '2025-10-02T09:30');
    const before = raw(main, id).toJSON();
    expect(isMovedRaw(raw(main, id))).toBe(false);
    expect(moveEntries(main, year, 2025, [id], NOW)).toBe(1);
    expect(raw(year, id).toJSON()).toEqual(before);
    expect(raw(year, id).get('agenda')).toBeInstanceOf(Y.Map);
    expect(raw(main, id).toJSON()).toEqual({ ...before, [MOVED_KEY]: 2025, [MOVED_AT_KEY]: NOW });
    expect(isMovedRaw(raw(main, id))).toBe(true);
    expect(historyYears(main)).toEqual([2025]);
    expect(unmovedEntryIds(main)).toEqual([]);
    // A second move does nothing.
    expect(moveEntries(main, year, 2025, [id], NOW + 1)).toBe(0);
    expect(raw(main, id).get(MOVED_AT_KEY)).toBe(NOW);
  });

  test('deep-copies nested Yjs types (text with its formatting, arrays, maps) and plain values', () => {
    const main = new Y.Doc();
    const year = new Y.Doc();
    const id = entry(main, '2025-10-02');
    const text = new Y.Text();
    const list = new Y.Array<unknown>();
    main.transact(() => {
      raw(main, id).set('text', text);
      text.insert(0, 'hello');
      text.format(0, 2, { bold: true });
      raw(main, id).set('list', list);
      list.push([1, { a: [2] }]);
      raw(main, id).set('plain', { deep: [1, { b: 2 }] });
    });
    moveEntries(main, year, 2025, [id], NOW);
    const copy = raw(year, id);
    expect((copy.get('text') as Y.Text).toDelta()).toEqual(text.toDelta());
    expect(copy.get('text')).not.toBe(text);
    expect(copy.toJSON()).toEqual({
      ...raw(main, id).toJSON(),
      movedTo: undefined,
      movedAt: undefined,
    });
  });

  test('is not an undo step', () => {
    const main = new Y.Doc();
    const year = new Y.Doc();
    const undo = createUndoManager(main);
    const yearUndo = createUndoManager(year);
    const id = entry(main, '2025-10-02');
    undo.clear();
    moveEntries(main, year, 2025, [id], NOW, MIGRATION_ORIGIN);
    expect(undo.undoStack).toHaveLength(0);
    expect(yearUndo.undoStack).toHaveLength(0);
  });

  test('a numeric movedTo is what marks a copy left behind', () => {
    const doc = new Y.Doc();
    const id = entry(doc, '2025-10-02');
    raw(doc, id).set(MOVED_KEY, 'elsewhere');
    expect(isMovedRaw(raw(doc, id))).toBe(false);
    raw(doc, id).set(MOVED_KEY, 2025);
    expect(isMovedRaw(raw(doc, id))).toBe(true);
    expect(isMovedRaw({ movedTo: 2025 })).toBe(false);
  });

  test('an entry is filed by its date, else its createdAt, else today, by the start month', () => {
    const doc = new Y.Doc();
    const id = entry(doc, '2025-08-31');
    expect(entryYear(raw(doc, id), 9, '2030-01-01')).toBe(2024);
    expect(entryYear(raw(doc, id), 1, '2030-01-01')).toBe(2025);
    raw(doc, id).set('date', '2025-13-40');
    expect(entryYear(raw(doc, id), 9, '2030-01-01')).toBe(2026);
    raw(doc, id).delete('createdAt');
    expect(entryYear(raw(doc, id), 9, '2030-01-01')).toBe(2029);
  });

  test('a run stopped between copy and mark refreshes the copy from a later-edited original', () => {
    const main = new Y.Doc();
    const year = new Y.Doc();
    const id = entry(main, '2025-10-02');
    year.transact(() => copyEntryInto(year, id, raw(main, id)));
    // Not marked, so the panel still edits the original.
    updateLogEntry(main, id, { title: 'Edited after the copy', notes: 'New notes' }, NOW + 5);
    expect(moveEntries(main, year, 2025, [id], NOW + 6)).toBe(1);
    expect(listLogEntries(year).items[0]).toMatchObject({
      title: 'Edited after the copy',
      notes: 'New notes',
    });
    // Once more, clearing the notes and renaming an agenda item, then the copy is refreshed again.
    const itemId = [...(raw(main, id).get('agenda') as Y.Map<unknown>).keys()][0]!;
    raw(main, id).delete(MOVED_KEY);
    updateLogEntry(
      main,
      id,
      { notes: undefined, agenda: [{ id: itemId, text: 'Budget 2' }] },
      NOW + 7,
    );
    moveEntries(main, year, 2025, [id], NOW + 8);
    expect(raw(year, id).has('notes')).toBe(false);
    expect(listLogEntries(year).items[0]!.agenda).toEqual([
      expect.objectContaining({ id: itemId, text: 'Budget 2' }),
    ]);
    // A copy edited later than its original keeps its values.
    const other = entry(main, '2025-10-03', 'Original');
    year.transact(() => copyEntryInto(year, other, raw(main, other)));
    updateLogEntry(year, other, { title: 'Edited copy' }, NOW + 10);
    moveEntries(main, year, 2025, [other], NOW + 11);
    expect(raw(year, other).get('title')).toBe('Edited copy');
  });

  test('markMoved keeps the first mark time', () => {
    const doc = new Y.Doc();
    const id = entry(doc, '2025-10-02');
    markMoved(raw(doc, id), 2025, NOW);
    markMoved(raw(doc, id), 2025, NOW + 1000);
    expect(raw(doc, id).get(MOVED_AT_KEY)).toBe(NOW);
  });
});

describe('forwardKey', () => {
  const maps = () => {
    const doc = new Y.Doc();
    const source = doc.getMap<unknown>('source');
    const target = doc.getMap<unknown>('target');
    return { source, target };
  };

  test('writes while the target holds the base, keeps a target changed since', () => {
    const { source, target } = maps();
    source.set('title', 'New');
    target.set('title', 'Old');
    expect(forwardKey(source, target, 'title', 'Old')).toBe(true);
    expect(target.get('title')).toBe('New');
    source.set('title', 'Newer');
    target.set('title', 'Mine');
    expect(forwardKey(source, target, 'title', 'New')).toBe(false);
    expect(target.get('title')).toBe('Mine');
  });

  test('forwards a removed key and a new key; compares arrays and objects by value', () => {
    const { source, target } = maps();
    target.set('notes', 'x');
    expect(forwardKey(source, target, 'notes', 'x')).toBe(true);
    expect(target.has('notes')).toBe(false);
    source.set('deletedAt', NOW);
    expect(forwardKey(source, target, 'deletedAt', ABSENT)).toBe(true);
    expect(target.get('deletedAt')).toBe(NOW);
    source.set('meeting', { format: 'virtual', attendeeNames: ['A'] });
    target.set('meeting', { attendeeNames: ['A'], format: 'in-person' });
    expect(
      forwardKey(source, target, 'meeting', { format: 'in-person', attendeeNames: ['A'] }),
    ).toBe(true);
    expect(target.get('meeting')).toEqual({ format: 'virtual', attendeeNames: ['A'] });
  });
});

describe('dropMovedEntries', () => {
  function marked(main: Y.Doc, at: number): string {
    const id = entry(main, '2025-10-02');
    main.transact(() => markMoved(raw(main, id), 2025, at));
    return id;
  }

  test('drops only originals marked longer ago than the grace', () => {
    const main = new Y.Doc();
    const old = marked(main, NOW - DROP_GRACE_MS - 1);
    const recent = marked(main, NOW - DROP_GRACE_MS + DAY);
    const unmarked = entry(main, '2025-10-02');
    const noTime = entry(main, '2025-10-02');
    raw(main, noTime).set(MOVED_KEY, 2025);
    expect(dropMovedEntries(main, NOW)).toBe(1);
    const log = collection(main, 'log');
    expect(log.has(old)).toBe(false);
    expect([recent, unmarked, noTime].every((id) => log.has(id))).toBe(true);
    // A shorter grace drops the recent one too.
    expect(dropMovedEntries(main, NOW, 0)).toBe(1);
    expect(log.has(recent)).toBe(false);
    expect([unmarked, noTime].every((id) => log.has(id))).toBe(true);
  });

  test('lists the droppable originals newest-written first (cheapest for Yjs to collect)', () => {
    const main = new Y.Doc();
    const first = marked(main, 0);
    const second = marked(main, 0);
    const third = marked(main, NOW);
    expect(droppableEntryIds(main, NOW)).toEqual([second, first]);
    expect(droppableEntryIds(main, NOW + DROP_GRACE_MS + 1)).toEqual([third, second, first]);
  });

  test('keeps an original whose copy is not in its year doc', () => {
    const main = new Y.Doc();
    const id = marked(main, 0);
    expect(dropMovedEntries(main, NOW, DROP_GRACE_MS, () => false)).toBe(0);
    expect(collection(main, 'log').has(id)).toBe(true);
    expect(
      dropMovedEntries(main, NOW, DROP_GRACE_MS, (seen, year) => seen === id && year === 2025),
    ).toBe(1);
  });

  test('frees the space: the encoded doc shrinks to a fraction', () => {
    const main = new Y.Doc();
    main.transact(() => {
      for (let i = 0; i < 2_000; i++) marked(main, 0);
    });
    const before = Y.encodeStateAsUpdate(main).byteLength;
    dropMovedEntries(main, NOW);
    const after = Y.encodeStateAsUpdate(main).byteLength;
    console.info(`2,000 dropped entries: ${before} bytes before, ${after} after`);
    expect(after).toBeLessThan(before / 5);
  });

  test('the trade-off: an old-layout peer’s edit reaching a dropped entry is lost', () => {
    const main = new Y.Doc();
    const id = marked(main, 0);
    const offline = new Y.Doc();
    syncAll(main, offline);
    dropMovedEntries(main, NOW);
    updateLogEntry(offline, id, { title: 'Too late' });
    syncAll(main, offline);
    expect(collection(main, 'log').has(id)).toBe(false);
    expect(collection(offline, 'log').has(id)).toBe(false);
  });
});
