import type { WorkspaceSyncStatus } from '../messages';

/** The status line's words: `Offline`, `Connecting`, `Connected · 1 peer`, `Connected · N peers`. */
export function statusLabel(status: Pick<WorkspaceSyncStatus, 'state' | 'peers'> | null): string {
  if (!status || status.state === 'offline') return 'Offline';
  if (status.state === 'connecting') return 'Connecting';
  return `Connected · ${status.peers} ${status.peers === 1 ? 'peer' : 'peers'}`;
}

/** "Last exchanged changes …" in words, relative to now. */
export function lastExchangeLabel(at: number | null, now = Date.now()): string {
  if (!at) return 'Not yet exchanged changes with anyone';
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 10) return 'Last exchanged changes just now';
  if (seconds < 60) return `Last exchanged changes ${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `Last exchanged changes ${minutes} min ago`;
  const date = new Date(at);
  return `Last exchanged changes ${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}
