import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  backupText,
  createBackup,
  parseBackup,
  BACKUP_VERSION,
  YEARS_BACKUP_VERSION,
} from '../../../lib/model/backup';
import { parseCsvText } from '../../../lib/model/csv-table';
import { collection } from '../../../lib/model/doc';
import { addFollowup } from '../../../lib/model/followup';
import { deleteLogEntry } from '../../../lib/model/log-entry';
import { forEachLogRecord, listLogEntriesIn, logDocOf } from '../../../lib/model/log-docs';
import { meetingTitle } from '../../../lib/model/meeting-checkins';
import { exportCsv, upcomingIcs } from '../../../lib/model/workspace-csv';
import { exportWorkspaceJson } from '../../../lib/model/workspace-export';
import { splitWorkspace } from '../../helpers/split-workspace';

const sorted = (values: readonly string[]) => [...values].sort();

async function csvRows(text: string) {
  const raw = await parseCsvText(text, { pause: () => Promise.resolve() });
  return raw.records.filter((record) => record.some(Boolean)).slice(1);
}

describe('reading the log of a split workspace', () => {
  test('every year, each entry once, the year copy over the workspace copy, the moved copy never', () => {
    const w = splitWorkspace();
    const { items, invalid } = listLogEntriesIn(w.docs);
    expect(invalid).toBe(0);
    expect(sorted(items.map((e) => e.title))).toEqual(w.titles);
    expect(sorted(items.map((e) => e.id))).toEqual(sorted(Object.values(w.ids)));
    expect(logDocOf(w.docs, w.ids.old)).toBe(w.years[1]!.doc);
    expect(logDocOf(w.docs, w.ids.recent)).toBe(w.years[0]!.doc);
    expect(logDocOf(w.docs, w.ids.unmigrated)).toBe(w.main);
    const visited: string[] = [];
    forEachLogRecord(w.docs, (_raw, id) => visited.push(id));
    expect(visited).toHaveLength(3);
  });

  test('the workspace doc alone reads every entry it holds, a moved original too (it is whole until dropped)', () => {
    const w = splitWorkspace();
    expect(sorted(listLogEntriesIn(w.main).items.map((e) => e.title))).toEqual([
      'Leftover copy',
      'Stale copy',
      'Written before the split',
    ]);
  });

  test('a deleted year-doc entry is hidden though its workspace copy is live', () => {
    const w = splitWorkspace();
    deleteLogEntry(w.years[0]!.doc, w.ids.recent);
    expect(listLogEntriesIn(w.docs).items.map((e) => e.title)).not.toContain('Stale copy');
    expect(listLogEntriesIn(w.docs).items.map((e) => e.id)).not.toContain(w.ids.recent);
  });

  test('the log and follow-up CSVs hold every year once', async () => {
    const w = splitWorkspace();
    addFollowup(w.main, { text: 'Send the minutes', logEntryId: w.ids.old });
    const log = await csvRows(exportCsv(w.main, 'log', w.docs));
    expect(sorted(log.map((row) => row[2]!))).toEqual(w.titles);
    const followups = await csvRows(exportCsv(w.main, 'followups', w.docs));
    expect(followups.map((row) => row[5])).toEqual(['Old year meeting']);
    // Without the year docs, only what the workspace doc holds (as before the split).
    expect((await csvRows(exportCsv(w.main, 'log'))).map((row) => row[2])).not.toContain(
      'Old year meeting',
    );
  });

  test('the upcoming calendar holds meetings from every year doc, each once', () => {
    const w = splitWorkspace();
    const text = upcomingIcs(w.main, {
      today: '2024-01-01',
      now: 0,
      followupSummary: (t) => t,
      logDocs: w.docs,
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const summaries = calendar
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('summary')));
    expect(sorted(summaries)).toEqual(['Old year meeting', 'This year meeting']);
  });

  test('the JSON export holds each entry once, the year copy, and no moved copy', () => {
    const w = splitWorkspace();
    const parsed = JSON.parse(exportWorkspaceJson(w.main, 'W', { logDocs: w.docs })) as {
      collections: { log: { id: string; value: { title: string; movedTo?: number } }[] };
    };
    const log = parsed.collections.log;
    expect(sorted(log.map((r) => r.id))).toEqual(sorted(Object.values(w.ids)));
    expect(sorted(log.map((r) => r.value.title))).toEqual(w.titles);
    expect(log.some((r) => r.value.movedTo !== undefined)).toBe(false);
  });

  test('the JSON export of the workspace doc alone keeps the moved copy, mark and all', () => {
    const w = splitWorkspace();
    const parsed = JSON.parse(exportWorkspaceJson(w.main, 'W')) as {
      collections: { log: { id: string; value: { movedTo?: number } }[] };
    };
    const moved = parsed.collections.log.find((r) => r.id === w.ids.old);
    expect(moved?.value.movedTo).toBe(2024);
    expect(parsed.collections.log).toHaveLength(3);
  });

  test('a meeting title is found in the year doc that holds it, never from the moved copy', () => {
    const w = splitWorkspace();
    expect(meetingTitle(w.docs, w.ids.old)).toBe('Old year meeting');
    expect(meetingTitle(w.docs, w.ids.recent)).toBe('This year meeting');
    // Without its year's doc, the original the migration left is what there is to read.
    expect(meetingTitle(w.main, w.ids.old)).toBe('Leftover copy');
  });
});

describe('backups of a split workspace', () => {
  test('hold every year doc and read back with them (version 2)', () => {
    const w = splitWorkspace();
    const backup = createBackup(w.main, 'Home', 0, w.years);
    expect(backup.version).toBe(YEARS_BACKUP_VERSION);
    expect(Object.keys(backup.years ?? {}).sort()).toEqual(['2024', '2025']);
    const readable = backup.records.log as Record<string, { title: string }>;
    expect(sorted(Object.values(readable).map((r) => r.title))).toEqual(w.titles);
    const parsed = parseBackup(backupText(backup));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.years.map((y) => y.year)).toEqual([2025, 2024]);
    const restored2024 = new Y.Doc();
    Y.applyUpdate(restored2024, parsed.backup.years[1]!.update);
    expect(collection(restored2024, 'log').get(w.ids.old)?.get('title')).toBe('Old year meeting');
  });

  test('a workspace in one doc still writes version 1, without years', () => {
    const w = splitWorkspace();
    const backup = createBackup(w.years[1]!.doc, 'Home', 0);
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup).not.toHaveProperty('years');
    const parsed = parseBackup(backupText(backup));
    expect(parsed.ok && parsed.backup.years).toEqual([]);
  });

  test('a version 2 file without its years, or with a damaged year, is refused', () => {
    const w = splitWorkspace();
    const backup = createBackup(w.main, 'Home', 0, w.years);
    const { years: _years, ...withoutYears } = backup;
    expect(parseBackup(JSON.stringify(withoutYears))).toMatchObject({
      ok: false,
      reason: { code: 'missingParts' },
    });
    const damaged = { ...backup, years: { ...backup.years, '2024': 'not base64!' } };
    expect(parseBackup(JSON.stringify(damaged))).toMatchObject({
      ok: false,
      reason: { code: 'damagedData' },
    });
    const badYear = { ...backup, years: { nope: backup.years!['2024'] } };
    expect(parseBackup(JSON.stringify(badYear))).toMatchObject({ ok: false });
  });
});
