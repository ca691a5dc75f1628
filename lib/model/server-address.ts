import { LIMITS } from './fields';

/*
 * Server addresses (signaling, STUN/TURN) as typed in sync settings. Apart from lib/model/
 * validation.ts, which re-exports them, because sync settings are read when the panel opens and
 * must not bring the host and phone rules (the public suffix list, phone metadata) with them.
 */

/**
 * A server address with one of `protocols` (`['ws:', 'wss:']` for signaling servers) and a
 * host; the text as typed when it is one, otherwise null. Servers run on LANs and loopback, so
 * any host is allowed, including IP addresses and bare names.
 */
export function normaliseServerUrl(text: string, protocols: readonly string[]): string | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > LIMITS.url || /\s/.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return protocols.includes(url.protocol) && url.host ? trimmed : null;
  } catch {
    return null;
  }
}

/**
 * The entries of a list typed one per line (a comma also separates). Spaces do not: "not a url"
 * is one bad entry, reported once, not three.
 */
export function listEntries(text: string): string[] {
  return text
    .split(/[\n,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A STUN or TURN server as RTCPeerConnection takes it. */
export interface IceServerEntry {
  urls: string;
  username?: string;
  credential?: string;
}

const ICE_SERVER = /^(stuns?|turns?):(?:([^:@\s]+):([^@\s]+)@)?([^@\s]+)$/i;

/**
 * Reads `stun:host:port` or `turn:user:password@host:port` (credentials URL-encoded, before the
 * `@`); null when the entry is neither.
 */
export function parseIceServer(text: string): IceServerEntry | null {
  const match = ICE_SERVER.exec(text.trim());
  if (!match) return null;
  const [, scheme, username, credential, rest] = match;
  const server: IceServerEntry = { urls: `${scheme!.toLowerCase()}:${rest}` };
  if (username && credential) {
    try {
      server.username = decodeURIComponent(username);
      server.credential = decodeURIComponent(credential);
    } catch {
      return null;
    }
  }
  return server;
}

/** The entry `parseIceServer` reads back as `server`. */
export function formatIceServer(server: IceServerEntry): string {
  if (!server.username) return server.urls;
  const [scheme, ...rest] = server.urls.split(':');
  const credentials = `${encodeURIComponent(server.username)}:${encodeURIComponent(server.credential ?? '')}`;
  return `${scheme}:${credentials}@${rest.join(':')}`;
}
