/**
 * Whether an account's handle names a hosted page's subject. On a hosted page (a ticketing
 * site's event, a network's group, a fundraising page) the main content links the subject's own
 * accounts beside those of the people and places around it (an organizer's personal profile, the
 * venue's, a fundraiser's); the subject's own are named for it. Measured on the development pages
 * before this rule (2026-11-27, 316 pages): on hosted pages, linked accounts named for the subject
 * were right 26 of 26 (2 more optional), those not named 0 of 2; on own sites, accounts not named
 * for the site were right too (11 of 11), so the test applies to hosted pages only.
 */
import { registrable } from './host';
import { nameInitials, nameWords } from './name-words';
import { relatedNames } from './related-names';
import { socialHandle } from './social';
import { nameSpellsDomain } from './title';
import { hostOf, squash } from './util';

/** Handles that carry no name: a numeric id, Facebook's profile.php and /pages/, groups by id. */
const NAMELESS_HANDLE = /^(?:profile\.php|pages|pg|groups|people|p)$/;

/**
 * Does the account's handle name the subject (`name`) or its website (`site`, not on `pageHost`'s
 * domain): a word of its name, its initials, the name run together, or the site's domain label?
 * A handle that carries no name says nothing against it and counts as named.
 */
export function handleNamesSubject(
  url: string,
  name: string | undefined,
  site: string | undefined,
  pageHost: string,
): boolean {
  const raw = socialHandle(url);
  const h = squash(raw);
  if (!/[a-z]{3}/.test(h) || NAMELESS_HANDLE.test(raw)) return true;
  if (name) {
    if (relatedNames(raw.replace(/[._-]+/g, ' '), name)) return true;
    if (nameWords(name).some((w) => h.includes(w))) return true;
    const ini = nameInitials(name);
    if (ini.length >= 3 && h.startsWith(ini)) return true;
    if (nameSpellsDomain(name, h, true)) return true;
  }
  const own = site ? registrable(hostOf(site)) : '';
  if (own && own !== registrable(pageHost)) {
    const label = squash(own.split('.')[0] ?? '');
    if (label.length >= 4 && (h.includes(label) || (h.length >= 5 && label.includes(h))))
      return true;
  }
  return false;
}
