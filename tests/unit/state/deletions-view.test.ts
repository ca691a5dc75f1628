import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection, transactLocal } from '../../../lib/model/doc';
import { addFollowup, deleteFollowup } from '../../../lib/model/followup';
import { addGoal, deleteGoal } from '../../../lib/model/goal';
import { addPartner, deletePartner, getPartner, listPartners } from '../../../lib/model/partner';
import { addPerson, deletePerson, listPeople } from '../../../lib/model/person';
import { DeletionsView } from '../../../lib/state/deletions-view';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { syncAll } from '../../helpers/yjs';

describe('Recently deleted', () => {
  test('lists soft-deleted records of every collection, newest first, with who and when', () => {
    const doc = new Y.Doc();
    const partner = addPartner(doc, { name: 'Acme' });
    const person = addPerson(doc, { name: 'Lee' });
    const goal = addGoal(doc, { title: 'Reading' });
    const followup = addFollowup(doc, { text: 'Call back' });
    const view = new DeletionsView(doc);
    expect(view.recentlyDeleted.value).toEqual([]);

    deletePerson(doc, person, 'Ann', 100);
    deleteGoal(doc, goal, 'Bo', 300);
    deleteFollowup(doc, followup, undefined, 200);
    deletePartner(doc, partner, 'Cy', 400);
    expect(
      view.recentlyDeleted.value.map((r) => [r.title, r.kind, r.deletedBy, r.deletedAt]),
    ).toEqual([
      ['Acme', 'partner', 'Cy', 400],
      ['Reading', 'goal', 'Bo', 300],
      ['Call back', 'follow-up', undefined, 200],
      ['Lee', 'person', 'Ann', 100],
    ]);
    view.dispose();
  });

  test('restoring one record removes it from the list and restores what went with it', () => {
    const doc = new Y.Doc();
    const partner = addPartner(doc, { name: 'Acme' });
    addPerson(doc, { name: 'Ada', partnerId: partner });
    deletePartner(doc, partner, 'Cy');
    const view = new DeletionsView(doc);
    expect(view.recentlyDeleted.value.map((r) => r.title).sort()).toEqual(['Acme', 'Ada']);
    view.restore({ collection: 'partners', id: partner });
    expect(view.recentlyDeleted.value).toEqual([]);
    expect(listPeople(doc).items.map((p) => p.name)).toEqual(['Ada']);
    view.dispose();
  });
});

describe('bulk deletions in the view model', () => {
  test('a peer’s bulk deletion shows as pending and Restore all clears it, as one undo step', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    for (let i = 0; i < 22; i++) addPartner(mine, { name: `P${i}` });
    syncAll(mine, theirs);
    const session = new WorkspaceSession(mine);
    const view = new DeletionsView(mine, { clock: () => 42 });
    transactLocal(theirs, () => {
      for (const p of listPartners(theirs).items) deletePartner(theirs, p.id, 'Mallory');
    });
    syncAll(mine, theirs);
    expect(view.pendingBulk.value).toEqual([
      { key: expect.any(String), what: '22 partners', by: 'Mallory', seenAt: 42, total: 22 },
    ]);
    const key = view.pendingBulk.value[0]!.key;
    expect(session.act(() => view.restoreBulk(key))).toEqual({ restored: 22, skipped: 0 });
    expect(view.pendingBulk.value).toEqual([]);
    expect(session.sortedPartners.value).toHaveLength(22);
    session.undo();
    expect(session.sortedPartners.value).toHaveLength(0);
    view.dispose();
    session.dispose();
  });

  test('a hard bulk deletion names what it removed; dismiss forgets it without restoring', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const ids: string[] = [];
    for (let i = 0; i < 21; i++) ids.push(addPartner(mine, { name: `P${i}` }));
    for (let i = 0; i < 5; i++) addPerson(mine, { name: `Q${i}`, partnerId: ids[i] });
    syncAll(mine, theirs);
    const view = new DeletionsView(mine);
    theirs.transact(() => {
      for (const name of ['partners', 'people'] as const) {
        const records = collection(theirs, name);
        for (const id of [...records.keys()]) records.delete(id);
      }
    });
    syncAll(mine, theirs);
    expect(view.pendingBulk.value[0]).toMatchObject({
      what: '21 partners and 5 people',
      by: undefined,
    });
    view.dismissBulk(view.pendingBulk.value[0]!.key);
    expect(view.pendingBulk.value).toEqual([]);
    expect(getPartner(mine, ids[0]!)).toBeNull();
    view.dispose();
  });
});
