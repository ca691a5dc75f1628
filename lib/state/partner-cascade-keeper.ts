import type * as Y from 'yjs';
import { collection, LOCAL_ORIGIN } from '../model/doc';
import { alignWithPartners } from '../model/partner-cascade';
import { touchedRecordIds } from '../model/records';
import type { YearHistory } from './year-history';

/** Origin of the alignment's writes: derived from the partners, not the user's (Undo skips it). */
export const CASCADE_ORIGIN = 'bridgework:partner-cascade';

/**
 * Keeps each loaded school year's feedback and contributions in line with their partners'
 * deletion (lib/model/partner-cascade.ts): a year once its stored rows have loaded, and every
 * loaded year when a peer deletes or restores a partner. This device's own deletions cascade in
 * the same action (`deletePartner` with the history's docs), and their Undo takes both back, so
 * only peers' changes are followed here. Costs a scan of a year's feedback and contributions when
 * it loads (a few thousand records), and of the touched partners' records on a peer's change.
 */
export function keepDependentsWithPartners(
  main: Y.Doc,
  history: Pick<YearHistory, 'all' | 'onAdded' | 'load' | 'yearOfDoc'>,
): () => void {
  let stopped = false;
  const align = (yearDoc: Y.Doc, partners?: ReadonlySet<string>) => {
    if (stopped || yearDoc === main) return;
    yearDoc.transact(() => alignWithPartners(main, yearDoc, partners), CASCADE_ORIGIN);
  };
  const whenLoaded = (yearDoc: Y.Doc, year: number) => {
    history.load(year).then(
      () => align(yearDoc),
      () => undefined, // Not loaded (closed, or failed: the view that asked says so).
    );
  };
  for (const yearDoc of history.all()) {
    const year = history.yearOfDoc(yearDoc);
    if (year !== null) whenLoaded(yearDoc, year);
  }
  const stopAdded = history.onAdded(whenLoaded);
  const partners = collection(main, 'partners');
  const onPartners = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const origin = events[0]?.transaction.origin;
    if (origin === LOCAL_ORIGIN) return;
    const touched = touchedRecordIds(partners, events);
    if (touched.size === 0) return;
    for (const yearDoc of history.all()) align(yearDoc, touched);
  };
  partners.observeDeep(onPartners);
  return () => {
    stopped = true;
    stopAdded();
    partners.unobserveDeep(onPartners);
  };
}
