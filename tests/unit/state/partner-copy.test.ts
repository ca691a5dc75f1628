import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { addPerson, listPeople } from '../../../lib/model/person';
import { copyPartnersFrom, copySummaryText } from '../../../lib/state/partner-copy';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import {
  offersCopy,
  workspaceChangeText,
  type WorkspaceChange,
} from '../../../lib/state/workspace-change';

function personalDoc(): Y.Doc {
  const doc = new Y.Doc();
  const school = addPartner(doc, {
    name: 'Eastside Elementary',
    website: 'https://www.eastside.example.org/',
  });
  addPerson(doc, { name: 'Dana Lee', partnerId: school });
  const bakery = addPartner(doc, { name: 'Corner Bakery Inc.' });
  addPerson(doc, { name: 'Cleo Baker', partnerId: bakery });
  return doc;
}

const readFrom = (doc: Y.Doc) => async () => ({
  partners: listPartners(doc).items,
  people: listPeople(doc).items,
});

describe('copyPartnersFrom', () => {
  test('skips partners the open workspace already has by capture’s duplicate matching', async () => {
    const shared = new Y.Doc();
    // Same site under another address, and the same name without its legal form.
    addPartner(shared, { name: 'Eastside School', website: 'https://eastside.example.org/about' });
    addPartner(shared, { name: 'Corner Bakery' });
    addPartner(shared, { name: 'Unrelated Museum' });
    const session = new WorkspaceSession(shared);
    const personal = personalDoc();
    addPartner(personal, { name: 'Riverside Library' });

    const summary = await copyPartnersFrom(session, 'personal', readFrom(personal));

    expect(summary).toEqual({ partners: 1, people: 0, skipped: 2 });
    expect(session.sortedPartners.value.map((p) => p.name)).toEqual([
      'Corner Bakery',
      'Eastside School',
      'Riverside Library',
      'Unrelated Museum',
    ]);
    session.dispose();
  });

  test('the copy is one undo step of the session, after the edit before it', async () => {
    const shared = new Y.Doc();
    const session = new WorkspaceSession(shared);
    session.act(() => addPartner(shared, { name: 'Typed first' }));

    await copyPartnersFrom(session, 'personal', readFrom(personalDoc()));
    expect(session.sortedPartners.value).toHaveLength(3);
    expect(session.peopleByPartner.value.size).toBe(2);
    session.undo();

    expect(session.sortedPartners.value.map((p) => p.name)).toEqual(['Typed first']);
    expect([...session.people.live()]).toEqual([]);
    session.dispose();
  });

  test('says what was copied and what was skipped', () => {
    expect(copySummaryText({ partners: 2, people: 1, skipped: 0 }, 'My workspace')).toBe(
      'Copied 2 partners and 1 person from “My workspace”.',
    );
    expect(copySummaryText({ partners: 0, people: 0, skipped: 3 }, 'My workspace')).toBe(
      'Nothing new to copy from “My workspace”. 3 partners were already here and were skipped.',
    );
  });
});

describe('workspace change', () => {
  const change = (kind: WorkspaceChange['kind'], partners: number): WorkspaceChange => ({
    kind,
    to: { id: 'pta', name: 'PTA 2026' },
    from: { id: 'mine', name: 'My workspace', partners },
  });

  test('names the new workspace and where the old partners are', () => {
    expect(workspaceChangeText(change('created', 1))).toBe(
      'Created “PTA 2026”. 1 partner stays in “My workspace”.',
    );
    expect(workspaceChangeText(change('switched', 12))).toBe(
      'Switched to “PTA 2026”. 12 partners stay in “My workspace”.',
    );
    expect(workspaceChangeText(change('joined', 0))).toBe(
      'Joined “PTA 2026”. “My workspace” stays on this device.',
    );
  });

  test('offers the copy after creating or joining from a workspace with partners', () => {
    expect(offersCopy(change('created', 3), 'pta')).toBe(true);
    expect(offersCopy(change('joined', 1), 'pta')).toBe(true);
    expect(offersCopy(change('created', 0), 'pta')).toBe(false);
    expect(offersCopy(change('switched', 3), 'pta')).toBe(false);
    expect(offersCopy(change('created', 3), 'another')).toBe(false);
    expect(offersCopy(null, 'pta')).toBe(false);
  });
});
