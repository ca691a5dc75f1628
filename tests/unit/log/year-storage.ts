import * as Y from 'yjs';
import { markYearLayout, noteHistoryYear } from '../../../lib/model/history-years';
import type { YearDocOpener } from '../../../lib/state/year-history';

/** Year docs "stored" in a map: loading one applies what an earlier open of it held. */
export function storage() {
  const stored = new Map<number, Uint8Array>();
  const opened: number[] = [];
  const open: YearDocOpener = async (year, doc) => {
    opened.push(year);
    await Promise.resolve();
    const bytes = stored.get(year);
    if (bytes) Y.applyUpdate(doc, bytes, 'disk');
    return { close: () => Promise.resolve() };
  };
  const keep = (year: number, fill: (doc: Y.Doc) => void) => {
    const doc = new Y.Doc();
    if (stored.has(year)) Y.applyUpdate(doc, stored.get(year)!);
    fill(doc);
    stored.set(year, Y.encodeStateAsUpdate(doc));
  };
  return { open, keep, opened };
}

export function splitWorkspace() {
  const main = new Y.Doc();
  main.transact(() => {
    markYearLayout(main);
    for (const year of [2024, 2025, 2026]) noteHistoryYear(main, year);
  });
  return main;
}
