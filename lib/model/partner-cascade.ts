import * as Y from 'yjs';
import { clearDeletionMarks, isDeletedRaw, markDeleted } from './deletion';
import { collection } from './doc';
import { PARTNER_HISTORY_DEPENDENTS } from './partner';

/**
 * A partner's feedback and contributions go and come back with it (`deletePartner`,
 * `restorePartner`), but once they are kept per school year only the years loaded when the
 * partner is deleted or restored are touched. A year loaded later, or one a peer edited without
 * it, can hold a deleted partner's records live (counted in that year's totals) or records still
 * marked as deleted with a partner that is back. This brings a year doc in line with the
 * workspace doc's partners:
 *
 * - a live record of a deleted partner, created before the partner was deleted, is marked as
 *   deleted with it (the partner's `deletedAt` and `deletedBy`, `deletedWith` its id), as the
 *   cascade would have done had the year been loaded;
 * - a record marked as deleted with a partner that is live again is restored.
 *
 * A record created after its partner was deleted (a peer offline at the time) is left live, as
 * the cascade would have. Every write sets fields to values derived from the workspace doc, so
 * peers doing this at once write the same values; a peer that has not yet received a deletion or
 * a restore may write the other state, and writes it back once it has (each change of a
 * partner's deletion is followed by this again). Returns how many records changed.
 */
export function alignWithPartners(
  main: Y.Doc,
  yearDoc: Y.Doc,
  onlyPartners?: ReadonlySet<string>,
): number {
  if (yearDoc === main) return 0;
  const partners = collection(main, 'partners');
  let changed = 0;
  for (const { collection: name, field } of PARTNER_HISTORY_DEPENDENTS) {
    collection(yearDoc, name).forEach((record) => {
      if (!(record instanceof Y.Map)) return;
      const partnerId = record.get(field);
      if (typeof partnerId !== 'string') return;
      if (onlyPartners && !onlyPartners.has(partnerId)) return;
      const partner = partners.get(partnerId);
      if (!(partner instanceof Y.Map)) return;
      const partnerGone = isDeletedRaw(partner);
      const recordGone = isDeletedRaw(record);
      if (partnerGone && !recordGone) {
        const deletedAt = partner.get('deletedAt') as number;
        const createdAt = record.get('createdAt');
        if (typeof createdAt === 'number' && createdAt > deletedAt) return;
        const by = partner.get('deletedBy');
        markDeleted(record, typeof by === 'string' ? by : undefined, deletedAt, partnerId);
        changed++;
      } else if (!partnerGone && recordGone && record.get('deletedWith') === partnerId) {
        clearDeletionMarks(record);
        changed++;
      }
    });
  }
  return changed;
}
