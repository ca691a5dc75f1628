import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { entryToForm, formToLogEntry, withAllDay } from '../../../components/log/log-form-values';
import { addGoal, deleteGoal, updateGoal } from '../../../lib/model/goal';
import { addLogEntry, getLogEntry, type LogEntry } from '../../../lib/model/log-entry';
import { LogView } from '../../../lib/state/log-view';

const MEETING: LogEntry = {
  id: 'e1',
  kind: 'meeting',
  title: 'Planning meeting',
  date: '2026-11-23T10:00',
  notes: 'Rooms booked.',
  decisions: ['Start in June', 'Two sites'],
  partnerIds: ['p1', 'p2'],
  personIds: ['ada'],
  goalIds: ['g1'],
  meeting: {
    format: 'hybrid',
    location: 'Room 4',
    attendeeNames: ['Kim', 'Lee'],
    durationMinutes: 90,
  },
  agenda: [
    {
      id: 'a1',
      text: 'Dates',
      notes: 'June suits both.',
      decisions: ['1 June'],
      source: { kind: 'followup', id: 'f1' },
    },
    { id: 'a2', text: 'Budget', notes: undefined, decisions: [], source: undefined },
  ],
  sourceUrl: 'https://example.org/minutes',
  createdAt: 1,
};

describe('log form values', () => {
  test('an entry survives the round trip through the form', () => {
    const result = formToLogEntry(entryToForm(MEETING));
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'meeting',
        title: 'Planning meeting',
        date: '2026-11-23T10:00',
        notes: 'Rooms booked.',
        decisions: ['Start in June', 'Two sites'],
        partnerIds: ['p1', 'p2'],
        personIds: ['ada'],
        goalIds: ['g1'],
        sourceUrl: 'https://example.org/minutes',
        meeting: MEETING.meeting,
        agenda: [
          {
            id: 'a1',
            text: 'Dates',
            notes: 'June suits both.',
            decisions: ['1 June'],
            source: { kind: 'followup', id: 'f1' },
          },
          { id: 'a2', text: 'Budget', notes: '', decisions: [], source: undefined },
        ],
      },
    });
  });

  test('saving what the form gives back leaves a stored entry unchanged', () => {
    const doc = new Y.Doc();
    const { id } = addLogEntry(doc, { ...MEETING, agenda: MEETING.agenda });
    const stored = getLogEntry(doc, id)!;
    const result = formToLogEntry(entryToForm(stored));
    if (!result.ok) throw new Error('the stored entry did not validate');
    const again = addLogEntry(doc, result.value);
    const copy = getLogEntry(doc, again.id)!;
    const strip = ({ id: _id, createdAt: _c, updatedAt: _u, agenda, ...rest }: LogEntry) => ({
      ...rest,
      agenda: agenda.map(({ id: _a, ...item }) => item),
    });
    expect(strip(copy)).toEqual(strip(stored));
  });

  test('a new entry starts as a meeting now, and a prefill is kept', () => {
    const values = entryToForm(
      { kind: 'call', partnerIds: ['p1'] },
      new Date(2026, 10, 23, 9, 5).getTime(),
    );
    expect(values).toMatchObject({
      kind: 'call',
      date: '2026-11-23T09:05',
      allDay: false,
      partnerIds: ['p1'],
    });
    expect(entryToForm({}).kind).toBe('meeting');
  });

  test('a missing title and a bad date are both reported, and nothing is returned', () => {
    const values = { ...entryToForm(MEETING), title: '  ', date: '2026-02-30T10:00' };
    expect(formToLogEntry(values)).toEqual({
      ok: false,
      errors: { title: 'Give the entry a title.', date: 'Enter a date and time.' },
    });
    expect(formToLogEntry({ ...values, allDay: true, date: '' })).toMatchObject({
      errors: { date: 'Enter a date.' },
    });
  });

  test('a title, location or notes longer than the model keeps is refused, not cut', () => {
    const values = {
      ...entryToForm(MEETING),
      title: 't'.repeat(5000),
      location: 'l'.repeat(2049),
      notes: 'n'.repeat(20_001),
    };
    expect(formToLogEntry(values)).toEqual({
      ok: false,
      errors: {
        title: 'This is 5,000 characters; keep it to 300 or fewer.',
        location: 'This is 2,049 characters; keep it to 2,048 or fewer.',
        notes: 'This is 20,001 characters; keep it to 20,000 or fewer.',
      },
    });
    const fits = formToLogEntry({ ...values, title: 't'.repeat(300), location: '', notes: '' });
    expect(fits.ok && fits.value.title).toBe('t'.repeat(300));
  });

  test('only meetings keep meeting details and agenda', () => {
    const result = formToLogEntry({ ...entryToForm(MEETING), kind: 'call' });
    expect(result).toMatchObject({ ok: true, value: { meeting: undefined, agenda: [] } });
  });

  test('a duration out of range falls back or is capped', () => {
    const minutes = (duration: string) => {
      const result = formToLogEntry({ ...entryToForm(MEETING), duration });
      return result.ok ? result.value.meeting?.durationMinutes : undefined;
    };
    expect(minutes('abc')).toBe(60);
    expect(minutes('2')).toBe(60);
    expect(minutes('5000')).toBe(1440);
  });

  test('people no longer shown (their partner was removed) are dropped', () => {
    const result = formToLogEntry(entryToForm(MEETING), []);
    expect(result).toMatchObject({ ok: true, value: { personIds: [] } });
  });

  test('All day keeps the day, and a time comes back as 09:00', () => {
    const allDay = withAllDay(entryToForm(MEETING), true);
    expect(allDay).toMatchObject({ allDay: true, date: '2026-11-23' });
    expect(withAllDay(allDay, false)).toMatchObject({ allDay: false, date: '2026-11-23T09:00' });
  });
});

describe('goals offered as "Linked goals"', () => {
  test('follow the goals: a deleted goal leaves the list, a renamed one is renamed', () => {
    const doc = new Y.Doc();
    const view = new LogView(doc, { clock: () => Date.UTC(2026, 10, 23) });
    const kept = addGoal(doc, { title: 'Summer readers' });
    const deleted = addGoal(doc, { title: 'Mentoring hours' });
    expect(view.goalChoices.value.map((g) => g.title)).toEqual([
      'Mentoring hours',
      'Summer readers',
    ]);
    deleteGoal(doc, deleted, 'Sam');
    expect(view.goalChoices.value.map((g) => g.id)).toEqual([kept]);
    updateGoal(doc, kept, { title: 'Summer readers 2027' });
    expect(view.goalChoices.value.map((g) => g.title)).toEqual(['Summer readers 2027']);
    view.dispose();
  });
});
