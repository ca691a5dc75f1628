import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  addPartner,
  deletePartner,
  getPartner,
  listPartners,
  type Partner,
} from '../../../lib/model/partner';
import { copyPartners, type CopySource } from '../../../lib/model/partner-copy';
import { addPerson, deletePerson, listPeople } from '../../../lib/model/person';
import { createUndoManager } from '../../../lib/model/undo';

/** A personal workspace with two partners and their people, read the way the panel reads it. */
function personalWorkspace(): { doc: Y.Doc; source: () => CopySource } {
  const doc = new Y.Doc();
  const library = addPartner(doc, {
    name: 'Riverside Library',
    kind: 'library',
    website: 'https://riverside-library.example.org/',
    emails: ['hello@riverside-library.example.org'],
    tags: ['literacy'],
    cadenceDays: 14,
  });
  const bakery = addPartner(doc, { name: 'Corner Bakery', kind: 'business' });
  addPerson(doc, { name: 'Ana Ruiz', role: 'Librarian', partnerId: library, emails: ['a@x.org'] });
  addPerson(doc, { name: 'Ben Ode', partnerId: library });
  addPerson(doc, { name: 'Cleo Baker', partnerId: bakery });
  addPerson(doc, { name: 'Loose Person' });
  return {
    doc,
    source: () => ({ partners: listPartners(doc).items, people: listPeople(doc).items }),
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const nothingHere = () => false;

describe('copyPartners', () => {
  test('copies every partner with its fields and people, under new ids', () => {
    const personal = personalWorkspace();
    const source = personal.source();
    const shared = new Y.Doc();

    const summary = copyPartners(shared, source, nothingHere, 1_800_000_000_000);

    expect(summary).toEqual({ partners: 2, people: 3, skipped: 0 });
    const copied = listPartners(shared).items.sort(byName);
    expect(copied.map((p) => p.name)).toEqual(['Corner Bakery', 'Riverside Library']);
    const library = copied[1]!;
    expect(library).toMatchObject({
      kind: 'library',
      website: 'https://riverside-library.example.org/',
      emails: ['hello@riverside-library.example.org'],
      tags: ['literacy'],
      cadenceDays: 14,
      createdAt: 1_800_000_000_000,
    });
    const oldIds = new Set([...source.partners, ...source.people].map((r) => r.id));
    for (const record of [...copied, ...listPeople(shared).items]) {
      expect(oldIds.has(record.id)).toBe(false);
    }
  });

  test('people follow their partner: each copied person points at the copy of its partner', () => {
    const personal = personalWorkspace();
    const shared = new Y.Doc();
    copyPartners(shared, personal.source(), nothingHere);

    const partners = new Map(listPartners(shared).items.map((p) => [p.id, p.name]));
    const people = listPeople(shared)
      .items.sort(byName)
      .map((person) => [person.name, partners.get(person.partnerId ?? ''), person.role]);
    expect(people).toEqual([
      ['Ana Ruiz', 'Riverside Library', 'Librarian'],
      ['Ben Ode', 'Riverside Library', undefined],
      ['Cleo Baker', 'Corner Bakery', undefined],
    ]);
  });

  test('skips partners already here, with their people, and copying again adds nothing', () => {
    const personal = personalWorkspace();
    const shared = new Y.Doc();
    const existing = addPartner(shared, { name: 'Riverside Library', description: 'Ours' });
    const names = () => new Set(listPartners(shared).items.map((p) => p.name));
    const alreadyHere = (partner: Partner) => names().has(partner.name);

    expect(copyPartners(shared, personal.source(), alreadyHere)).toEqual({
      partners: 1,
      people: 1,
      skipped: 1,
    });
    expect(getPartner(shared, existing)?.description).toBe('Ours');
    expect(listPeople(shared).items.map((p) => p.name)).toEqual(['Cleo Baker']);

    expect(copyPartners(shared, personal.source(), alreadyHere)).toEqual({
      partners: 0,
      people: 0,
      skipped: 2,
    });
    expect(listPartners(shared).items).toHaveLength(2);
  });

  test('leaves deleted partners and deleted people behind', () => {
    const personal = personalWorkspace();
    const bakery = listPartners(personal.doc).items.find((p) => p.name === 'Corner Bakery')!;
    const ben = listPeople(personal.doc).items.find((p) => p.name === 'Ben Ode')!;
    deletePartner(personal.doc, bakery.id);
    deletePerson(personal.doc, ben.id);
    // Read with the deleted records still in it, as a raw source could be.
    const raw = (name: 'partners' | 'people') =>
      [...personal.doc.getMap(name).keys()].map((id) => ({
        id,
        ...(personal.doc.getMap(name).get(id) as Y.Map<unknown>).toJSON(),
      }));
    const source = { partners: raw('partners'), people: raw('people') } as unknown as CopySource;
    const shared = new Y.Doc();

    expect(copyPartners(shared, source, nothingHere)).toEqual({
      partners: 1,
      people: 1,
      skipped: 0,
    });
    expect(listPeople(shared).items.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  test('the whole copy is one undo step', () => {
    const personal = personalWorkspace();
    const shared = new Y.Doc();
    addPartner(shared, { name: 'Typed here first' });
    const undo = createUndoManager(shared);
    undo.stopCapturing();

    copyPartners(shared, personal.source(), nothingHere);
    expect(listPartners(shared).items).toHaveLength(3);
    undo.undo();

    expect(listPartners(shared).items.map((p) => p.name)).toEqual(['Typed here first']);
    expect(listPeople(shared).items).toEqual([]);
    expect(undo.canUndo()).toBe(false);
  });

  test('an empty source or everything skipped writes nothing', () => {
    const shared = new Y.Doc();
    let updates = 0;
    shared.on('update', () => updates++);
    expect(copyPartners(shared, { partners: [], people: [] }, nothingHere).partners).toBe(0);
    expect(copyPartners(shared, personalWorkspace().source(), () => true).skipped).toBe(2);
    expect(updates).toBe(0);
  });
});
