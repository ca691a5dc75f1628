/**
 * How a device proves to a relay that it holds a workspace's invite, without the relay ever
 * seeing the invite's secret (docs/deploy.md → "Relay access").
 *
 *   token    = base64url(HMAC-SHA-256(key = secret, "bridgework-relay:" + room))
 *   document = "bw-" + base64url(SHA-256(token))
 *
 * The relay's document name is the hash of the token, so the relay checks a token by hashing it
 * and comparing with the name it was asked for: it stores no verifier, trusts no first comer, and
 * a name cannot be claimed ahead of the members (squatting) without a preimage of SHA-256. The
 * signaling server knows the room id but not the secret, so it cannot compute either value; the
 * relay never learns the room id, so its documents cannot be linked to signaling rooms.
 * Limit: the token is a bearer credential for that one relay document. Whoever sees it (the relay
 * operator, or anyone on a network path without TLS) can read and write that document; rotating
 * the invite gives a new room and secret, so a new token and a new document.
 */

export const RELAY_TOKEN_CONTEXT = 'bridgework-relay:';
export const RELAY_DOCUMENT_PREFIX = 'bw-';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The token this device presents to a relay for one workspace (WebCrypto; never the secret). */
export async function relayToken(room: string, secret: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(RELAY_TOKEN_CONTEXT + room));
  return toBase64Url(new Uint8Array(mac));
}

/** The relay document a token opens: the hash of the token, so the relay can check it. */
export async function relayDocumentName(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return RELAY_DOCUMENT_PREFIX + toBase64Url(new Uint8Array(digest));
}

/** Token and document name for one workspace on a relay. */
export async function relayCredentials(
  room: string,
  secret: string,
): Promise<{ token: string; documentName: string }> {
  const token = await relayToken(room, secret);
  return { token, documentName: await relayDocumentName(token) };
}
