import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { LIMITS } from '../../../lib/model/fields';
import {
  DEFAULT_CADENCE_DAYS,
  getPartner,
  listPartners,
  PARTNER_KINDS,
  updatePartner,
} from '../../../lib/model/partner';
import { getPerson, listPeople, updatePerson } from '../../../lib/model/person';
import { REMOTE_ORIGIN, syncAll } from '../../helpers/yjs';

const MB = 'x'.repeat(1024 * 1024);

/**
 * Writes records the way a hostile or buggy peer could: straight into the
 * peer's own doc, then delivered to ours as an update, so the values go
 * through Yjs's encoder and decoder like real traffic.
 */
function fromPeer(
  write: (peer: Y.Doc, put: (collection: string, id: string, record: unknown) => void) => void,
): Y.Doc {
  const peer = new Y.Doc();
  peer.transact(() => {
    write(peer, (name, id, record) => {
      if (record instanceof Y.AbstractType) {
        peer.getMap(name).set(id, record);
      } else if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
        const map = new Y.Map<unknown>();
        peer.getMap(name).set(id, map);
        for (const [key, value] of Object.entries(record)) map.set(key, value);
      } else {
        peer.getMap(name).set(id, record);
      }
    });
  }, REMOTE_ORIGIN);
  const ours = new Y.Doc();
  Y.applyUpdate(ours, Y.encodeStateAsUpdate(peer), REMOTE_ORIGIN);
  return ours;
}

/** One partner record with a valid name plus the given hostile fields. */
function partnerWith(fields: Record<string, unknown>) {
  const doc = fromPeer((_peer, put) => put('partners', 'p', { name: 'Valid', ...fields }));
  const partner = getPartner(doc, 'p');
  if (!partner) throw new Error('expected the partner to be readable');
  return partner;
}

describe('records that cannot be used are skipped and counted, never thrown', () => {
  test('non-Y.Map records', () => {
    const doc = fromPeer((peer, put) => {
      put('partners', 'string', 'Acme');
      put('partners', 'number', 42);
      put('partners', 'null', null);
      put('partners', 'array', [{ name: 'Acme' }]);
      put('partners', 'bytes', new Uint8Array([1, 2, 3]));
      const yArray = new Y.Array<unknown>();
      put('partners', 'y-array', yArray);
      yArray.push(['Acme']);
      const yText = new Y.Text('Acme');
      put('partners', 'y-text', yText);
      put('partners', 'ok', { name: 'Acme' });
      put('people', 'string', 'Ada');
      put('people', 'ok', { name: 'Ada' });
      void peer;
    });
    const partners = listPartners(doc);
    expect(partners.items.map((p) => p.id)).toEqual(['ok']);
    expect(partners.invalid).toBe(7);
    for (const id of ['string', 'number', 'null', 'array', 'bytes', 'y-array', 'y-text']) {
      expect(getPartner(doc, id)).toBeNull();
    }
    expect(listPeople(doc)).toMatchObject({ invalid: 1, items: [{ id: 'ok', name: 'Ada' }] });
  });

  test.each([
    ['a number', 42],
    ['empty', ''],
    ['whitespace', ' \n\t  '],
    ['an object', { first: 'Acme' }],
    ['an array', ['Acme']],
    ['null', null],
    ['true', true],
    ['bytes', new Uint8Array([65])],
  ])('a name that is %s makes the record invalid', (_label, name) => {
    const doc = fromPeer((_peer, put) => {
      put('partners', 'bad', { name, website: 'https://ok.example' });
      put('people', 'bad', { name });
      put('partners', 'good', { name: 'Good' });
    });
    expect(listPartners(doc)).toMatchObject({ invalid: 1, items: [{ id: 'good' }] });
    expect(getPartner(doc, 'bad')).toBeNull();
    expect(listPeople(doc)).toEqual({ items: [], invalid: 1 });
  });

  test('a record with no name at all is invalid', () => {
    const doc = fromPeer((_peer, put) => put('partners', 'p', { website: 'https://x.example' }));
    expect(listPartners(doc)).toEqual({ items: [], invalid: 1 });
  });

  test('invalid records are left in the doc, unchanged, after reading', () => {
    const doc = fromPeer((_peer, put) => {
      put('partners', 'bad', { name: 42, futureField: 'keep me' });
    });
    const before = Y.encodeStateVector(doc);
    listPartners(doc);
    getPartner(doc, 'bad');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect((collection(doc, 'partners').get('bad') as Y.Map<unknown>).toJSON()).toEqual({
      name: 42,
      futureField: 'keep me',
    });
  });
});

describe('valid but dirty records are cleaned', () => {
  test('1 MB strings are capped, and a 1 MB URL is dropped', () => {
    const partner = partnerWith({
      name: `  Big   ${MB}`,
      description: MB,
      stakeholderGroup: MB,
      emails: [MB],
      tags: [MB],
      website: `https://example.org/${MB}`,
    });
    expect(partner.name).toHaveLength(LIMITS.name);
    expect(partner.name.startsWith('Big x')).toBe(true);
    expect(partner.description).toHaveLength(LIMITS.longText);
    expect(partner.stakeholderGroup).toHaveLength(100);
    expect(partner.emails[0]).toHaveLength(LIMITS.name);
    expect(partner.tags[0]).toHaveLength(60);
    expect(partner.website).toBeUndefined();

    const doc = fromPeer((_peer, put) => put('people', 'p', { name: MB, notes: MB, role: MB }));
    const person = getPerson(doc, 'p')!;
    expect(person.name).toHaveLength(LIMITS.name);
    expect(person.notes).toHaveLength(LIMITS.longText);
    expect(person.role).toHaveLength(200);
  });

  test('names are trimmed and their whitespace collapsed', () => {
    expect(partnerWith({ name: '  Riverside \n\t Library  ' }).name).toBe('Riverside Library');
  });

  test.each([
    'javascript:alert(1)',
    ' JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome-extension://abc/page.html',
    'not a url',
    '//example.org',
  ])(
    'an unsafe or relative URL %s is dropped from website, logo, socials and capturedFrom',
    (url) => {
      const partner = partnerWith({
        website: url,
        logo: url,
        socials: [url, 'https://social.example/@ok'],
        capturedFrom: { url, at: 1 },
      });
      expect(partner.website).toBeUndefined();
      expect(partner.logo).toBeUndefined();
      expect(partner.socials).toEqual(['https://social.example/@ok']);
      expect(partner.capturedFrom).toBeUndefined();
    },
  );

  test('http and https URLs survive, normalised', () => {
    const partner = partnerWith({
      website: ' https://Example.org ',
      logo: 'http://example.org/logo.png',
      capturedFrom: { url: 'https://example.org/about', at: 5 },
    });
    expect(partner.website).toBe('https://example.org/');
    expect(partner.logo).toBe('http://example.org/logo.png');
    expect(partner.capturedFrom).toEqual({ url: 'https://example.org/about', at: 5 });
  });

  test.each([
    ['a string', 'a@example.org'],
    ['an object', { 0: 'a@example.org', length: 1 }],
    ['a number', 3],
    ['null', null],
  ])('emails, phones, tags and socials that are %s read as empty lists', (_label, value) => {
    const partner = partnerWith({ emails: value, phones: value, tags: value, socials: value });
    expect(partner).toMatchObject({ emails: [], phones: [], tags: [], socials: [] });
  });

  test('arrays of mixed types keep only clean, distinct strings', () => {
    const partner = partnerWith({
      emails: ['a@example.org', 1, null, { email: 'b@example.org' }, ['c@example.org'], true],
      tags: ['  stem  ', 'stem', '', '   ', 'Arts', 7, 'arts'],
    });
    expect(partner.emails).toEqual(['a@example.org']);
    expect(partner.tags).toEqual(['stem', 'Arts', 'arts']);
  });

  test('lists are capped at LIMITS.listItems', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `tag ${i}`);
    const urls = Array.from({ length: 1000 }, (_, i) => `https://example.org/${i}`);
    const partner = partnerWith({ tags: many, socials: urls });
    expect(partner.tags).toHaveLength(LIMITS.listItems);
    expect(partner.socials).toHaveLength(LIMITS.listItems);
  });

  test.each([['museum'], [''], [3], [null], [{ kind: 'school' }], ['School']])(
    'an unknown kind %j reads as "other"',
    (kind) => {
      expect(partnerWith({ kind }).kind).toBe('other');
    },
  );

  test('every known kind is kept', () => {
    for (const kind of PARTNER_KINDS) expect(partnerWith({ kind }).kind).toBe(kind);
  });

  test.each([
    ['NaN', NaN],
    ['negative', -5],
    ['zero', 0],
    ['huge', 1e12],
    ['Infinity', Infinity],
    ['fractional', 2.5],
    ['a string', '30'],
    ['an object', { days: 7 }],
  ])('cadenceDays that is %s reads as the default', (_label, cadenceDays) => {
    expect(partnerWith({ cadenceDays }).cadenceDays).toBe(DEFAULT_CADENCE_DAYS);
  });

  test('a sensible cadenceDays is kept', () => {
    expect(partnerWith({ cadenceDays: 7 }).cadenceDays).toBe(7);
    expect(partnerWith({ cadenceDays: 3650 }).cadenceDays).toBe(3650);
  });

  test('nested objects in place of strings read as absent', () => {
    const partner = partnerWith({
      description: { text: 'hello' },
      website: { href: 'https://example.org' },
      logo: ['https://example.org/logo.png'],
      stakeholderGroup: ['Parents'],
      createdBy: { name: 'Mallory' },
      address: 'Main Street 1',
      capturedFrom: 'https://example.org',
    });
    expect(partner).toMatchObject({
      description: undefined,
      website: undefined,
      logo: undefined,
      stakeholderGroup: undefined,
      createdBy: undefined,
      address: undefined,
      capturedFrom: undefined,
    });
    const doc = fromPeer((_peer, put) =>
      put('people', 'p', { name: 'Ada', partnerId: { id: 'x' }, role: [1], notes: { a: 1 } }),
    );
    expect(getPerson(doc, 'p')).toMatchObject({
      name: 'Ada',
      partnerId: undefined,
      role: undefined,
      notes: undefined,
    });
  });

  test('address parts that are not strings are dropped, the rest kept', () => {
    const partner = partnerWith({
      address: { street: { line: 1 }, locality: '  Riverside ', country: 42, extra: 'x' },
    });
    expect(partner.address).toEqual({ locality: 'Riverside' });
  });

  test('timestamps and flags of the wrong type fall back', () => {
    const partner = partnerWith({
      createdAt: 'yesterday',
      updatedAt: -1,
      archived: 'yes',
    });
    expect(partner.createdAt).toBe(0);
    expect(partner.updatedAt).toBeUndefined();
    expect(partner.archived).toBe(false);
    expect(partnerWith({ createdAt: NaN, archived: true })).toMatchObject({
      createdAt: 0,
      archived: true,
    });
  });

  test('Y types inside a record read as their JSON value', () => {
    const doc = fromPeer((peer, put) => {
      const record = new Y.Map<unknown>();
      put('partners', 'p', record);
      record.set('name', new Y.Text('Text Name'));
      const tags = new Y.Array<unknown>();
      record.set('tags', tags);
      tags.push(['one', 2, 'two']);
      void peer;
    });
    expect(getPartner(doc, 'p')).toMatchObject({ name: 'Text Name', tags: ['one', 'two'] });
  });
});

describe('prototype-pollution keys', () => {
  test('a __proto__ key on a record neither pollutes Object.prototype nor supplies fields', () => {
    const doc = fromPeer((_peer, put) => {
      put('partners', 'smuggled', {
        ['__proto__']: { name: 'Ghost', polluted: true },
      });
      put('partners', 'mixed', {
        name: 'Real',
        ['__proto__']: { website: 'https://evil.example', polluted: true },
        constructor: { prototype: { polluted: true } },
        prototype: { polluted: true },
      });
    });
    const { items, invalid } = listPartners(doc);
    expect(invalid).toBe(1);
    expect(items).toHaveLength(1);
    const [partner] = items;
    expect(partner!.id).toBe('mixed');
    expect(partner!.website).toBeUndefined();
    expect(Object.getPrototypeOf(partner)).toBe(Object.prototype);
    expect(Object.keys(partner!)).not.toContain('__proto__');
    expect(Object.keys(partner!)).not.toContain('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a __proto__ key inside a nested plain object does not supply fields', () => {
    // JSON.parse makes __proto__ an own key, as a peer's encoder would send it.
    const address = JSON.parse('{"__proto__": {"street": "Smuggled 1"}, "locality": "Town"}');
    const partner = partnerWith({ address });
    expect(partner.address).toEqual({ locality: 'Town' });
    expect(({} as Record<string, unknown>).street).toBeUndefined();
  });

  test('a record id of __proto__ is an ordinary id', () => {
    const doc = fromPeer((_peer, put) => put('partners', '__proto__', { name: 'Odd id' }));
    expect(listPartners(doc).items).toEqual([expect.objectContaining({ id: '__proto__' })]);
    expect(getPartner(doc, '__proto__')?.name).toBe('Odd id');
  });
});

describe('forward compatibility', () => {
  test('unknown fields from a newer client survive our update, which edits in place', () => {
    const doc = fromPeer((_peer, put) =>
      put('partners', 'p', {
        name: 'Acme',
        kind: 'museum',
        futureField: { nested: ['a', 1] },
        rating: 5,
      }),
    );
    const record = collection(doc, 'partners').get('p')!;
    updatePartner(doc, 'p', { name: 'Acme Ltd', tags: ['sponsor'] }, 10);
    expect(collection(doc, 'partners').get('p')).toBe(record);
    expect(record.get('futureField')).toEqual({ nested: ['a', 1] });
    expect(record.get('rating')).toBe(5);
    expect(record.get('kind')).toBe('museum');
    expect(getPartner(doc, 'p')).toMatchObject({
      name: 'Acme Ltd',
      kind: 'other',
      tags: ['sponsor'],
    });

    const newer = new Y.Doc();
    syncAll(doc, newer);
    expect((newer.getMap('partners').get('p') as Y.Map<unknown>).get('futureField')).toEqual({
      nested: ['a', 1],
    });
  });

  test('the same holds for people', () => {
    const doc = fromPeer((_peer, put) => put('people', 'p', { name: 'Ada', pronouns: 'she/her' }));
    updatePerson(doc, 'p', { role: 'Chair' });
    const record = collection(doc, 'people').get('p')!;
    expect(record.get('pronouns')).toBe('she/her');
    expect(getPerson(doc, 'p')).toMatchObject({ name: 'Ada', role: 'Chair' });
  });

  test('a hostile record can be repaired by updating it in place', () => {
    const doc = fromPeer((_peer, put) => put('partners', 'p', { name: 42, website: 'x' }));
    expect(getPartner(doc, 'p')).toBeNull();
    updatePartner(doc, 'p', { name: 'Fixed' });
    expect(getPartner(doc, 'p')).toMatchObject({ name: 'Fixed', website: undefined });
  });
});

describe('any value a peer writes', () => {
  const hostileValue = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, 'javascript:alert(1)', '   ', ''),
    fc.webUrl(),
    fc.array(fc.oneof(fc.string(), fc.integer(), fc.webUrl()), { maxLength: 5 }),
  );
  const fieldName = fc.constantFrom(
    'name',
    'kind',
    'website',
    'description',
    'logo',
    'emails',
    'phones',
    'address',
    'socials',
    'tags',
    'stakeholderGroup',
    'cadenceDays',
    'capturedFrom',
    'createdBy',
    'createdAt',
    'updatedAt',
    'archived',
    'partnerId',
    'role',
    'notes',
    '__proto__',
    'constructor',
  );
  const hostileRecord = fc.oneof(
    fc.dictionary(fieldName, hostileValue, { maxKeys: 12 }),
    fc
      .record({ name: fc.string() })
      .chain((base) =>
        fc.dictionary(fieldName, hostileValue).map((rest) => ({ ...rest, ...base })),
      ),
  );

  test('reads without throwing and yields only records that satisfy the documented limits', () => {
    fc.assert(
      fc.property(fc.array(hostileRecord, { maxLength: 6 }), (records) => {
        const doc = fromPeer((_peer, put) => {
          records.forEach((record, i) => {
            put('partners', `p${i}`, record);
            put('people', `p${i}`, record);
          });
        });
        const partners = listPartners(doc);
        const people = listPeople(doc);
        expect(partners.items.length + partners.invalid).toBe(records.length);
        expect(people.items.length + people.invalid).toBe(records.length);
        for (const partner of partners.items) {
          expect(partner.name.trim()).toBe(partner.name);
          expect(partner.name.length).toBeGreaterThan(0);
          expect(partner.name.length).toBeLessThanOrEqual(LIMITS.name);
          expect(PARTNER_KINDS).toContain(partner.kind);
          for (const url of [partner.website, partner.logo, partner.capturedFrom?.url]) {
            if (url !== undefined) expect(url).toMatch(/^https?:\/\//);
          }
          for (const url of partner.socials) expect(url).toMatch(/^https?:\/\//);
          for (const list of [partner.emails, partner.phones, partner.tags]) {
            expect(Array.isArray(list)).toBe(true);
            for (const item of list) expect(typeof item).toBe('string');
          }
          expect(Number.isInteger(partner.cadenceDays)).toBe(true);
          expect(partner.cadenceDays).toBeGreaterThanOrEqual(1);
          expect(partner.cadenceDays).toBeLessThanOrEqual(3650);
          expect(typeof partner.archived).toBe('boolean');
          expect(Number.isFinite(partner.createdAt)).toBe(true);
          expect(Object.getPrototypeOf(partner)).toBe(Object.prototype);
        }
        for (const person of people.items) {
          expect(person.name.length).toBeGreaterThan(0);
          if (person.partnerId !== undefined) expect(typeof person.partnerId).toBe('string');
        }
        expect(({} as Record<string, unknown>).name).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});
