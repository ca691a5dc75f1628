import { effect } from '@preact/signals';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { collection, transactLocal } from '../../../lib/model/doc';
import {
  addPartner,
  deletePartner,
  listPartners,
  partnerSchema,
  updatePartner,
  type Partner,
  type PartnerInput,
} from '../../../lib/model/partner';
import { addPerson, listPeople, personSchema, updatePerson } from '../../../lib/model/person';
import { RecordCache } from '../../../lib/state/record-cache';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { byId, syncAll, writeRawRecord } from '../../helpers/yjs';

afterEach(() => {
  vi.restoreAllMocks();
});

function docWithPartners(count: number): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(addPartner(doc, { name: `Partner ${i}` }, i));
  return { doc, ids };
}

describe('RecordCache', () => {
  test('filled later, it reads the records a slice at a time and keeps edits made meanwhile', async () => {
    const { doc, ids } = docWithPartners(300);
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema, { fill: 'later' });
    expect(cache.size).toBe(0);
    let otherTasks = 0;
    const timer = setInterval(() => otherTasks++, 0);
    const filling = cache.fill(0);
    updatePartner(doc, ids[299]!, { name: 'Renamed while filling' });
    const added = addPartner(doc, { name: 'Added while filling' });
    await filling;
    clearInterval(timer);
    expect(otherTasks).toBeGreaterThan(0);
    expect(cache.size).toBe(301);
    expect(cache.get(ids[299]!)?.name).toBe('Renamed while filling');
    expect(cache.get(added)?.name).toBe('Added while filling');
    cache.dispose();
  });

  test('reads every existing record once when created', () => {
    const { doc, ids } = docWithPartners(50);
    const parse = vi.spyOn(partnerSchema, 'safeParse');
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema);
    expect(parse).toHaveBeenCalledTimes(50);
    expect(cache.size).toBe(50);
    expect(cache.get(ids[7]!)).toMatchObject({ id: ids[7], name: 'Partner 7' });
    cache.dispose();
  });

  test('a change to one record re-parses only that record', () => {
    const { doc, ids } = docWithPartners(200);
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema);
    const parse = vi.spyOn(partnerSchema, 'safeParse');

    updatePartner(doc, ids[42]!, { name: 'Changed', tags: ['new'] });
    expect(parse).toHaveBeenCalledTimes(1);
    expect(parse.mock.calls[0]![0]).toMatchObject({ name: 'Changed' });
    expect(cache.get(ids[42]!)).toMatchObject({ name: 'Changed', tags: ['new'] });
    expect(cache.get(ids[41]!)?.name).toBe('Partner 41');

    parse.mockClear();
    const added = addPartner(doc, { name: 'Added' });
    expect(parse).toHaveBeenCalledTimes(1);
    expect(cache.get(added)?.name).toBe('Added');
    expect(cache.size).toBe(201);

    parse.mockClear();
    deletePartner(doc, ids[1]!);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(cache.get(ids[1]!)?.deletedAt).toBeDefined();
    expect([...cache.live()]).toHaveLength(200);

    parse.mockClear();
    // A record removed outright (an older client) is dropped without parsing anything.
    doc.transact(() => collection(doc, 'partners').delete(ids[0]!));
    expect(parse).toHaveBeenCalledTimes(0);
    expect(cache.get(ids[0]!)).toBeUndefined();
    expect(cache.size).toBe(200);
    cache.dispose();
  });

  test('one transaction touching two records re-parses those two, once each', () => {
    const { doc, ids } = docWithPartners(100);
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema);
    const parse = vi.spyOn(partnerSchema, 'safeParse');
    transactLocal(doc, () => {
      const partners = collection(doc, 'partners');
      partners.get(ids[1]!)!.set('name', 'One');
      partners.get(ids[1]!)!.set('tags', ['a']);
      partners.get(ids[2]!)!.set('name', 'Two');
    });
    expect(parse).toHaveBeenCalledTimes(2);
    expect([cache.get(ids[1]!)?.name, cache.get(ids[2]!)?.name]).toEqual(['One', 'Two']);
    cache.dispose();
  });

  test('a remote update re-parses only the records it touched', () => {
    const { doc: remote, ids } = docWithPartners(100);
    const doc = new Y.Doc();
    syncAll(remote, doc);
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema);
    const parse = vi.spyOn(partnerSchema, 'safeParse');
    updatePartner(remote, ids[99]!, { website: 'https://remote.example/' });
    syncAll(remote, doc);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(cache.get(ids[99]!)?.website).toBe('https://remote.example/');
    cache.dispose();
  });

  test('a record replaced by a new map under the same id is read again', () => {
    const { doc, ids } = docWithPartners(3);
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema);
    writeRawRecord(doc, 'partners', ids[1]!, { name: 'Replacement' });
    expect(cache.get(ids[1]!)?.name).toBe('Replacement');
    expect(cache.size).toBe(3);
    cache.dispose();
  });

  test('the changes signal bumps once per transaction that touches the collection', () => {
    const { doc, ids } = docWithPartners(3);
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema);
    let runs = 0;
    const stop = effect(() => {
      void cache.changes.value;
      runs++;
    });
    expect(runs).toBe(1);
    updatePartner(doc, ids[0]!, { name: 'X', tags: ['a', 'b'] });
    expect(runs).toBe(2);
    addPerson(doc, { name: 'Not a partner' });
    expect(runs).toBe(2);
    updatePartner(doc, ids[0]!, { name: 'X' }); // no-op: nothing written
    expect(runs).toBe(2);
    stop();
    cache.dispose();
  });

  test('invalidCount counts unreadable records as they come and go', () => {
    const { doc, ids } = docWithPartners(2);
    writeRawRecord(doc, 'partners', 'hostile-1', { name: 42 });
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema);
    expect([cache.size, cache.invalidCount]).toEqual([2, 1]);

    collection(doc, 'partners').set('hostile-2', 'not a map' as unknown as Y.Map<unknown>);
    expect([cache.size, cache.invalidCount]).toEqual([2, 2]);

    // A valid record turned invalid by a peer, then repaired.
    collection(doc, 'partners').get(ids[0]!)!.set('name', '   ');
    expect([cache.size, cache.invalidCount]).toEqual([1, 3]);
    updatePartner(doc, ids[0]!, { name: 'Repaired' });
    expect([cache.size, cache.invalidCount]).toEqual([2, 2]);
    expect(cache.get(ids[0]!)?.name).toBe('Repaired');

    collection(doc, 'partners').delete('hostile-1');
    collection(doc, 'partners').delete('hostile-2');
    expect([cache.size, cache.invalidCount]).toEqual([2, 0]);
    cache.dispose();
  });

  test('after dispose the cache no longer changes', () => {
    const { doc, ids } = docWithPartners(1);
    const cache = new RecordCache<Partner>(doc, 'partners', partnerSchema);
    cache.dispose();
    updatePartner(doc, ids[0]!, { name: 'Later' });
    expect(cache.get(ids[0]!)?.name).toBe('Partner 0');
  });

  test('works for people too', () => {
    const doc = new Y.Doc();
    const id = addPerson(doc, { name: 'Ada' });
    const cache = new RecordCache(doc, 'people', personSchema);
    updatePerson(doc, id, { role: 'Chair' });
    expect(cache.get(id)).toMatchObject({ name: 'Ada', role: 'Chair' });
    cache.dispose();
  });
});

describe('WorkspaceSession lists', () => {
  function sessionWith(partners: PartnerInput[]) {
    const doc = new Y.Doc();
    const ids = partners.map((input) => addPartner(doc, input));
    return { doc, ids, session: new WorkspaceSession(doc) };
  }

  test('sortedPartners orders names locale-aware and numerically, without archived ones', () => {
    const { session } = sessionWith([
      { name: 'Zoo' },
      { name: 'Partner 10' },
      { name: 'école du Nord' },
      { name: 'Partner 2' },
      { name: 'Émile Library' },
      { name: 'apple orchard' },
      { name: 'Archived One', archived: true },
      { name: 'Partner 1' },
    ]);
    expect(session.sortedPartners.value.map((p) => p.name)).toEqual([
      'apple orchard',
      'école du Nord',
      'Émile Library',
      'Partner 1',
      'Partner 2',
      'Partner 10',
      'Zoo',
    ]);
    session.dispose();
  });

  test('sortedPartners follows edits and is recomputed only when partners change', () => {
    const { doc, ids, session } = sessionWith([{ name: 'B' }, { name: 'C' }]);
    const first = session.sortedPartners.value;
    addPerson(doc, { name: 'Ada', partnerId: ids[0] });
    expect(session.sortedPartners.value).toBe(first);
    updatePartner(doc, ids[1]!, { name: 'A' });
    expect(session.sortedPartners.value.map((p) => p.name)).toEqual(['A', 'B']);
    updatePartner(doc, ids[0]!, { archived: true });
    expect(session.sortedPartners.value.map((p) => p.name)).toEqual(['A']);
    session.dispose();
  });

  test('peopleByPartner groups people by partner, sorted by name', () => {
    const { doc, ids, session } = sessionWith([{ name: 'P' }, { name: 'Q' }]);
    addPerson(doc, { name: 'Zoe', partnerId: ids[0] });
    addPerson(doc, { name: 'ada', partnerId: ids[0] });
    addPerson(doc, { name: 'Max', partnerId: ids[1] });
    addPerson(doc, { name: 'Loose' });
    const groups = session.peopleByPartner.value;
    expect(groups.get(ids[0]!)?.map((p) => p.name)).toEqual(['ada', 'Zoe']);
    expect(groups.get(ids[1]!)?.map((p) => p.name)).toEqual(['Max']);
    expect(groups.size).toBe(2);
    session.dispose();
  });

  test('partners and people caches equal a full read after many edits', () => {
    const { doc, ids, session } = sessionWith([{ name: 'P' }, { name: 'Q' }]);
    session.act(() => addPerson(doc, { name: 'Ada', partnerId: ids[0] }));
    session.act(() => deletePartner(doc, ids[0]!));
    session.act(() => updatePartner(doc, ids[1]!, { tags: ['t'] }));
    session.undo();
    session.undo();
    expect(session.partners.get(ids[1]!)?.tags).toEqual([]);
    expect(byId([...session.partners.live()])).toEqual(byId(listPartners(doc).items));
    expect(byId([...session.people.live()])).toEqual(byId(listPeople(doc).items));
    expect(session.people.size).toBe(1);
    session.dispose();
  });
});

describe('WorkspaceSession.searchPartners', () => {
  const partners: PartnerInput[] = [
    {
      name: 'Riverside Public Library',
      website: 'https://riverside-library.example.org/',
      emails: ['hello@riverside-library.example.org'],
      tags: ['literacy'],
    },
    { name: 'École Saint-Michel', tags: ['french', 'primary'] },
    { name: 'Acme Robotics', emails: ['stem@acme.example'], tags: ['STEM', 'sponsor'] },
    { name: 'Ecole Sud', website: 'https://ecole-sud.example/' },
    { name: 'Hidden Archive', tags: ['literacy'], archived: true },
  ];

  function search(query: string): string[] {
    const doc = new Y.Doc();
    for (const input of partners) addPartner(doc, input);
    const session = new WorkspaceSession(doc);
    const names = session.searchPartners(query).map((p) => p.name);
    session.dispose();
    return names;
  }

  test.each([
    ['by name', 'riverside', ['Riverside Public Library']],
    ['case-insensitively', 'ACME', ['Acme Robotics']],
    ['by website', 'riverside-library.example', ['Riverside Public Library']],
    ['by email', 'stem@acme', ['Acme Robotics']],
    ['by tag', 'sponsor', ['Acme Robotics']],
    ['by tag, any case', 'stem', ['Acme Robotics']],
    ['accent-insensitively (plain query)', 'ecole', ['École Saint-Michel', 'Ecole Sud']],
    ['accent-insensitively (accented query)', 'ÉCOLE sud', ['Ecole Sud']],
    ['with every word, in any order', 'library public', ['Riverside Public Library']],
    ['with words from different fields', 'french école', ['École Saint-Michel']],
    ['not when one word is missing', 'library robotics', []],
    ['not archived partners', 'archive', []],
    ['by a tag shared with an archived partner', 'literacy', ['Riverside Public Library']],
  ])('finds partners %s', (_label, query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  test('an empty or blank query returns every visible partner, sorted', () => {
    const all = ['Acme Robotics', 'École Saint-Michel', 'Ecole Sud', 'Riverside Public Library'];
    expect(search('')).toEqual(all);
    expect(search('   ')).toEqual(all);
  });

  test('search follows edits', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Old Name' });
    const session = new WorkspaceSession(doc);
    expect(session.searchPartners('old')).toHaveLength(1);
    updatePartner(doc, id, { name: 'New Name', tags: ['robotics'] });
    expect(session.searchPartners('old')).toHaveLength(0);
    expect(session.searchPartners('robotics new').map((p) => p.id)).toEqual([id]);
    session.dispose();
  });
});
