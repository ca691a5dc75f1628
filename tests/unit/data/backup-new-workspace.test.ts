import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { backupText, createBackup } from '../../../lib/model/backup';
import { addGoal, listGoals } from '../../../lib/model/goal';
import { addLogEntry, listLogEntries } from '../../../lib/model/log-entry';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { addPerson, listPeople } from '../../../lib/model/person';
import {
  restoreIntoNewWorkspace,
  type WorkspaceCreator,
} from '../../../lib/state/backup-new-workspace';

/** A controller whose `create` opens a new empty doc, as the real one does. */
function fakeWorkspaces(open: Y.Doc) {
  const workspaces: WorkspaceCreator & { names: string[] } = {
    names: [],
    current: { value: { session: { doc: open } } },
    create: vi.fn(async (name: string) => {
      workspaces.names.push(name);
      workspaces.current.value = { session: { doc: new Y.Doc() } };
    }),
  };
  return workspaces;
}

function source() {
  const doc = new Y.Doc();
  const partner = addPartner(doc, { name: 'Riverside Library', emails: ['hi@riverside.example'] });
  addPerson(doc, { name: 'Ana Ruiz', partnerId: partner });
  addGoal(doc, { title: 'Reading club' });
  addLogEntry(doc, {
    kind: 'call',
    date: '2026-11-01',
    title: 'First call',
    partnerIds: [partner],
  });
  return doc;
}

describe('restoring a backup into a new workspace', () => {
  test('creates “<name> (restored)” holding the same partners, people, goals and log, and leaves the open one alone', async () => {
    const backedUp = source();
    const open = new Y.Doc();
    addPartner(open, { name: 'Only here' });
    const before = Y.encodeStateAsUpdate(open);
    const workspaces = fakeWorkspaces(open);
    const outcome = await restoreIntoNewWorkspace(
      workspaces,
      backupText(createBackup(backedUp, 'Home')),
    );
    expect(outcome.ok).toBe(true);
    expect(workspaces.names).toEqual(['Home (restored)']);
    const restored = workspaces.current.value!.session.doc;
    // A restore is a set of new edits, so it stamps `updatedAt`; everything else is the same.
    const same = <T extends { updatedAt?: number }>(items: T[]) =>
      items.map(({ updatedAt: _updatedAt, ...rest }) => rest);
    expect(same(listPartners(restored).items)).toEqual(same(listPartners(backedUp).items));
    expect(same(listPeople(restored).items)).toEqual(same(listPeople(backedUp).items));
    expect(same(listGoals(restored).items)).toEqual(same(listGoals(backedUp).items));
    expect(same(listLogEntries(restored).items)).toEqual(same(listLogEntries(backedUp).items));
    expect(Y.encodeStateAsUpdate(open)).toEqual(before);
  });

  test.each([
    ['a newer format', (text: string) => text.replace('"version": 1', '"version": 2')],
    ['a damaged file', (text: string) => text.slice(0, text.length / 2)],
  ])('%s is refused, and no workspace is created', async (_, spoil) => {
    const workspaces = fakeWorkspaces(new Y.Doc());
    const text = backupText(createBackup(source(), 'Home'));
    expect(spoil(text)).not.toBe(text);
    const outcome = await restoreIntoNewWorkspace(workspaces, spoil(text));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/ Nothing changed\.$/);
    expect(workspaces.create).not.toHaveBeenCalled();
  });
});
