import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createDuplicateIndex } from '../../../lib/capture/match';
import { emptyRecord, type ImportRecord } from '../../../lib/model/import-record';
import {
  applyImport,
  planImport,
  type ExistingMatch,
  type FindExisting,
} from '../../../lib/model/import-plan';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { addPerson, listPeople } from '../../../lib/model/person';
import { createUndoManager } from '../../../lib/model/undo';

const row = (rowNumber: number, fields: Partial<ImportRecord>): ImportRecord => ({
  ...emptyRecord(rowNumber),
  ...fields,
});

/** The duplicate matching capture uses, over the doc's partners. */
function matcher(doc: Y.Doc): FindExisting {
  const partners = listPartners(doc).items;
  const index = createDuplicateIndex(partners);
  return (candidate) => {
    const match = index.find(candidate)[0];
    const partner = match && partners.find((p) => p.id === match.id);
    return partner
      ? ({ partnerId: partner.id, name: partner.name, reason: match.reason } as ExistingMatch)
      : null;
  };
}

const none: FindExisting = () => null;

describe('checking rows', () => {
  test('each problem is reported with its row number and the value refused', async () => {
    const plan = await planImport(
      [
        row(2, { organisation: 'Good Co', emails: ['hi@good.example'] }),
        row(3, { emails: ['x@y.org'] }),
        row(4, { organisation: 'Bad Mail', emails: ['denise@eastside'] }),
        row(5, { organisation: 'Bad Phone', phones: ['call me'] }),
        row(6, { organisation: 'Bad Site', website: 'javascript:alert(1)' }),
        row(7, { person: 'Ana', emails: ['nope', 'ana@ok.example'], phones: ['12'] }),
      ],
      none,
    );
    expect(plan.validRows).toBe(1);
    expect(plan.errors).toEqual([
      { rowNumber: 3, problems: [{ code: 'missingName' }] },
      { rowNumber: 4, problems: [{ code: 'email', value: 'denise@eastside' }] },
      { rowNumber: 5, problems: [{ code: 'phone', value: 'call me' }] },
      { rowNumber: 6, problems: [{ code: 'url', value: 'javascript:alert(1)' }] },
      {
        rowNumber: 7,
        problems: [
          { code: 'email', value: 'nope' },
          { code: 'phone', value: '12' },
        ],
      },
    ]);
  });

  test('rows naming one organisation become one partner with its people; details go to the person when the row names one', async () => {
    const plan = await planImport(
      [
        row(2, {
          organisation: 'Acme',
          website: 'acme.example',
          emails: ['info@acme.example'],
        }),
        row(3, {
          organisation: 'ACME ',
          person: 'Ana Ruiz',
          role: 'Director',
          emails: ['ana@acme.example'],
        }),
        row(4, { organisation: 'Acme', person: 'ana ruiz', phones: ['+44 20 7946 0000'] }),
        row(5, { person: 'Loose Lu' }),
      ],
      none,
    );
    expect(plan.partners).toHaveLength(1);
    expect(plan.partners[0]).toMatchObject({
      rowNumbers: [2, 3, 4],
      input: {
        name: 'Acme',
        website: 'https://acme.example/',
        emails: ['info@acme.example'],
      },
      people: [
        {
          name: 'Ana Ruiz',
          role: 'Director',
          emails: ['ana@acme.example'],
          phones: ['+44 20 7946 0000'],
        },
      ],
    });
    expect(plan.people).toMatchObject([{ name: 'Loose Lu', rowNumber: 5 }]);
  });
});

describe('duplicates against the workspace and applying', () => {
  function workspace() {
    const doc = new Y.Doc();
    const riverside = addPartner(doc, {
      name: 'Riverside Library',
      website: 'https://riverside.example/',
      description: 'Typed by hand',
    });
    addPartner(doc, { name: 'Eastside Bakery', emails: ['hello@eastside-bakery.example'] });
    addPerson(doc, { name: 'Rita', partnerId: riverside });
    return { doc, riverside };
  }

  const records = [
    row(2, {
      organisation: 'Riverside Public Library',
      website: 'www.riverside.example',
      description: 'From the file',
    }),
    row(3, {
      organisation: 'Riverside Public Library',
      person: 'Ravi',
      emails: ['ravi@riverside.example'],
    }),
    row(4, { organisation: 'Eastside Bakery Ltd', person: 'Eve' }),
    row(5, { organisation: 'New Partner', emails: ['team@new.example'] }),
    row(6, { organisation: '', person: '' }),
  ];

  test('matches by domain, e-mail domain and name, as capture does', async () => {
    const { doc } = workspace();
    const plan = await planImport(records, matcher(doc));
    expect(
      plan.partners.map((p) => [p.input.name, p.match?.name ?? null, p.match?.reason ?? null]),
    ).toEqual([
      ['Riverside Public Library', 'Riverside Library', 'domain'],
      ['Eastside Bakery Ltd', 'Eastside Bakery', 'name'],
      ['New Partner', null, null],
    ]);
  });

  test('Merge fills and adds without overwriting, Skip leaves a partner out, Import as new adds a second one', async () => {
    const { doc, riverside } = workspace();
    const plan = await planImport(records, matcher(doc));
    const bakeryKey = plan.partners[1]!.key;
    const summary = applyImport(doc, plan, new Map([[bakeryKey, 'skip']]), 1000);
    expect(summary).toEqual({
      rowsImported: 3,
      partnersAdded: 1,
      partnersMerged: 1,
      peopleAdded: 1,
      rowsSkipped: 1,
    });
    const partners = listPartners(doc).items;
    expect(partners.map((p) => p.name).sort()).toEqual([
      'Eastside Bakery',
      'New Partner',
      'Riverside Library',
    ]);
    expect(partners.find((p) => p.id === riverside)!.description).toBe('Typed by hand');
    expect(
      listPeople(doc)
        .items.map((p) => p.name)
        .sort(),
    ).toEqual(['Rita', 'Ravi'].sort());

    const again = await planImport(records, matcher(doc));
    const asNew = new Map(again.partners.map((p) => [p.key, 'new' as const]));
    applyImport(doc, again, asNew);
    expect(listPartners(doc).items.filter((p) => p.name === 'Eastside Bakery Ltd')).toHaveLength(1);
    expect(listPartners(doc).items.filter((p) => p.name === 'New Partner')).toHaveLength(2);
  });

  test('the whole import is one transaction and one Undo step', async () => {
    const { doc } = workspace();
    const undo = createUndoManager(doc);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const many = Array.from({ length: 300 }, (_, i) =>
      row(i + 2, {
        organisation: `Partner ${i}`,
        person: `Person ${i}`,
        emails: [`p${i}@p${i}.example`],
      }),
    );
    const plan = await planImport([...records, ...many], matcher(doc));
    undo.stopCapturing();
    applyImport(doc, plan, new Map());
    expect(transactions).toBe(1);
    expect(listPartners(doc).items).toHaveLength(303);
    undo.undo();
    expect(
      listPartners(doc)
        .items.map((p) => p.name)
        .sort(),
    ).toEqual(['Eastside Bakery', 'Riverside Library']);
    expect(listPeople(doc).items.map((p) => p.name)).toEqual(['Rita']);
    expect(listPartners(doc).items.find((p) => p.name === 'Riverside Library')!.emails).toEqual([]);
  });

  test('a partner to merge into that a peer deleted meanwhile is imported as new, and nothing throws', async () => {
    const { doc, riverside } = workspace();
    const plan = await planImport(records.slice(0, 2), matcher(doc));
    doc.getMap('partners').delete(riverside);
    expect(applyImport(doc, plan, new Map())).toMatchObject({
      partnersAdded: 1,
      partnersMerged: 0,
      peopleAdded: 1,
    });
  });

  test('two organisations in the file that match one partner merge into it without adding a person twice', async () => {
    const { doc, riverside } = workspace();
    const plan = await planImport(
      [
        row(2, { organisation: 'Riverside Library', person: 'Ravi', role: 'Librarian' }),
        row(3, {
          organisation: 'Riverside Library Inc',
          person: 'Ravi',
          emails: ['ravi@riverside.example'],
        }),
      ],
      matcher(doc),
    );
    expect(plan.partners.map((p) => p.match?.partnerId)).toEqual([riverside, riverside]);
    applyImport(doc, plan, new Map());
    const people = listPeople(doc).items.filter((p) => p.partnerId === riverside);
    expect(people.map((p) => [p.name, p.role ?? '', p.emails])).toEqual(
      expect.arrayContaining([
        ['Rita', '', []],
        ['Ravi', 'Librarian', ['ravi@riverside.example']],
      ]),
    );
    expect(people).toHaveLength(2);
  });

  test('planning in slices pauses and reports progress', async () => {
    let pauses = 0;
    const progress: number[] = [];
    const many = Array.from({ length: 1200 }, (_, i) => row(i + 2, { organisation: `P ${i}` }));
    await planImport(many, none, {
      sliceRows: 100,
      pause: async () => void pauses++,
      onProgress: (f) => progress.push(f),
    });
    // 11 while checking the 1,200 rows, 11 while matching the 1,200 partners they name.
    expect(pauses).toBe(22);
    expect(progress.at(-1)).toBe(1);
  });
});
