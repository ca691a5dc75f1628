import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { applyImport, planImport } from '../../../lib/model/import-plan';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { addPerson, listPeople } from '../../../lib/model/person';
import { exportVCards, isVCardText, parseVCards, personToVCard } from '../../../lib/model/vcard';

const V3 = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Ruiz;Ana;;;',
  'FN:Ana Ruiz',
  'ORG:Riverside Library;Children’s section',
  'TITLE:Director',
  'EMAIL;TYPE=INTERNET,WORK:ana@riverside.example',
  'EMAIL;TYPE=HOME:ana@home.example',
  'TEL;TYPE=WORK:+44 20 7946 0000',
  'TEL;TYPE=CELL:555 0100',
  'NOTE:A long note that is folded across several lines because it is longer th',
  ' an seventy-five characters\\, with a comma',
  'END:VCARD',
].join('\r\n');

const V4 = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Bob Ode',
  'N:Ode;Bob;;;',
  'ORG:Corner Bakery',
  'EMAIL;TYPE=work:bob@bakery.example',
  'EMAIL:bob.ode@bakery.example',
  'TEL;VALUE=uri;TYPE="voice,work":tel:+1-555-010-0100',
  'TEL;VALUE=text:555 0101',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'KIND:org',
  'FN:Eastside Bakery',
  'URL:https://eastside.example',
  'END:VCARD',
].join('\r\n');

describe('reading vCard files', () => {
  test('3.0 with folded lines, several emails and phones', () => {
    const read = parseVCards(V3);
    expect(read).toEqual({
      ok: true,
      records: [
        expect.objectContaining({
          rowNumber: 1,
          person: 'Ana Ruiz',
          organisation: 'Riverside Library',
          role: 'Director',
          emails: ['ana@riverside.example', 'ana@home.example'],
          phones: ['+44 20 7946 0000', '555 0100'],
          notes:
            'A long note that is folded across several lines because it is longer than seventy-five characters, with a comma',
        }),
      ],
    });
  });

  test('4.0 with tel: URIs, text numbers and an organisation card', () => {
    const read = parseVCards(V4);
    if (!read.ok) throw new Error(read.detail);
    expect(
      read.records.map(({ rowNumber, person, organisation, emails, phones, website }) => ({
        rowNumber,
        person,
        organisation,
        emails,
        phones,
        website,
      })),
    ).toEqual([
      {
        rowNumber: 1,
        person: 'Bob Ode',
        organisation: 'Corner Bakery',
        emails: ['bob@bakery.example', 'bob.ode@bakery.example'],
        phones: ['+1-555-010-0100', '555 0101'],
        website: '',
      },
      {
        rowNumber: 2,
        person: '',
        organisation: 'Eastside Bakery',
        emails: [],
        phones: [],
        website: 'https://eastside.example',
      },
    ]);
  });

  test('tells vCard text from CSV, and a broken file is refused with a reason', () => {
    expect(isVCardText(V3)).toBe(true);
    expect(isVCardText('Name,Email\nBEGIN,x')).toBe(false);
    expect(parseVCards('BEGIN:VCARD\r\nVERSION:4.0\r\nFN Bob\r\n')).toMatchObject({ ok: false });
  });
});

describe('writing vCard files', () => {
  const person = {
    name: 'Ana María Ruiz',
    role: 'Director; Reading',
    organisation: 'Riverside Library, Inc; North',
    emails: ['ana@riverside.example', 'ana@home.example'],
    phones: ['+44 20 7946 0000', '(555) 010-0100 x12'],
    notes:
      'Prefers mornings.\nSpeaks Spanish and English and a very long sentence to make the line fold over.',
  };

  test.each(['3.0', '4.0'] as const)('%s folds long lines and reads back the same', (version) => {
    const text = personToVCard(person, version);
    expect(text).toContain(`VERSION:${version}`);
    expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true);
    expect(text).toMatch(/\r\n /);
    const read = parseVCards(text);
    if (!read.ok) throw new Error(read.detail);
    expect(read.records[0]).toMatchObject({
      person: person.name,
      role: person.role,
      organisation: person.organisation,
      emails: person.emails,
      phones: person.phones,
      notes: person.notes,
    });
  });

  test('a workspace exported as vCards imports into a new one with the same people and organisations', async () => {
    const doc = new Y.Doc();
    const library = addPartner(doc, { name: 'Riverside Library' });
    addPerson(doc, {
      name: 'Ana Ruiz',
      role: 'Director',
      partnerId: library,
      emails: ['ana@riverside.example'],
      phones: ['555 0100'],
    });
    addPerson(doc, { name: 'Ben Ode', partnerId: library });
    addPerson(doc, { name: 'Loose Lu', emails: ['lu@lu.example'] });
    for (const version of ['3.0', '4.0'] as const) {
      const read = parseVCards(exportVCards(doc, version));
      if (!read.ok) throw new Error(read.detail);
      const target = new Y.Doc();
      applyImport(target, await planImport(read.records, () => null), new Map());
      expect(listPartners(target).items.map((p) => p.name)).toEqual(['Riverside Library']);
      const shape = (d: Y.Doc) => {
        const names = new Map(listPartners(d).items.map((p) => [p.id, p.name]));
        return listPeople(d)
          .items.map((p) => [
            p.name,
            p.role,
            p.partnerId ? names.get(p.partnerId) : undefined,
            p.emails,
            p.phones,
          ])
          .sort();
      };
      expect(shape(target)).toEqual(shape(doc));
    }
  });
});
