import { formatList, t } from '../../lib/i18n';
import { listEntries, normaliseServerUrl } from '../../lib/model/validation';

const RELAY_PROTOCOLS = ['ws:', 'wss:'] as const;
/** As many as lib/storage/relay-settings.ts keeps. */
export const MAX_RELAYS = 5;

/**
 * The relay list as typed (one address per line) → the addresses to save, or the message for
 * the field: each bad entry quoted, or too many. An empty list is valid: peer to peer only.
 */
export function formToRelayServers(
  text: string,
): { ok: true; value: string[] } | { ok: false; error: string } {
  const entries = listEntries(text);
  const bad = entries.filter((entry) => !normaliseServerUrl(entry, RELAY_PROTOCOLS));
  if (bad.length > 0) {
    return {
      ok: false,
      error: t('sync.relay.bad', { addresses: formatList(bad.map((item) => `“${item}”`)) }),
    };
  }
  const urls = [...new Set(entries)];
  if (urls.length > MAX_RELAYS)
    return { ok: false, error: t('sync.relay.tooMany', { max: MAX_RELAYS }) };
  return { ok: true, value: urls };
}
