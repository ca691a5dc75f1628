import { addCheckin, checkinSchema, type Checkin, type CheckinInput } from './checkin';
import { raiseLatestCheckins } from './checkin-summary';
import { transactLocal } from './doc';
import type { HistoryDocs } from './history-docs';
import { forEachHistoryRecord, type HistoryDocList } from './history-records';
import { parseRecord, readOne, type ReadResult } from './records';

/**
 * Check-ins across a workspace's history docs (lib/model/history-docs.ts): once history is split
 * per school year a check-in lives in its date's year doc, and a workspace-doc original the
 * migration copied reads once (lib/model/history-records.ts).
 */

/**
 * Records a check-in in its day's history doc. Written elsewhere than the workspace doc, it also
 * raises the goal's latest check-in there (lib/model/checkin-summary.ts) in the same local edit,
 * so an Undo takes both back. Returns its id.
 */
export function recordCheckin(history: HistoryDocs, input: CheckinInput, now = Date.now()): string {
  const doc = history.docFor(input.date);
  const id = addCheckin(doc, input, now);
  if (doc === history.main) return id;
  const written = readOne(doc, 'checkins', checkinSchema, id);
  if (written) transactLocal(history.main, () => raiseLatestCheckins(history.main, [written]));
  return id;
}

/** Every check-in in the docs given, each once (`invalid` counts records that do not read). */
export function listCheckinsIn(docs: HistoryDocList): ReadResult<Checkin> {
  const items: Checkin[] = [];
  let invalid = 0;
  forEachHistoryRecord(docs, 'checkins', (raw, id) => {
    const checkin = parseRecord(checkinSchema, id, raw);
    if (checkin) items.push(checkin);
    else invalid++;
  });
  return { items, invalid };
}
