import type * as Y from 'yjs';
import { currentAgreements } from '../model/agreement';
import { listCommitments } from '../model/commitment';
import { listFollowups } from '../model/followup';
import { getPartner } from '../model/partner';
import type { ReminderItem, ReminderSummary } from '../messages';
import { summarise } from './summary';

/** Review dates of the doc's current agreements, named by their (live) partner. */
function reviewItems(doc: Y.Doc): ReminderItem[] {
  const items: ReminderItem[] = [];
  for (const agreement of currentAgreements(doc)) {
    const partner = agreement.reviewDate ? getPartner(doc, agreement.partnerId) : null;
    if (partner && agreement.reviewDate)
      items.push({
        id: agreement.id,
        text: partner.name,
        due: agreement.reviewDate,
        partnerId: agreement.partnerId,
      });
  }
  return items;
}

/**
 * Offscreen side: keeps the background's summary of one shared workspace in step with its doc,
 * which the offscreen document has open whether or not the panel is — so a follow-up a peer adds
 * while the panel is closed still reaches the badge. `listFollowups` hides soft-deleted ones.
 * Bursts (a sync delivering many edits) are coalesced; an unchanged summary is not sent again.
 * Open commitments and agreements' review dates travel in the same summary.
 */
export function watchFollowups(
  workspaceId: string,
  doc: Y.Doc,
  publish: (summary: ReminderSummary) => void,
  delayMs = 500,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const send = () => {
    const summary = summarise(workspaceId, listFollowups(doc).items, Date.now(), {
      commitments: listCommitments(doc).items,
      reviews: reviewItems(doc),
    });
    const text = JSON.stringify([summary.followups, summary.commitments, summary.reviews]);
    if (text === last) return;
    last = text;
    publish(summary);
  };
  const onUpdate = () => {
    clearTimeout(timer);
    timer = setTimeout(send, delayMs);
  };
  doc.on('update', onUpdate);
  send();
  return () => {
    clearTimeout(timer);
    doc.off('update', onUpdate);
  };
}
