/** The entity's website and its profiles elsewhere, from `url` and `sameAs`. */
import type { Candidate, PageContext } from '../../types';
import { asArray, isHomeAddress } from '../../util';
import { classifySocial } from '../../social';
import { REFERENCE_SITE, SHARE_LINK } from '../../data/reference-sites';
import type { Found } from '../confidence';
import { urlOf, type SchemaNode } from '../values';

/**
 * `sameAs` mixes profiles, reference pages and sometimes the site itself: a known social profile
 * is kept, a reference page dropped, a bare home page is the website when `url` is missing, and
 * any other link is a profile on a platform we do not know (share buttons aside).
 */
export function urlAndSocialCandidates(
  node: SchemaNode,
  ctx: PageContext,
  found: Found,
): Candidate[] {
  let url = urlOf(node.url, ctx.base);
  const socials: string[] = [];
  for (const s of asArray(node.sameAs as unknown)) {
    const u = urlOf(s, ctx.base);
    if (!u) continue;
    const social = classifySocial(u);
    if (social) socials.push(social);
    else if (REFERENCE_SITE.test(u)) continue;
    else if (isHomeAddress(u)) {
      if (!url) url = u;
    } else if (!SHARE_LINK.test(u)) socials.push(u);
  }
  // an identifier that is a bare home page ("@id": "http://rbs.co.uk") names the entity by its
  // website
  const id = node['@id'];
  if (!url && typeof id === 'string' && /^https?:\/\/[^/#?]+\/?$/i.test(id.trim()))
    url = urlOf(id, ctx.base);
  // a url that is a profile on a social platform (a channel's, an account's) is one of its
  // profiles, not its own website
  const profile = url && classifySocial(url);
  if (profile) {
    socials.unshift(profile);
    url = '';
  }
  const out: Candidate[] = [];
  if (url) out.push({ field: 'url', value: url, ...found });
  for (const s of socials) out.push({ field: 'socials', value: s, ...found });
  return out;
}
