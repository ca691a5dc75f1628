import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addCheckin } from '../../../lib/model/checkin';
import { guessMapping, findHeaderRow, recordsFromTable } from '../../../lib/model/csv-mapping';
import { firstFilledRecord, parseCsvText, tableFrom } from '../../../lib/model/csv-table';
import { addContribution } from '../../../lib/model/contribution';
import { addFollowup } from '../../../lib/model/followup';
import { singleDocHistory } from '../../../lib/model/history-docs';
import { addGoal } from '../../../lib/model/goal';
import { applyImport, planImport } from '../../../lib/model/import-plan';
import { addLogEntry } from '../../../lib/model/log-entry';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { addPerson, listPeople } from '../../../lib/model/person';
import { exportCsv, upcomingIcs } from '../../../lib/model/workspace-csv';

const noPause = () => Promise.resolve();

async function rows(text: string) {
  const raw = await parseCsvText(text, { pause: noPause });
  // The file ends with a line break, which papaparse reads as one last empty record.
  return raw.records.filter((record) => record.some(Boolean));
}

function workspace() {
  const doc = new Y.Doc();
  const acme = addPartner(doc, {
    name: '=HYPERLINK("http://evil.example","Acme")',
    kind: 'business',
    website: 'https://acme.example/',
    emails: ['info@acme.example', 'sales@acme.example'],
    phones: ['+44 20 7946 0000'],
    tags: ['literacy', 'stem'],
    description: 'Line one\nline two, with "quotes"',
  });
  const library = addPartner(doc, { name: 'Riverside Library', kind: 'library' });
  addPerson(doc, {
    name: 'Ana Ruiz',
    role: 'Director',
    partnerId: acme,
    emails: ['ana@acme.example'],
  });
  addPerson(doc, { name: '@Bob', partnerId: library, phones: ['555 0100'] });
  const goal = addGoal(doc, {
    title: 'Reading club',
    metric: { name: 'Pupils', target: 40, baseline: 10 },
  });
  addCheckin(doc, { goalId: goal, date: '2026-01-10', value: 12 }, 1);
  addCheckin(doc, { goalId: goal, date: '2026-03-10', value: 25 }, 3);
  addCheckin(doc, { goalId: goal, date: '2026-02-10', value: 18 }, 2);
  const { id: meeting } = addLogEntry(doc, {
    kind: 'meeting',
    date: '2026-12-01T10:00',
    title: 'Planning, round 2',
    partnerIds: [acme],
  });
  addLogEntry(doc, { kind: 'call', date: '2026-11-01', title: 'Old call' });
  addLogEntry(doc, { kind: 'meeting', date: '2025-01-01', title: 'Past meeting' });
  addFollowup(doc, {
    text: 'Send the plan',
    due: '2026-12-05',
    logEntryId: meeting,
    partnerId: acme,
  });
  addFollowup(doc, { text: 'Long overdue', due: '2020-01-01' });
  return { doc, acme };
}

describe('CSV exports', () => {
  test('partners: one row each, lists joined, formula-looking names neutralised', async () => {
    const { doc } = workspace();
    const records = await rows(exportCsv(doc, 'partners'));
    expect(records[0]!.slice(0, 5)).toEqual(['Name', 'Kind', 'Website', 'Emails', 'Phones']);
    expect(records.slice(1).map((r) => r[0])).toEqual([
      `'=HYPERLINK("http://evil.example","Acme")`,
      'Riverside Library',
    ]);
    expect(records[1]!.slice(1, 5)).toEqual([
      'business',
      'https://acme.example/',
      'info@acme.example; sales@acme.example',
      `'+44 20 7946 0000`,
    ]);
    expect(records[1]![10]).toBe('Line one\nline two, with "quotes"');
  });

  test('people name their organisation; goals carry their latest check-in', async () => {
    const { doc } = workspace();
    expect((await rows(exportCsv(doc, 'people'))).slice(1).map((r) => r.slice(0, 3))).toEqual([
      [`'@Bob`, '', 'Riverside Library'],
      ['Ana Ruiz', 'Director', '=HYPERLINK("http://evil.example","Acme")'].map((v, i) =>
        i === 2 ? `'${v}` : v,
      ),
    ]);
    const goals = await rows(exportCsv(doc, 'goals'));
    const header = goals[0]!;
    const goal = goals[1]!;
    expect(goal[header.indexOf('Latest value')]).toBe('25');
    expect(goal[header.indexOf('Latest check-in')]).toBe('2026-03-10');
    expect(goal[header.indexOf('Target')]).toBe('40');
    expect((await rows(exportCsv(doc, 'checkins'))).slice(1).map((r) => r[2])).toEqual([
      '25',
      '18',
      '12',
    ]);
  });

  test('log entries and follow-ups name their partners and entries', async () => {
    const { doc } = workspace();
    const log = await rows(exportCsv(doc, 'log'));
    expect(log.slice(1).map((r) => r[2])).toEqual([
      'Planning, round 2',
      'Old call',
      'Past meeting',
    ]);
    const followups = await rows(exportCsv(doc, 'followups'));
    expect(followups.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['Long overdue', '2020-01-01', ''],
      ['Send the plan', '2026-12-05', 'Planning, round 2'],
    ]);
  });

  test('exported partners imported into a new workspace are the same partners', async () => {
    const { doc } = workspace();
    addPartner(doc, { name: 'Plain', emails: ['a@plain.example'], website: 'plain.example' });
    const raw = await parseCsvText(exportCsv(doc, 'partners'), { pause: noPause });
    const header = findHeaderRow(raw.records, firstFilledRecord(raw.records));
    const table = tableFrom(raw, header);
    const records = recordsFromTable(table, guessMapping(table.header));
    const target = new Y.Doc();
    const plan = await planImport(records, () => null);
    expect(plan.errors).toEqual([]);
    applyImport(target, plan, new Map());
    const shape = (d: Y.Doc) =>
      listPartners(d)
        .items.map(({ name, kind, website, emails, phones, tags, description }) => ({
          name,
          kind,
          website,
          emails,
          phones,
          tags,
          description,
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    expect(shape(target)).toEqual(shape(doc));
    expect(listPeople(target).items).toEqual([]);
  });

  test('contributions name their partner, with money or hours', async () => {
    const { doc, acme } = workspace();
    const history = singleDocHistory(doc);
    addContribution(history, {
      partnerId: acme,
      direction: 'from-partner',
      kind: 'grant',
      amount: 500,
      currency: 'EUR',
      date: '2026-03-01',
    });
    addContribution(history, {
      partnerId: acme,
      direction: 'from-partner',
      kind: 'volunteer-hours',
      hours: 12,
      date: '2026-04-01',
      note: '-12 on a Saturday',
    });
    expect(
      (await rows(exportCsv(doc, 'contributions')))
        .slice(1)
        .map((r) => [r[1], r[2], r[3], r[4], r[5], r[6], r[8]]),
    ).toEqual([
      ['from-partner', 'volunteer-hours', '2026-04-01', '', '', '12', "'-12 on a Saturday"],
      ['from-partner', 'grant', '2026-03-01', '500', 'EUR', '', ''],
    ]);
  });
});

describe('the calendar of what is coming up', () => {
  test('has upcoming meetings and open follow-ups, not past ones, and parses', () => {
    const { doc } = workspace();
    const text = upcomingIcs(doc, {
      today: '2026-11-27',
      now: Date.UTC(2026, 10, 27),
      timeZone: 'UTC',
      followupSummary: (t) => `Follow-up: ${t}`,
    });
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('summary')));
    expect(events).toEqual(['Planning, round 2', 'Follow-up: Send the plan']);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
  });
});
