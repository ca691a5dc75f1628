import type * as Y from 'yjs';
import { listFollowups } from '../model/followup';
import type { ReminderSummary } from '../messages';
import { summarise } from './summary';

/**
 * Offscreen side: keeps the background's summary of one shared workspace in step with its doc,
 * which the offscreen document has open whether or not the panel is — so a follow-up a peer adds
 * while the panel is closed still reaches the badge. `listFollowups` hides soft-deleted ones.
 * Bursts (a sync delivering many edits) are coalesced; an unchanged summary is not sent again.
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
    const summary = summarise(workspaceId, listFollowups(doc).items);
    const text = JSON.stringify(summary.followups);
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
