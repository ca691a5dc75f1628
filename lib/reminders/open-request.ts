import { signal } from '@preact/signals';
import { openFollowupItem } from '../storage/reminder-settings';
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
