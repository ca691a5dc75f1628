/**
 * Invite links for the web app: `https://host/#join=<invite code>`. The code rides in the
 * fragment, which browsers never send to the server, so whoever hosts the app never sees the
 * workspace's secret.
 */

const JOIN = 'join=';

/** The invite code in a location hash (`#join=…`), or null when there is none. */
export function inviteFromHash(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(JOIN)) return null;
  try {
    const code = decodeURIComponent(fragment.slice(JOIN.length)).trim();
    return code || null;
  } catch {
    return null;
  }
}

/** A link that opens the web app at `appUrl` and offers to join with `code`. */
export function inviteLink(appUrl: string, code: string): string {
  const url = new URL(appUrl);
  url.hash = `${JOIN}${encodeURIComponent(code)}`;
  return url.href;
}
