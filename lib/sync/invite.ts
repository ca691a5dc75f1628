/**
 * Invitation codes. A code carries a random room id (the y-webrtc room name, visible to the
 * signaling server) and a separate random secret (the y-webrtc room password: it only ever feeds
 * PBKDF2 → AES-GCM on this device and is never sent anywhere). Neither is derived from the name.
 *
 *   bridgework:v1:<room>.<secret>[.<name>]
 *
 * room and secret are base64url without padding (16 and 32 random bytes); name is
 * URI-encoded and only a hint shown before the shared doc arrives.
 */

export const INVITE_PREFIX = 'bridgework:v1:';
export const ROOM_BYTES = 16;
export const SECRET_BYTES = 32;
/** The least entropy we accept from a code made elsewhere: 128 bits each. */
const MIN_BYTES = 16;
const MAX_BYTES = 64;
const MAX_NAME = 120;
/** Far above any real code (a link, prefix, 64+64 bytes and a fully escaped name). */
const MAX_INPUT = 4000;

export interface Invite {
  room: string;
  secret: string;
  name?: string;
}

/**
 * Why a code was refused, as a code: the panel words it in the interface language (lib/sync
 * stays free of it); `error` is the English sentence, for logs and tests.
 */
export type InviteProblem =
  'tooLong' | 'empty' | 'notBridgework' | 'damaged' | 'room' | 'secret' | 'name';

export type InviteParse =
  { ok: true; invite: Invite } | { ok: false; problem: InviteProblem; error: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Bytes a base64url string decodes to, or -1 when it is not canonical base64url. */
function decodedLength(text: string): number {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return -1;
  return Math.floor((text.length * 3) / 4);
}

export function randomToken(bytes: number): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function newInvite(name?: string): Invite {
  const invite: Invite = { room: randomToken(ROOM_BYTES), secret: randomToken(SECRET_BYTES) };
  if (name?.trim()) invite.name = name.trim().slice(0, MAX_NAME);
  return invite;
}

export function formatInvite(invite: Invite): string {
  let name = '';
  try {
    // Dots separate the parts, so they are escaped too; a name that can't be encoded is dropped.
    if (invite.name?.trim())
      name = `.${encodeURIComponent(invite.name.trim()).replace(/\./g, '%2E')}`;
  } catch {
    name = '';
  }
  return `${INVITE_PREFIX}${invite.room}.${invite.secret}${name}`;
}

/** The y-webrtc room name for an invite's room id. */
export function roomName(room: string): string {
  return `bridgework-${room}`;
}

const PROBLEMS: Record<InviteProblem, string> = {
  tooLong: 'This is far too long to be an invite code. Paste only the code.',
  empty: 'Paste the invite code you were sent.',
  notBridgework: 'This is not a Bridgework invite code. It should start with "bridgework:v1:".',
  damaged: 'This invite code is incomplete or damaged. Ask for a new one.',
  room: 'The room part of this invite code is damaged. Ask for a new one.',
  secret: 'The secret part of this invite code is damaged. Ask for a new one.',
  name: 'The name in this invite code is damaged. Ask for a new one.',
};

function refuse(problem: InviteProblem): InviteParse {
  return { ok: false, problem, error: PROBLEMS[problem] };
}

/** decodeURIComponent without the throw: a stray `%` in pasted text is common. */
function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Reads a pasted code strictly and never throws. Surrounding whitespace and a link that carries
 * the code after `#` are accepted; anything else that is off gets a message a person can act on.
 */
export function parseInvite(input: string): InviteParse {
  if (typeof input !== 'string') return refuse('damaged');
  if (input.length > MAX_INPUT) return refuse('tooLong');
  let text = input.trim();
  if (!text) return refuse('empty');
  const hash = text.indexOf('#');
  if (hash >= 0 && /^https?:\/\//i.test(text)) {
    // The fragment may be escaped once (`%3A`) by whatever shared the link; a broken escape is
    // left as it is, and the checks below then say what is wrong.
    const fragment = text.slice(hash + 1);
    text = (fragment.includes(INVITE_PREFIX) ? fragment : decodeOrNull(fragment)) ?? fragment;
    text = text.trim();
  }
  if (!text.startsWith(INVITE_PREFIX)) return refuse('notBridgework');
  const parts = text.slice(INVITE_PREFIX.length).split('.');
  if (parts.length < 2 || parts.length > 3) return refuse('damaged');
  const [room, secret, rawName] = parts as [string, string, string | undefined];
  const roomBytes = decodedLength(room);
  const secretBytes = decodedLength(secret);
  if (roomBytes < MIN_BYTES || roomBytes > MAX_BYTES) return refuse('room');
  if (secretBytes < MIN_BYTES || secretBytes > MAX_BYTES) return refuse('secret');
  const invite: Invite = { room, secret };
  if (rawName) {
    const decoded = decodeOrNull(rawName);
    if (decoded === null) return refuse('name');
    const name = decoded.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
    if (name) invite.name = name;
  }
  return { ok: true, invite };
}
