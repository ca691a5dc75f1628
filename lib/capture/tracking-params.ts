/**
 * Listings and newsletters tag their outbound links (`?utm_source=gigguide&utm_medium=referral`,
 * `?ref=directory`, `fbclid=…`); the tag is the referrer's, not part of the subject's address.
 */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|ref|ref_src|referrer|trk)$/i;

export function withoutTracking(url: string): string {
  if (url.indexOf('?') < 0) return url;
  try {
    const u = new URL(url);
    const keys = [...u.searchParams.keys()];
    if (!keys.some((k) => TRACKING.test(k))) return url;
    for (const k of keys) if (TRACKING.test(k)) u.searchParams.delete(k);
    return u.href.replace(/\?(#|$)/, '$1');
  } catch {
    return url;
  }
}
