import { formatList, t } from '../../lib/i18n';
import {
  formatIceServer,
  listEntries,
  normaliseServerUrl,
  parseIceServer,
  type IceServerEntry,
} from '../../lib/model/validation';

/** The sync settings form's server lists, as the user typed them (one entry per line). */
export interface SyncFormValues {
  signaling: string;
  ice: string;
}

export type SyncFormErrors = Partial<Record<keyof SyncFormValues, string>>;

/** The servers the form saves. */
export interface SyncServers {
  signalingServers: string[];
  iceServers: IceServerEntry[];
}

const SIGNALING_PROTOCOLS = ['ws:', 'wss:'] as const;

export function syncServersToForm(servers: SyncServers): SyncFormValues {
  return {
    signaling: servers.signalingServers.join('\n'),
    ice: servers.iceServers.map(formatIceServer).join('\n'),
  };
}

const quoted = (items: readonly string[]) => formatList(items.map((item) => `“${item}”`));

/**
 * Turns the typed lists into servers, or says which entries are wrong, under the field they were
 * typed in. An entry is a line (or comma-separated item), so "not a url" is one bad entry.
 */
export function formToSyncServers(
  values: SyncFormValues,
): { ok: true; value: SyncServers } | { ok: false; errors: SyncFormErrors } {
  const errors: SyncFormErrors = {};
  const signaling = listEntries(values.signaling);
  const badSignaling = signaling.filter((e) => !normaliseServerUrl(e, SIGNALING_PROTOCOLS));
  if (badSignaling.length > 0) {
    errors.signaling = t('sync.settings.badSignaling', { addresses: quoted(badSignaling) });
  }
  const ice = listEntries(values.ice);
  const badIce = ice.filter((entry) => !parseIceServer(entry));
  if (badIce.length > 0) errors.ice = t('sync.settings.badIce', { servers: quoted(badIce) });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      signalingServers: [...new Set(signaling)],
      iceServers: ice.map((entry) => parseIceServer(entry)!),
    },
  };
}
