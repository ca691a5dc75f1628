import * as Y from 'yjs';
import { collection } from '../../lib/model/doc';
import { markYearLayout, noteHistoryYear } from '../../lib/model/history-years';
import { addLogEntry } from '../../lib/model/log-entry';
import { MOVED_KEY } from '../../lib/model/moved-entry';
import { addPartner } from '../../lib/model/partner';

/** Copies a log entry's fields into `doc` as a plain Y.Map (a leftover or stale copy). */
function copyEntry(from: Y.Doc, to: Y.Doc, id: string, patch: Record<string, unknown>) {
  const source = collection(from, 'log').get(id)!.toJSON() as Record<string, unknown>;
  const copy = new Y.Map<unknown>();
  for (const [key, value] of Object.entries({ ...source, ...patch })) copy.set(key, value);
  collection(to, 'log').set(id, copy);
}

/**
 * A workspace in the split layout: years 2024 and 2025 each hold a meeting in their own doc;
 * the workspace doc holds the leftover copy of the 2024 meeting (marked as moved, stale title),
 * a stale unmarked copy of the 2025 meeting (the year doc's copy counts), and one entry a
 * not-yet-migrated peer wrote there.
 */
export function splitWorkspace() {
  const main = new Y.Doc();
  const partner = addPartner(main, { name: 'Riverside Library' });
  main.transact(() => {
    markYearLayout(main);
    noteHistoryYear(main, 2024);
    noteHistoryYear(main, 2025);
  });
  const y2024 = new Y.Doc();
  const y2025 = new Y.Doc();
  const old = addLogEntry(y2024, {
    kind: 'meeting',
    date: '2024-10-01T10:00',
    title: 'Old year meeting',
    partnerIds: [partner],
  }).id;
  const recent = addLogEntry(y2025, {
    kind: 'meeting',
    date: '2025-10-01T10:00',
    title: 'This year meeting',
    partnerIds: [partner],
  }).id;
  copyEntry(y2024, main, old, { title: 'Leftover copy', [MOVED_KEY]: 2024 });
  copyEntry(y2025, main, recent, { title: 'Stale copy' });
  const unmigrated = addLogEntry(main, {
    kind: 'call',
    date: '2025-11-02',
    title: 'Written before the split',
    partnerIds: [partner],
  }).id;
  return {
    main,
    partner,
    ids: { old, recent, unmigrated },
    years: [
      { year: 2025, doc: y2025 },
      { year: 2024, doc: y2024 },
    ],
    /** As `YearHistory.loadAll()` hands them out: the workspace doc, then newest year first. */
    docs: [main, y2025, y2024] as const,
    titles: ['Old year meeting', 'This year meeting', 'Written before the split'],
  };
}
