/** A follow-up id asked for in the panel's URL (`#followup=<id>`), if any. */
export function followupFromHash(hash: string): string | null {
  const match = /^#followup=([^&]+)/.exec(hash);
  return match ? decodeURIComponent(match[1]!) : null;
}
