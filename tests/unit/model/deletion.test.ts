import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readGoalProgress, readGoalTitles } from '../../../lib/model/agenda';
import { collection } from '../../../lib/model/doc';
import {
  addFollowup,
  deleteFollowup,
  getFollowup,
  listFollowups,
  restoreFollowup,
} from '../../../lib/model/followup';
import { addGoal, deleteGoal } from '../../../lib/model/goal';
import {
  addLogEntry,
  deleteLogEntry,
  getLogEntry,
  listLogEntries,
  restoreLogEntry,
} from '../../../lib/model/log-entry';
import {
  addPartner,
  deletePartner,
  getPartner,
  listPartners,
  partnerSchema,
  restorePartner,
  updatePartner,
} from '../../../lib/model/partner';
import {
  addPerson,
  deletePerson,
  getPerson,
  listPeople,
  listPeopleOf,
  restorePerson,
} from '../../../lib/model/person';
import { parseRecord } from '../../../lib/model/records';
import { createUndoManager } from '../../../lib/model/undo';
import { summarise } from '../../../lib/reminders/summary';
import { LogView } from '../../../lib/state/log-view';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { syncAll } from '../../helpers/yjs';

function rawPartner(doc: Y.Doc, id: string) {
  return parseRecord(partnerSchema, id, collection(doc, 'partners').get(id));
}

describe('deleting a partner', () => {
  test('marks the partner and its live people with who and when, keeping every map', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Acme' });
    const ada = addPerson(doc, { name: 'Ada', partnerId: id });
    deletePartner(doc, id, 'Sam', 5000);

    expect(collection(doc, 'partners').has(id)).toBe(true);
    expect(rawPartner(doc, id)).toMatchObject({ deletedAt: 5000, deletedBy: 'Sam' });
    expect(collection(doc, 'people').get(ada)!.toJSON()).toMatchObject({
      deletedAt: 5000,
      deletedBy: 'Sam',
      deletedWith: id,
    });
    expect(getPartner(doc, id)).toBeNull();
    expect(listPartners(doc).items).toEqual([]);
    expect(listPeople(doc).items).toEqual([]);
    expect(listPeopleOf(doc, id)).toEqual([]);
  });

  test('restoring the partner brings back the people deleted with it, not one deleted earlier on its own', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Acme' });
    const earlier = addPerson(doc, { name: 'Earlier', partnerId: id });
    const withIt = addPerson(doc, { name: 'With it', partnerId: id });
    deletePerson(doc, earlier, 'Sam', 1000);
    deletePartner(doc, id, 'Kim', 2000);
    expect(collection(doc, 'people').get(earlier)!.get('deletedBy')).toBe('Sam');

    restorePartner(doc, id);
    expect(getPartner(doc, id)?.name).toBe('Acme');
    expect(listPeopleOf(doc, id).map((p) => p.id)).toEqual([withIt]);
    expect(getPerson(doc, earlier)).toBeNull();
    expect(rawPartner(doc, id)?.deletedAt).toBeUndefined();
    expect(rawPartner(doc, id)?.deletedBy).toBeUndefined();

    restorePerson(doc, earlier);
    expect(getPerson(doc, earlier)?.name).toBe('Earlier');
  });

  test('deleting twice keeps the first who and when', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Acme' });
    deletePartner(doc, id, 'First', 1);
    deletePartner(doc, id, 'Second', 2);
    expect(rawPartner(doc, id)).toMatchObject({ deletedAt: 1, deletedBy: 'First' });
  });

  test('a peer sees who deleted it and can restore it for everyone', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addPartner(a, { name: 'Acme' });
    addPerson(a, { name: 'Ada', partnerId: id });
    syncAll(a, b);
    const sessionB = new WorkspaceSession(b);
    deletePartner(a, id, 'Sam', 7000);
    syncAll(a, b);

    expect(sessionB.sortedPartners.value).toEqual([]);
    expect(sessionB.peopleByPartner.value.size).toBe(0);
    expect(sessionB.partners.get(id)).toMatchObject({ deletedBy: 'Sam', deletedAt: 7000 });
    expect(sessionB.searchPartners('acme')).toEqual([]);

    sessionB.act(() => restorePartner(b, id));
    syncAll(a, b);
    for (const doc of [a, b]) {
      expect(getPartner(doc, id)?.name).toBe('Acme');
      expect(listPeopleOf(doc, id)).toHaveLength(1);
    }
    expect(sessionB.sortedPartners.value.map((p) => p.name)).toEqual(['Acme']);
    sessionB.dispose();
  });

  test('one Undo on the deleting side brings the partner and its people back; the restore is one undo step too', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    const id = addPartner(doc, { name: 'Acme' });
    addPerson(doc, { name: 'Ada', partnerId: id });
    undo.stopCapturing();
    deletePartner(doc, id, 'Me');
    undo.stopCapturing();
    undo.undo();
    expect(getPartner(doc, id)).not.toBeNull();
    expect(listPeopleOf(doc, id)).toHaveLength(1);
    expect(rawPartner(doc, id)?.deletedAt).toBeUndefined();

    deletePartner(doc, id, 'Me');
    undo.stopCapturing();
    restorePartner(doc, id);
    undo.stopCapturing();
    undo.undo();
    expect(getPartner(doc, id)).toBeNull();
  });

  test('an edit made to a deleted partner is kept for when it is restored', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addPartner(a, { name: 'Acme' });
    syncAll(a, b);
    deletePartner(a, id, 'Sam');
    updatePartner(b, id, { description: 'Typed while it was being deleted' });
    syncAll(a, b);
    restorePartner(a, id);
    syncAll(a, b);
    expect(getPartner(b, id)?.description).toBe('Typed while it was being deleted');
  });

  test('a peer’s bogus deletion marks read as not deleted, never as a crash', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Acme' });
    collection(doc, 'partners').get(id)!.set('deletedAt', 'yesterday');
    collection(doc, 'partners').get(id)!.set('deletedBy', { evil: true });
    const partner = getPartner(doc, id)!;
    expect(partner.name).toBe('Acme');
    expect(partner.deletedAt).toBeUndefined();
    expect(partner.deletedBy).toBeUndefined();
  });
});

describe('log entries and follow-ups are soft-deleted too', () => {
  test('a deleted follow-up leaves lists and the reminders summary, and comes back on restore', () => {
    const doc = new Y.Doc();
    const id = addFollowup(doc, { text: 'Send the plan', due: '2026-01-01' });
    deleteFollowup(doc, id, 'Sam');
    expect(collection(doc, 'followups').has(id)).toBe(true);
    expect(getFollowup(doc, id)).toBeNull();
    expect(listFollowups(doc).items).toEqual([]);
    const view = new LogView(doc, { clock: () => Date.UTC(2026, 5, 1) });
    expect(view.openFollowups.value).toEqual([]);
    expect(view.overdueFollowups.value).toEqual([]);
    expect(summarise('w', view.followups.values()).followups).toEqual([]);

    restoreFollowup(doc, id);
    expect(view.overdueFollowups.value.map((f) => f.id)).toEqual([id]);
    expect(summarise('w', view.followups.values()).followups).toHaveLength(1);
    view.dispose();
  });

  test('a deleted log entry leaves the timeline, the counts and the last contact; its page still finds it', () => {
    const doc = new Y.Doc();
    const partnerId = addPartner(doc, { name: 'Acme' });
    const { id } = addLogEntry(doc, {
      kind: 'meeting',
      date: '2026-01-05',
      title: 'Kick-off',
      partnerIds: [partnerId],
    });
    const view = new LogView(doc, { clock: () => Date.UTC(2026, 0, 10) });
    expect(view.lastContactOf(partnerId)).toBe('2026-01-05');

    deleteLogEntry(doc, id, 'Sam', 1234);
    expect(getLogEntry(doc, id)).toBeNull();
    expect(listLogEntries(doc).items).toEqual([]);
    expect(view.timeline()).toEqual([]);
    expect(view.timelineOf(partnerId)).toEqual([]);
    expect(view.lastContactOf(partnerId)).toBeUndefined();
    expect(view.invalidCount).toBe(0);
    expect(view.entry(id)).toMatchObject({ title: 'Kick-off', deletedBy: 'Sam', deletedAt: 1234 });

    restoreLogEntry(doc, id);
    expect(view.timeline().map((e) => e.id)).toEqual([id]);
    expect(view.lastContactOf(partnerId)).toBe('2026-01-05');
    view.dispose();

    // A fresh view (the panel reopened) builds its index without the deleted entry.
    deleteLogEntry(doc, id, 'Sam');
    const reopened = new LogView(doc);
    expect(reopened.size).toBe(0);
    expect(reopened.invalidCount).toBe(0);
    reopened.dispose();
  });
});

describe('agenda suggestions', () => {
  test('deleted goals are not offered as linked goals nor suggested', () => {
    const doc = new Y.Doc();
    const live = addGoal(doc, { title: 'Live goal' });
    const gone = addGoal(doc, { title: 'Deleted goal' });
    deleteGoal(doc, gone, 'Sam');
    expect(readGoalTitles(doc).map((g) => g.id)).toEqual([live]);
    expect(readGoalProgress(doc, [live, gone]).map((g) => g.id)).toEqual([live]);
  });
});
