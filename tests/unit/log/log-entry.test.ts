import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import {
  addFollowup,
  getFollowup,
  setFollowupDone,
  updateFollowup,
} from '../../../lib/model/followup';
import {
  addLogEntry,
  getLogEntry,
  isValidLocalDate,
  listLogEntries,
  updateAgendaItem,
  updateLogEntry,
} from '../../../lib/model/log-entry';
import { createUndoManager } from '../../../lib/model/undo';
import { syncAll, writeRawRecord } from '../../helpers/yjs';

describe('log entries', () => {
  test('an entry with an agenda round-trips, agenda in order', () => {
    const doc = new Y.Doc();
    const { id, agendaIds } = addLogEntry(
      doc,
      {
        kind: 'meeting',
        date: '2026-11-23T10:00',
        title: 'Termly review',
        partnerIds: ['p1', 'p1', 'p2'],
        notes: ' Good meeting. ',
        meeting: {
          format: 'hybrid',
          location: 'Room 4',
          attendeeNames: ['Sam'],
          durationMinutes: 45,
        },
        agenda: [
          { text: 'Reading buddies' },
          { text: '  ' },
          { text: 'Summer fair', decisions: ['Yes'] },
        ],
      },
      1000,
    );
    expect(agendaIds).toHaveLength(2);
    const entry = getLogEntry(doc, id)!;
    expect(entry).toMatchObject({
      kind: 'meeting',
      title: 'Termly review',
      partnerIds: ['p1', 'p2'],
      notes: 'Good meeting.',
      createdAt: 1000,
      meeting: {
        format: 'hybrid',
        location: 'Room 4',
        attendeeNames: ['Sam'],
        durationMinutes: 45,
      },
    });
    expect(entry.agenda.map((i) => i.text)).toEqual(['Reading buddies', 'Summer fair']);
    expect(entry.agenda[1]!.decisions).toEqual(['Yes']);
  });

  test('dates: day only or local date-time, nothing else', () => {
    expect(isValidLocalDate('2026-11-23')).toBe(true);
    expect(isValidLocalDate('2026-11-23T09:30')).toBe(true);
    expect(isValidLocalDate('2026-11-31')).toBe(false);
    expect(isValidLocalDate('2026-11-23T25:00')).toBe(false);
    expect(() =>
      addLogEntry(new Y.Doc(), { kind: 'call', date: 'tomorrow', title: 'x' }),
    ).toThrow();
  });

  test('a peer’s broken fields fall back; a broken entry is skipped, not fatal', () => {
    const doc = new Y.Doc();
    writeRawRecord(doc, 'log', 'a', {
      kind: 'party',
      date: '2026-01-02',
      title: 'Ok',
      partnerIds: 'x',
    });
    writeRawRecord(doc, 'log', 'b', { kind: 'call', date: 42, title: 'Bad date' });
    const { items, invalid } = listLogEntries(doc);
    expect(invalid).toBe(1);
    expect(items[0]).toMatchObject({ id: 'a', kind: 'note', partnerIds: [], agenda: [] });
  });

  test('editing keeps agenda item maps, so concurrent minutes on two items both survive', () => {
    const a = new Y.Doc();
    const { id, agendaIds } = addLogEntry(a, {
      kind: 'meeting',
      date: '2026-11-23',
      title: 'Review',
      agenda: [{ text: 'One' }, { text: 'Two' }],
    });
    const b = new Y.Doc();
    syncAll(a, b);
    updateAgendaItem(a, id, agendaIds[0]!, { notes: 'Notes from A' });
    updateAgendaItem(b, id, agendaIds[1]!, { notes: 'Notes from B', decisions: ['Go'] });
    updateLogEntry(b, id, { title: 'Review (edited)' });
    syncAll(a, b);
    for (const doc of [a, b]) {
      const entry = getLogEntry(doc, id)!;
      expect(entry.title).toBe('Review (edited)');
      expect(entry.agenda.map((i) => i.notes)).toEqual(['Notes from A', 'Notes from B']);
    }
  });

  test('update appends new items after existing ones and removes dropped ones', () => {
    const doc = new Y.Doc();
    const { id, agendaIds } = addLogEntry(doc, {
      kind: 'meeting',
      date: '2026-11-23',
      title: 'Review',
      agenda: [{ text: 'One' }, { text: 'Two' }],
    });
    const itemMap = (collection(doc, 'log').get(id)!.get('agenda') as Y.Map<unknown>).get(
      agendaIds[1]!,
    );
    updateLogEntry(doc, id, {
      agenda: [{ id: agendaIds[1]!, text: 'Two (edited)' }, { text: 'Three' }],
    });
    const entry = getLogEntry(doc, id)!;
    expect(entry.agenda.map((i) => i.text)).toEqual(['Two (edited)', 'Three']);
    expect(
      (collection(doc, 'log').get(id)!.get('agenda') as Y.Map<unknown>).get(agendaIds[1]!),
    ).toBe(itemMap);
  });

  test('saving an entry with its agenda is one undo step', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    addLogEntry(doc, {
      kind: 'meeting',
      date: '2026-11-23',
      title: 'R',
      agenda: [{ text: 'One' }],
    });
    undo.undo();
    expect(collection(doc, 'log').size).toBe(0);
  });
});

describe('follow-ups', () => {
  test('add, edit, done, undone', () => {
    const doc = new Y.Doc();
    const id = addFollowup(
      doc,
      { text: ' Send the MOU ', due: '2026-11-30', assigneeName: 'Sam' },
      5,
    );
    expect(getFollowup(doc, id)).toMatchObject({
      text: 'Send the MOU',
      done: false,
      due: '2026-11-30',
    });
    updateFollowup(doc, id, { due: '' });
    expect(getFollowup(doc, id)!.due).toBeUndefined();
    expect(() => updateFollowup(doc, id, { due: '2026-02-30' })).toThrow();
    setFollowupDone(doc, id, true, 99);
    expect(getFollowup(doc, id)).toMatchObject({ done: true, doneAt: 99 });
    setFollowupDone(doc, id, false);
    expect(getFollowup(doc, id)!.doneAt).toBeUndefined();
  });
});
