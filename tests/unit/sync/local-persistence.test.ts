import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { metaMap } from '../../../lib/model/doc';
import { schemaVersionOf, SCHEMA_VERSION } from '../../../lib/model/migrations';
import {
  addPartner,
  deletePartner,
  getPartner,
  listPartners,
  updatePartner,
} from '../../../lib/model/partner';
import { addPerson, listPeopleOf } from '../../../lib/model/person';
import { renameWorkspace, workspaceName } from '../../../lib/model/workspace';
import { databaseNameFor, openLocalWorkspace } from '../../../lib/sync/local-persistence';

let counter = 0;
/** A fresh workspace id per test: fake-indexeddb keeps its databases for the whole file. */
const freshId = () => `test-${Date.now()}-${counter++}`;

describe('local persistence (IndexedDB)', () => {
  test('a partner added, closed and reopened is still there', async () => {
    const id = freshId();
    const first = await openLocalWorkspace(id);
    const partnerId = addPartner(first.doc, {
      name: 'Riverside Public Library',
      website: 'https://riverside.example/',
      tags: ['literacy'],
    });
    const saved = getPartner(first.doc, partnerId);
    await first.close();

    const again = await openLocalWorkspace(id);
    expect(getPartner(again.doc, partnerId)).toEqual(saved);
    expect(listPartners(again.doc)).toEqual({ items: [saved], invalid: 0 });
    await again.close();
  });

  test('a new workspace is migrated once; reopening does not migrate again', async () => {
    const id = freshId();
    const first = await openLocalWorkspace(id);
    expect(schemaVersionOf(first.doc)).toBe(SCHEMA_VERSION);
    const createdAt = metaMap(first.doc).get('createdAt');
    expect(typeof createdAt).toBe('number');
    await first.close();

    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = await openLocalWorkspace(id);
    expect(schemaVersionOf(again.doc)).toBe(SCHEMA_VERSION);
    expect(metaMap(again.doc).get('createdAt')).toBe(createdAt);
    await again.close();
  });

  test('many edits, updates and deletes all survive a reopen', async () => {
    const id = freshId();
    const first = await openLocalWorkspace(id);
    const ids = Array.from({ length: 40 }, (_, i) => addPartner(first.doc, { name: `P${i}` }));
    updatePartner(first.doc, ids[3]!, { name: 'Renamed', emails: ['a@example.org'] });
    deletePartner(first.doc, ids[4]!);
    addPerson(first.doc, { name: 'Ada', partnerId: ids[3] });
    renameWorkspace(first.doc, 'School A');
    const expected = listPartners(first.doc).items;
    await first.close();

    const again = await openLocalWorkspace(id);
    const partners = listPartners(again.doc).items;
    expect(partners).toHaveLength(39);
    expect(partners.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      expected.sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(getPartner(again.doc, ids[4]!)).toBeNull();
    expect(listPeopleOf(again.doc, ids[3]!).map((p) => p.name)).toEqual(['Ada']);
    expect(workspaceName(again.doc)).toBe('School A');
    await again.close();
  });

  test('two workspaces keep their data apart', async () => {
    const idA = freshId();
    const idB = freshId();
    expect(databaseNameFor(idA)).not.toBe(databaseNameFor(idB));

    const a = await openLocalWorkspace(idA);
    const b = await openLocalWorkspace(idB);
    const inA = addPartner(a.doc, { name: 'Only in A' });
    const inB = addPartner(b.doc, { name: 'Only in B' });
    await a.close();
    await b.close();

    const a2 = await openLocalWorkspace(idA);
    const b2 = await openLocalWorkspace(idB);
    expect(listPartners(a2.doc).items.map((p) => p.id)).toEqual([inA]);
    expect(listPartners(b2.doc).items.map((p) => p.id)).toEqual([inB]);
    await a2.close();
    await b2.close();

    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).toEqual(expect.arrayContaining([databaseNameFor(idA), databaseNameFor(idB)]));
  });

  test('databaseNameFor is stable and namespaced', () => {
    expect(databaseNameFor('abc')).toBe(databaseNameFor('abc'));
    expect(databaseNameFor('abc')).toMatch(/^bridgework-/);
    expect(databaseNameFor('abc')).toContain('abc');
  });

  test('a doc handed in before it has loaded keeps the edits made to it meanwhile, with what was stored', async () => {
    const id = freshId();
    const first = await openLocalWorkspace(id, { journal: null });
    addPartner(first.doc, { name: 'Stored before' });
    await first.close();

    const doc = new Y.Doc();
    const opening = openLocalWorkspace(id, { doc, journal: null });
    // Written at once, as a school year's doc is when an entry is logged into a year not loaded.
    addPartner(doc, { name: 'Written while loading' });
    const second = await opening;
    expect(second.doc).toBe(doc);
    await second.close();

    const third = await openLocalWorkspace(id, { journal: null });
    expect(
      listPartners(third.doc)
        .items.map((p) => p.name)
        .sort(),
    ).toEqual(['Stored before', 'Written while loading']);
    await third.close();
  });
});
