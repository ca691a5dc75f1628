import * as Y from 'yjs';

export type RemoteUpdateResult = { ok: true } | { ok: false; problem: string };

/**
 * Applies a peer's update without ever throwing. Bytes that do not decode are rejected whole:
 * `Y.decodeUpdate` reads every struct and the delete set first, because `Y.applyUpdate` alone
 * integrates the structs it has read before it meets the bad ones. An update that decodes but
 * fails to integrate is reported too; what Yjs integrated before the failure stays (its
 * transaction has ended cleanly, so the doc is consistent).
 */
export function applyRemoteUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
): RemoteUpdateResult {
  try {
    Y.decodeUpdate(update);
  } catch {
    return { ok: false, problem: 'The update is damaged and cannot be decoded.' };
  }
  try {
    Y.applyUpdate(doc, update, origin);
    return { ok: true };
  } catch {
    return { ok: false, problem: 'The update decoded but could not be applied.' };
  }
}
