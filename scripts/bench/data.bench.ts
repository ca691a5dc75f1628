// Data in and out at district size. Import: 10,000 CSV rows (partners with a contact each) into a
// school workspace of 500 partners, timed per step, with the longest stretch the panel's thread is
// held between two yields (parse and check run in slices; the write is one transaction by
// design, so it is one block). Export: partners and log CSVs of a workspace with 10,000 partners
// and 100,000 log entries (each export is one block, paid only when someone asks for the file).
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { createDuplicateIndex } from '../../lib/capture/match';
import { findHeaderRow, guessMapping, recordsFromTable } from '../../lib/model/csv-mapping';
import { firstFilledRecord, parseCsvText, tableFrom } from '../../lib/model/csv-table';
import { applyImport, planImport, type FindExisting } from '../../lib/model/import-plan';
import { listPartners } from '../../lib/model/partner';
import { exportCsv } from '../../lib/model/workspace-csv';
import { table, time } from './stats';

const ROWS = 10_000;

function sheet(): string {
  const lines = [
    'Organization Name,First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Website 1 - Value,Notes',
  ];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      [
        `Organisation ${i}`,
        `Given${i}`,
        `Family${i}`,
        `person${i}@org${i}.example`,
        `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}`,
        `https://org${i}.example`,
        `"Met at the fair, ${i}.\nFollow up in spring."`,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function workspace(partners: number, entries: number): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const map = doc.getMap('partners');
    for (let i = 0; i < partners; i++) {
      const record = new Y.Map<unknown>();
      record.set('name', `Existing partner ${i}`);
      record.set('kind', 'nonprofit');
      record.set('website', `https://existing${i}.example/`);
      record.set('emails', [`office@existing${i}.example`]);
      record.set('phones', []);
      record.set('createdAt', 1_700_000_000_000);
      map.set(crypto.randomUUID(), record);
    }
    const log = doc.getMap('log');
    const ids = [...map.keys()];
    for (let i = 0; i < entries; i++) {
      const record = new Y.Map<unknown>();
      record.set('kind', 'call');
      record.set('date', `2025-${String((i % 12) + 1).padStart(2, '0')}-10`);
      record.set('title', `Call ${i}`);
      record.set('notes', `Notes for call ${i}.`);
      record.set('decisions', []);
      record.set('partnerIds', [ids[i % ids.length]!]);
      record.set('personIds', []);
      record.set('goalIds', []);
      record.set('agenda', new Y.Map());
      record.set('createdAt', 1_700_000_000_000);
      log.set(crypto.randomUUID(), record);
    }
  });
  return doc;
}

/** A pause that yields like the panel's and records the longest stretch between two yields. */
function blockMeter() {
  let last = performance.now();
  let longest = 0;
  return {
    pause: async () => {
      longest = Math.max(longest, performance.now() - last);
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    },
    end: () => Math.max(longest, performance.now() - last),
  };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

export async function run(): Promise<string> {
  const text = sheet();
  const doc = workspace(500, 0);

  const parseMeter = blockMeter();
  let started = performance.now();
  const raw = await parseCsvText(text, { pause: parseMeter.pause });
  const parseTotal = performance.now() - started;
  const parseBlock = parseMeter.end();

  const csv = tableFrom(raw, findHeaderRow(raw.records, firstFilledRecord(raw.records)));
  const records = recordsFromTable(csv, guessMapping(csv.header));
  const partners = listPartners(doc).items;
  const index = createDuplicateIndex(partners);
  const find: FindExisting = (candidate) => {
    const match = index.find(candidate)[0];
    return match ? { partnerId: match.id, name: '', reason: match.reason } : null;
  };
  const planMeter = blockMeter();
  started = performance.now();
  const plan = await planImport(records, find, { pause: planMeter.pause });
  const planTotal = performance.now() - started;
  const planBlock = planMeter.end();
  const write = time(() => applyImport(doc, plan, new Map()));

  const district = workspace(10_000, 100_000);
  const partnersCsv = time(() => exportCsv(district, 'partners'));
  const logCsv = time(() => exportCsv(district, 'log'));

  return [
    '## Data in and out',
    '',
    `Import of ${ROWS.toLocaleString('en')} CSV rows (${(text.length / 1024 / 1024).toFixed(1)} MB, Google Contacts columns) into a workspace of 500 partners; ${plan.validRows.toLocaleString('en')} rows valid.`,
    '',
    table(
      ['step', 'total', 'longest block'],
      [
        ['parse (papaparse, 128 K slices)', ms(parseTotal), ms(parseBlock)],
        ['check rows + duplicates (200-row slices)', ms(planTotal), ms(planBlock)],
        ['write (one transaction, one undo step)', ms(write), ms(write)],
      ],
    ),
    '',
    'Export of a workspace with 10,000 partners and 100,000 log entries (each one block):',
    '',
    table(
      ['file', 'time'],
      [
        ['partners.csv', ms(partnersCsv)],
        ['log.csv', ms(logCsv)],
      ],
    ),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await run());
