import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { getPartner, listPartners } from '../../../lib/model/partner';
import { listPeople } from '../../../lib/model/person';
import { partnerActions } from '../../../lib/state/partner-actions';
import { WorkspaceSession } from '../../../lib/state/workspace-session';

function setup(me = 'Ana') {
  const session = new WorkspaceSession(new Y.Doc());
  return { session, doc: session.doc, actions: partnerActions(session, me) };
}

describe('partner actions', () => {
  test('add records who created the partner; Undo takes it back', () => {
    const { doc, actions } = setup();
    const id = actions.add({ name: 'Riverside Library' });
    expect(getPartner(doc, id)).toMatchObject({ name: 'Riverside Library', createdBy: 'Ana' });
    actions.undo();
    expect(getPartner(doc, id)).toBeNull();
  });

  test('without a display name, nobody is named as creator', () => {
    const { doc, actions } = setup('');
    const id = actions.add({ name: 'Hillside' });
    expect(getPartner(doc, id)?.createdBy).toBeUndefined();
  });

  test('remove is a soft delete by me that restore undoes, person included', () => {
    const { doc, actions } = setup();
    const id = actions.add({ name: 'Riverside Library' });
    actions.addPerson({ name: 'Lee', partnerId: id });
    actions.remove(id);
    expect(listPartners(doc).items).toEqual([]);
    actions.restore(id);
    expect(listPartners(doc).items.map((p) => p.name)).toEqual(['Riverside Library']);
    expect(listPeople(doc).items.map((p) => p.name)).toEqual(['Lee']);
  });

  test('a captured partner and its people are one step: one Undo removes them all', () => {
    const { doc, actions } = setup();
    const id = actions.addCaptured({ name: 'Maple Grove' }, [{ name: 'Kim' }, { name: 'Jo' }]);
    expect(listPeople(doc).items.map((p) => [p.name, p.partnerId])).toEqual([
      ['Kim', id],
      ['Jo', id],
    ]);
    actions.undo();
    expect(listPartners(doc).items).toEqual([]);
    expect(listPeople(doc).items).toEqual([]);
  });

  test('update and merge change the partner in place', () => {
    const { doc, actions } = setup();
    const id = actions.add({ name: 'Maple Grove' });
    actions.update(id, { name: 'Maple Grove Alliance', website: 'https://maple.example.org' });
    actions.mergeCaptured(id, { name: 'Maple Grove Alliance', description: 'Reads.' }, [
      { name: 'Kim' },
    ]);
    const partner = getPartner(doc, id);
    expect(partner?.name).toBe('Maple Grove Alliance');
    expect(partner?.website).toContain('maple.example.org');
    expect(partner?.description).toBe('Reads.');
    expect(listPeople(doc).items.map((p) => p.name)).toEqual(['Kim']);
  });
});
