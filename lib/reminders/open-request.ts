import { signal } from '@preact/signals';
import { openFollowupItem, openRecordItem } from '../storage/reminder-settings';
import { followupFromHash } from './hash';

/**
 * Calls `onRequest` with a follow-up id whenever one is asked for: at start
 * (hash or a notification click before the panel opened) and later (a
 * notification clicked while the panel is open). `''` means "all follow-ups".
 */
export function watchFollowupRequests(onRequest: (id: string) => void): () => void {
  const fromHash = typeof location !== 'undefined' ? followupFromHash(location.hash) : null;
  if (fromHash) onRequest(fromHash);
  const take = (request: { id: string; at: number } | null) => {
    if (!request || Date.now() - request.at > 5 * 60_000) return;
    void openFollowupItem.setValue(null);
    onRequest(request.id);
  };
  void openFollowupItem.getValue().then(take);
  return openFollowupItem.watch(take);
}

/** The follow-up the panel was asked to show; the Log section clears it once shown. */
export const requestedFollowup = signal<string | null>(null);

/**
 * Calls `onRequest` with the commitment or agreement review a notification asked to show, now
 * and whenever one is clicked later; requests older than five minutes are dropped.
 */
export function watchRecordRequests(
  onRequest: (request: {
    partnerId: string;
    section: 'commitment' | 'agreement';
    recordId: string;
  }) => void,
): () => void {
  const take = (request: Awaited<ReturnType<typeof openRecordItem.getValue>> | null) => {
    if (!request || Date.now() - request.at > 5 * 60_000) return;
    void openRecordItem.setValue(null);
    onRequest({
      partnerId: request.partnerId,
      section: request.section,
      recordId: request.recordId,
    });
  };
  void openRecordItem.getValue().then(take);
  return openRecordItem.watch(take);
}
