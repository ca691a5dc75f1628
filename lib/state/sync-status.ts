import { formatDateTime, t } from '../i18n';
import type { WorkspaceSyncStatus } from '../messages';

/**
 * The status line's words. In English exactly `Offline`, `Connecting`, `Connected · 1 peer`,
 * `Connected · N peers` (tests and people look for them); other languages plural by their rules.
 * A personal workspace syncs with no one, so it says `On this device` rather than `Offline`,
 * which would read as if something were broken.
 * Lives in lib/state, not lib/sync, because sync stays free of the interface language.
 */
export function statusLabel(
  status: Pick<WorkspaceSyncStatus, 'state' | 'peers'> | null,
  workspace: 'shared' | 'personal' = 'shared',
): string {
  if (workspace === 'personal') return t('sync.status.onThisDevice');
  if (!status || status.state === 'offline') return t('sync.status.offline');
  if (status.state === 'connecting') return t('sync.status.connecting');
  return t('sync.status.connected', { peers: status.peers });
}

/** "Last exchanged changes …" in words, relative to now. */
export function lastExchangeLabel(at: number | null, now = Date.now()): string {
  if (!at) return t('sync.lastExchange.never');
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 10) return t('sync.lastExchange.justNow');
  if (seconds < 60) return t('sync.lastExchange.seconds', { seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('sync.lastExchange.minutes', { minutes });
  return t('sync.lastExchange.at', { when: formatDateTime(at) });
}
