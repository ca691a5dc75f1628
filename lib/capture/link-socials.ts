/**
 * The social profile each link of the page walk points to ('' for none), read once per page:
 * the links rule, people's cards and the frame's sibling accounts all ask, and parsing every
 * link's URL once per question cost more than the rules themselves on link-heavy pages.
 */
import type { PageContext } from './types';
import { classifySocial } from './social';
import { unwrapRedirect } from './util';
import { linkUrl, walkPage } from './walk';

const cache = new WeakMap<Document, string[]>();

export function linkSocials(ctx: PageContext): string[] {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const out = walkPage(ctx).links.map((l) => {
    const href = l.href.trim();
    // mailto:, tel:, scripts and fragments are never profiles (relative links may be, on a
    // social platform's own page)
    if (!href || href[0] === '#' || /^(mailto|tel|callto|sms|javascript|data):/i.test(href))
      return '';
    const abs = unwrapRedirect(linkUrl(l, ctx.base), ctx.host);
    return abs ? classifySocial(abs) : '';
  });
  cache.set(ctx.doc, out);
  return out;
}
