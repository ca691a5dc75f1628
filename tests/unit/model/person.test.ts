import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { addPartner, deletePartner } from '../../../lib/model/partner';
import {
  addPerson,
  deletePerson,
  getPerson,
  listPeople,
  listPeopleOf,
  updatePerson,
  type PersonInput,
} from '../../../lib/model/person';
import { createUndoManager } from '../../../lib/model/undo';
import { recordUpdates } from '../../helpers/yjs';

const ADA: PersonInput = {
  name: 'Ada Lovelace',
  role: 'Volunteer coordinator',
  emails: ['ada@example.org'],
  phones: ['+44 20 7946 0000'],
  notes: 'Prefers email.\nAvailable Tuesdays.',
};

function recordOf(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = collection(doc, 'people').get(id);
  if (!(record instanceof Y.Map)) throw new Error(`no record ${id}`);
  return record;
}

describe('person round trip', () => {
  test('every field given to addPerson reads back unchanged', () => {
    const doc = new Y.Doc();
    const partnerId = addPartner(doc, { name: 'Library' });
    const id = addPerson(doc, { ...ADA, partnerId }, 1000);
    const expected = { ...ADA, partnerId, id, createdAt: 1000, updatedAt: 1000 };
    expect(getPerson(doc, id)).toEqual(expected);
    expect(listPeople(doc)).toEqual({ items: [expected], invalid: 0 });
  });

  test('a minimal person gets empty lists and no partner', () => {
    const doc = new Y.Doc();
    const id = addPerson(doc, { name: 'Bo' }, 7);
    expect(getPerson(doc, id)).toEqual({
      id,
      name: 'Bo',
      emails: [],
      phones: [],
      createdAt: 7,
      updatedAt: 7,
    });
    expect(recordOf(doc, id).has('partnerId')).toBe(false);
  });

  test('listPeopleOf returns only that partner’s people, sorted by name', () => {
    const doc = new Y.Doc();
    const a = addPartner(doc, { name: 'A' });
    const b = addPartner(doc, { name: 'B' });
    addPerson(doc, { name: 'Zoe', partnerId: a });
    addPerson(doc, { name: 'Ari', partnerId: a });
    addPerson(doc, { name: 'Max', partnerId: b });
    addPerson(doc, { name: 'Nobody' });
    expect(listPeopleOf(doc, a).map((p) => p.name)).toEqual(['Ari', 'Zoe']);
    expect(listPeopleOf(doc, b).map((p) => p.name)).toEqual(['Max']);
    expect(listPeopleOf(doc, 'unknown')).toEqual([]);
  });
});

describe('updatePerson', () => {
  test('updates in place: same Y.Map, changed fields only', () => {
    const doc = new Y.Doc();
    const id = addPerson(doc, ADA, 1000);
    const before = recordOf(doc, id);
    const { updates, stop } = recordUpdates(doc);
    updatePerson(doc, id, { ...structuredClone(ADA), role: 'Head librarian' }, 2000);
    stop();
    expect(recordOf(doc, id)).toBe(before);
    expect(updates).toHaveLength(1);
    // role and updatedAt: two new items, nothing else rewritten.
    expect(Y.decodeUpdate(updates[0]!).structs).toHaveLength(2);
    expect(getPerson(doc, id)).toEqual({
      ...ADA,
      role: 'Head librarian',
      id,
      createdAt: 1000,
      updatedAt: 2000,
    });
  });

  test('a no-op update emits no update and keeps updatedAt', () => {
    const doc = new Y.Doc();
    const id = addPerson(doc, ADA, 1000);
    const { updates, stop } = recordUpdates(doc);
    updatePerson(doc, id, structuredClone(ADA), 2000);
    stop();
    expect(updates).toHaveLength(0);
    expect(getPerson(doc, id)?.updatedAt).toBe(1000);
  });

  test('moving a person to another partner and clearing a field', () => {
    const doc = new Y.Doc();
    const a = addPartner(doc, { name: 'A' });
    const b = addPartner(doc, { name: 'B' });
    const id = addPerson(doc, { ...ADA, partnerId: a });
    updatePerson(doc, id, { partnerId: b, notes: undefined });
    const person = getPerson(doc, id)!;
    expect(person.partnerId).toBe(b);
    expect(person.notes).toBeUndefined();
    expect(recordOf(doc, id).has('notes')).toBe(false);
    expect(listPeopleOf(doc, a)).toEqual([]);
    expect(listPeopleOf(doc, b).map((p) => p.id)).toEqual([id]);
  });

  test('updating a person whose map a peer removed throws', () => {
    const doc = new Y.Doc();
    const id = addPerson(doc, ADA);
    collection(doc, 'people').delete(id);
    expect(() => updatePerson(doc, id, { name: 'Back' })).toThrow('This person no longer exists.');
    expect(collection(doc, 'people').size).toBe(0);
  });
});

describe('deletePerson', () => {
  test('removes only that person and can be undone', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    const keep = addPerson(doc, { name: 'Keep' });
    const gone = addPerson(doc, ADA, 1000);
    const before = getPerson(doc, gone);
    undo.stopCapturing();
    deletePerson(doc, gone);
    expect(getPerson(doc, gone)).toBeNull();
    expect(getPerson(doc, keep)).not.toBeNull();
    undo.undo();
    expect(getPerson(doc, gone)).toEqual(before);
  });

  test('deleting a partner removes its people; undo brings them back with their partnerId', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    const partnerId = addPartner(doc, { name: 'P' });
    const id = addPerson(doc, { ...ADA, partnerId });
    undo.stopCapturing();
    deletePartner(doc, partnerId);
    expect(getPerson(doc, id)).toBeNull();
    undo.undo();
    expect(getPerson(doc, id)?.partnerId).toBe(partnerId);
    expect(listPeopleOf(doc, partnerId).map((p) => p.id)).toEqual([id]);
  });
});
