import * as Y from 'yjs';
import { describe, expect, test } from 'vitest';
import { readGoalProgress } from '../../../lib/model/agenda';
import { addCheckin, checkinsOf } from '../../../lib/model/checkin';
import { minutesMarkdown } from '../../../lib/model/export-markdown';
import { addGoal, deleteGoal } from '../../../lib/model/goal';
import { addLogEntry, deleteLogEntry, getLogEntry } from '../../../lib/model/log-entry';
import { agendaGoalIds, agendaGoalsOf, meetingTitle } from '../../../lib/model/meeting-checkins';

/** A meeting whose agenda has one item from a goal and one typed by hand. */
function meetingWithGoal() {
  const doc = new Y.Doc();
  const goalId = addGoal(doc, { title: 'Summer readers', metric: { unit: 'books' } });
  const { id: entryId } = addLogEntry(doc, {
    kind: 'meeting',
    title: 'Termly review',
    date: '2026-11-10T10:00',
    partnerIds: [],
    personIds: [],
    goalIds: [goalId],
    decisions: [],
    agenda: [
      { text: 'Progress on “Summer readers”', source: { kind: 'goal', id: goalId } },
      { text: 'Room bookings' },
    ],
  });
  const entry = getLogEntry(doc, entryId)!;
  return { doc, goalId, entry, goalItem: entry.agenda[0]!, plainItem: entry.agenda[1]! };
}

describe('check-ins recorded in a meeting', () => {
  test('a check-in from an agenda item joins the goal history and names the meeting and item', () => {
    const { doc, goalId, entry, goalItem } = meetingWithGoal();
    addCheckin(doc, {
      goalId,
      date: '2026-11-10',
      value: 42,
      note: 'Most classes counted',
      logEntryId: entry.id,
      agendaItemId: goalItem.id,
    });
    const [checkin] = checkinsOf(doc, goalId);
    expect(checkin).toMatchObject({
      value: 42,
      date: '2026-11-10',
      logEntryId: entry.id,
      agendaItemId: goalItem.id,
    });
  });

  test('only agenda items from a live goal are offered, each with its own check-ins', () => {
    const { doc, goalId, entry, goalItem } = meetingWithGoal();
    addCheckin(doc, {
      goalId,
      date: '2026-11-10',
      value: 42,
      logEntryId: entry.id,
      agendaItemId: goalItem.id,
    });
    // Same goal, recorded on the goal's page or in another meeting: not this meeting's.
    addCheckin(doc, { goalId, date: '2026-11-11', value: 50 });
    addCheckin(doc, {
      goalId,
      date: '2026-11-12',
      value: 55,
      logEntryId: 'other',
      agendaItemId: goalItem.id,
    });
    expect(agendaGoalIds(entry)).toEqual([goalId]);
    const goals = agendaGoalsOf(entry, readGoalProgress(doc, agendaGoalIds(entry)), (id) =>
      checkinsOf(doc, id),
    );
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({
      agendaItemId: goalItem.id,
      goalId,
      title: 'Summer readers',
      unit: 'books',
    });
    expect(goals[0]!.checkins.map((c) => c.value)).toEqual([42]);

    deleteGoal(doc, goalId, 'Sam');
    expect(
      agendaGoalsOf(entry, readGoalProgress(doc, [goalId]), (id) => checkinsOf(doc, id)),
    ).toEqual([]);
  });

  test('the goal page names the meeting until the meeting is deleted', () => {
    const { doc, entry } = meetingWithGoal();
    expect(meetingTitle(doc, entry.id)).toBe('Termly review');
    deleteLogEntry(doc, entry.id, 'Sam');
    expect(meetingTitle(doc, entry.id)).toBeUndefined();
    expect(meetingTitle(doc, 'never-existed')).toBeUndefined();
  });

  test('the minutes list a check-in under the agenda item it was recorded from', () => {
    const { entry, goalItem, plainItem } = meetingWithGoal();
    const minutes = minutesMarkdown(entry, {
      partners: [],
      people: [],
      checkins: [
        { agendaItemId: goalItem.id, text: 'Summer readers: 42 books — Most classes counted' },
      ],
    });
    const goalSection = minutes.slice(minutes.indexOf('### 1.'), minutes.indexOf('### 2.'));
    expect(goalSection).toContain('**Check-ins**');
    expect(goalSection).toContain('- Summer readers: 42 books — Most classes counted');
    const plainSection = minutes.slice(minutes.indexOf('### 2.'));
    expect(plainSection).not.toContain('Check-ins');
    expect(plainSection).toContain('No notes.');
    expect(plainItem.text).toBe('Room bookings');
  });

  test('agenda suggestions read the unit and target of a goal as addGoal stores them', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Volunteers', metric: { unit: 'people', target: 30 } });
    addCheckin(doc, { goalId, date: '2026-11-01', value: 12 });
    expect(readGoalProgress(doc, [goalId])).toEqual([
      {
        id: goalId,
        title: 'Volunteers',
        unit: 'people',
        target: 30,
        latest: { date: '2026-11-01', value: 12 },
      },
    ]);
  });
});
