import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addPartner, getPartner } from '../../../lib/model/partner';
import { mergeIntoPartner } from '../../../lib/model/partner-merge';
import { addPerson, listPeopleOf } from '../../../lib/model/person';
import { createUndoManager } from '../../../lib/model/undo';

function existing(doc: Y.Doc) {
  const id = addPartner(doc, {
    name: 'Maple Grove Literacy',
    description: 'Typed by a colleague',
    emails: ['hello@maplegrove.org'],
    phones: ['(555) 555-0142'],
    socials: [],
  });
  addPerson(doc, { name: 'Dana Whitfield', partnerId: id, emails: [], phones: [] });
  return id;
}

describe('mergeIntoPartner', () => {
  test('fills empty fields and adds new contacts without overwriting typed values', () => {
    const doc = new Y.Doc();
    const id = existing(doc);
    const summary = mergeIntoPartner(
      doc,
      id,
      {
        name: 'Maple Grove Literacy Alliance',
        description: 'From the page',
        website: 'https://maplegrove.org/',
        kind: 'nonprofit',
        emails: ['hello@maplegrove.org', 'tutors@maplegrove.org'],
        phones: ['+1 555-555-0142', '555 555 0150'],
        socials: ['https://www.facebook.com/maplegrove'],
        address: { street: '1200 Birch Street', locality: 'Maple Grove' },
        capturedFrom: { url: 'https://maplegrove.org/contact', at: 1000 },
      },
      [
        { name: 'dana  whitfield', role: 'Executive Director', emails: ['dana@maplegrove.org'] },
        { name: 'Luis Ortega', role: 'Volunteer Coordinator' },
      ],
    );
    const partner = getPartner(doc, id)!;
    expect(partner.name).toBe('Maple Grove Literacy');
    expect(partner.description).toBe('Typed by a colleague');
    expect(partner.website).toBe('https://maplegrove.org/');
    expect(partner.kind).toBe('nonprofit');
    expect(partner.emails).toEqual(['hello@maplegrove.org', 'tutors@maplegrove.org']);
    // The same number written differently is not added twice.
    expect(partner.phones).toEqual(['(555) 555-0142', '555 555 0150']);
    expect(partner.socials).toEqual(['https://www.facebook.com/maplegrove']);
    expect(partner.address).toEqual({ street: '1200 Birch Street', locality: 'Maple Grove' });
    expect(partner.capturedFrom).toEqual({ url: 'https://maplegrove.org/contact', at: 1000 });
    expect(summary.added).toEqual({ emails: 1, phones: 1, socials: 1, people: 1 });
    const people = listPeopleOf(doc, id);
    expect(people.map((p) => p.name)).toEqual(['Dana Whitfield', 'Luis Ortega']);
    expect(people[0]!.role).toBe('Executive Director');
    expect(people[0]!.emails).toEqual(['dana@maplegrove.org']);
  });

  test('an existing address is never mixed with a captured one', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'A', address: { locality: 'Leeds' } });
    mergeIntoPartner(doc, id, { name: 'A', address: { street: '1 High St', locality: 'York' } });
    expect(getPartner(doc, id)!.address).toEqual({ locality: 'Leeds' });
  });

  test('one undo reverts the whole merge', () => {
    const doc = new Y.Doc();
    const id = existing(doc);
    const undo = createUndoManager(doc);
    mergeIntoPartner(doc, id, { name: 'x', website: 'https://maplegrove.org/' }, [
      { name: 'New Person' },
    ]);
    undo.undo();
    expect(getPartner(doc, id)!.website).toBeUndefined();
    expect(listPeopleOf(doc, id).map((p) => p.name)).toEqual(['Dana Whitfield']);
  });

  test('merging into a partner that a peer deleted says so', () => {
    const doc = new Y.Doc();
    expect(() => mergeIntoPartner(doc, 'gone', { name: 'x' })).toThrow(/no longer exists/);
  });
});
