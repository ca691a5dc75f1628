import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import {
  addPartner,
  DEFAULT_CADENCE_DAYS,
  deletePartner,
  getPartner,
  listPartners,
  updatePartner,
  type PartnerInput,
} from '../../../lib/model/partner';
import { addPerson, getPerson, listPeople } from '../../../lib/model/person';
import { createUndoManager } from '../../../lib/model/undo';
import { recordUpdates } from '../../helpers/yjs';

const FULL_INPUT: PartnerInput = {
  name: 'Riverside Public Library',
  kind: 'library',
  website: 'https://riverside-library.example.org/',
  description: 'Runs the summer reading programme.\nOpen Saturdays.',
  logo: 'https://riverside-library.example.org/logo.png',
  emails: ['hello@riverside-library.example.org', 'events@riverside-library.example.org'],
  phones: ['+1 555 0100', '+1 555 0101 ext 12'],
  address: {
    street: '1 River Road',
    locality: 'Riverside',
    region: 'CA',
    postalCode: '90210',
    country: 'USA',
  },
  socials: ['https://social.example/@riverside'],
  tags: ['literacy', 'summer'],
  stakeholderGroup: 'Community',
  cadenceDays: 14,
  capturedFrom: { url: 'https://riverside-library.example.org/about', at: 1_700_000_000_000 },
  createdBy: 'Sam',
  archived: false,
};

function recordOf(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = collection(doc, 'partners').get(id);
  if (!(record instanceof Y.Map)) throw new Error(`no record ${id}`);
  return record;
}

/** How many new items an update carries (each set map key is one item). */
function insertedItems(update: Uint8Array): number {
  return Y.decodeUpdate(update).structs.length;
}

describe('partner round trip', () => {
  test('every field given to addPartner reads back unchanged from getPartner and listPartners', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, FULL_INPUT, 1000);
    const expected = { ...FULL_INPUT, id, createdAt: 1000, updatedAt: 1000 };
    expect(getPartner(doc, id)).toEqual(expected);
    expect(listPartners(doc)).toEqual({ items: [expected], invalid: 0 });
  });

  test('a minimal partner gets the documented defaults', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Acme' }, 5);
    expect(getPartner(doc, id)).toEqual({
      id,
      name: 'Acme',
      kind: 'other',
      emails: [],
      phones: [],
      socials: [],
      tags: [],
      cadenceDays: DEFAULT_CADENCE_DAYS,
      createdAt: 5,
      updatedAt: 5,
      archived: false,
    });
  });

  test('ids are unique and each record is its own Y.Map in the partners map', () => {
    const doc = new Y.Doc();
    const a = addPartner(doc, { name: 'A' });
    const b = addPartner(doc, { name: 'B' });
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(recordOf(doc, a)).toBeInstanceOf(Y.Map);
    expect(recordOf(doc, a)).not.toBe(recordOf(doc, b));
  });

  test('blank address parts are not stored; an all-blank address is no address', () => {
    const doc = new Y.Doc();
    const some = addPartner(doc, {
      name: 'Some',
      address: { street: '  ', locality: 'Town', region: undefined },
    });
    const none = addPartner(doc, { name: 'None', address: { street: '', locality: ' ' } });
    expect(recordOf(doc, some).get('address')).toEqual({ locality: 'Town' });
    expect(getPartner(doc, some)?.address).toEqual({ locality: 'Town' });
    expect(recordOf(doc, none).has('address')).toBe(false);
    expect(getPartner(doc, none)?.address).toBeUndefined();
  });

  test('values handed out are plain copies: changing them does not change the doc', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, FULL_INPUT);
    const partner = getPartner(doc, id)!;
    partner.name = 'Changed';
    partner.emails.push('x@example.org');
    partner.address!.street = 'Elsewhere';
    const again = getPartner(doc, id)!;
    expect(again.name).toBe(FULL_INPUT.name);
    expect(again.emails).toEqual(FULL_INPUT.emails);
    expect(again.address?.street).toBe('1 River Road');
  });

  test('getPartner of an unknown id is null', () => {
    expect(getPartner(new Y.Doc(), 'nope')).toBeNull();
  });

  test('one add is one update (one transaction)', () => {
    const doc = new Y.Doc();
    const { updates, stop } = recordUpdates(doc);
    addPartner(doc, FULL_INPUT);
    stop();
    expect(updates).toHaveLength(1);
  });
});

describe('updatePartner', () => {
  test('updates fields in place: the record Y.Map is the same object afterwards', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, FULL_INPUT, 1000);
    const before = recordOf(doc, id);
    updatePartner(doc, id, { name: 'Riverside Library', tags: ['literacy'] }, 2000);
    expect(recordOf(doc, id)).toBe(before);
    expect(getPartner(doc, id)).toEqual({
      ...FULL_INPUT,
      id,
      name: 'Riverside Library',
      tags: ['literacy'],
      createdAt: 1000,
      updatedAt: 2000,
    });
  });

  test('a no-op update writes nothing: no update event and updatedAt unchanged', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, FULL_INPUT, 1000);
    const { updates, stop } = recordUpdates(doc);
    // Fresh arrays and objects with equal contents count as unchanged.
    updatePartner(doc, id, structuredClone(FULL_INPUT), 2000);
    updatePartner(doc, id, {}, 3000);
    stop();
    expect(updates).toHaveLength(0);
    expect(getPartner(doc, id)?.updatedAt).toBe(1000);
  });

  test('only changed fields are rewritten (plus updatedAt)', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, FULL_INPUT, 1000);
    const { updates, stop } = recordUpdates(doc);
    updatePartner(doc, id, { ...structuredClone(FULL_INPUT), description: 'New text' }, 2000);
    stop();
    expect(updates).toHaveLength(1);
    expect(insertedItems(updates[0]!)).toBe(2);
    const record = recordOf(doc, id);
    expect(record.get('description')).toBe('New text');
    expect(record.get('updatedAt')).toBe(2000);
  });

  test('undefined in a patch removes the field', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, FULL_INPUT, 1000);
    updatePartner(doc, id, { website: undefined, description: undefined }, 2000);
    const record = recordOf(doc, id);
    expect(record.has('website')).toBe(false);
    expect(record.has('description')).toBe(false);
    const partner = getPartner(doc, id)!;
    expect(partner.website).toBeUndefined();
    expect(partner.description).toBeUndefined();
    expect(partner.updatedAt).toBe(2000);
  });

  test('an id in the patch is ignored, createdAt is kept', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'A' }, 1000);
    updatePartner(doc, id, { name: 'B', ...{ id: 'other' } }, 2000);
    expect(recordOf(doc, id).has('id')).toBe(false);
    expect(getPartner(doc, id)).toMatchObject({ id, name: 'B', createdAt: 1000 });
  });

  test('updating a partner whose map a peer removed throws and writes nothing', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Gone' });
    collection(doc, 'partners').delete(id);
    const { updates, stop } = recordUpdates(doc);
    expect(() => updatePartner(doc, id, { name: 'Back' })).toThrow(
      'This partner no longer exists.',
    );
    stop();
    expect(updates).toHaveLength(0);
    expect(collection(doc, 'partners').size).toBe(0);
  });
});

describe('deletePartner', () => {
  test('soft-deletes the partner and its people, and only its people, in one transaction', () => {
    const doc = new Y.Doc();
    const keep = addPartner(doc, { name: 'Keep' });
    const gone = addPartner(doc, { name: 'Gone' });
    const keptPerson = addPerson(doc, { name: 'Kim', partnerId: keep });
    const loose = addPerson(doc, { name: 'Lee' });
    addPerson(doc, { name: 'Ada', partnerId: gone });
    addPerson(doc, { name: 'Bo', partnerId: gone });

    const { updates, stop } = recordUpdates(doc);
    let transactions = 0;
    const count = () => transactions++;
    doc.on('afterTransaction', count);
    deletePartner(doc, gone);
    doc.off('afterTransaction', count);
    stop();

    expect(transactions).toBe(1);
    expect(updates).toHaveLength(1);
    expect(getPartner(doc, gone)).toBeNull();
    expect(getPartner(doc, keep)).not.toBeNull();
    expect(
      listPeople(doc)
        .items.map((p) => p.id)
        .sort(),
    ).toEqual([keptPerson, loose].sort());
  });

  test('one Undo restores the partner and all its people; Redo deletes them again', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    const id = addPartner(doc, FULL_INPUT, 1000);
    const ada = addPerson(doc, { name: 'Ada', partnerId: id, emails: ['ada@example.org'] }, 1000);
    const bo = addPerson(doc, { name: 'Bo', partnerId: id }, 1000);
    const partnerBefore = getPartner(doc, id);
    const peopleBefore = [getPerson(doc, ada), getPerson(doc, bo)];
    undo.stopCapturing();

    deletePartner(doc, id);
    expect(listPartners(doc).items).toHaveLength(0);
    expect(listPeople(doc).items).toHaveLength(0);

    undo.undo();
    expect(getPartner(doc, id)).toEqual(partnerBefore);
    expect([getPerson(doc, ada), getPerson(doc, bo)]).toEqual(peopleBefore);

    undo.redo();
    expect(getPartner(doc, id)).toBeNull();
    expect(listPeople(doc).items).toHaveLength(0);
  });

  test('deleting an unknown partner is harmless', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'A' });
    expect(() => deletePartner(doc, 'nope')).not.toThrow();
    expect(getPartner(doc, id)).not.toBeNull();
  });
});
