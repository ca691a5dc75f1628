/**
 * The entity's website when the page writes its name as a link away from the page: "<a
 * href="http://npr.org">National Public Radio</a> has a sponsor", "The 2016 <a>Missoula
 * Marathon</a> is sponsored by …". Read only when no rule found a website, and only from the main
 * content: a link off the page's site, not to a profile, a share button or a reference record.
 */
import type { PageContext } from './types';
import { registrable } from './host';
import { classifySocial } from './social';
import { REFERENCE_SITE, SHARE_LINK } from './data/reference-sites';
import { hostOf, squash } from './util';
import { linkUrl, walkPage, Z } from './walk';

const NOT_CONTENT = Z.NAV | Z.FOOTER | Z.SHARE | Z.COMMENT | Z.RELATED | Z.AUTHOR | Z.ASIDE;
/** A part of the name counts when it has two words or more and most of the name's letters: "2016
 * Missoula Marathon" is the marathon, "Grundschule am Park" in "Förderverein der Grundschule am
 * Park e.V." is the school the association supports. */
const MIN_PART = 6;
const MIN_SHARE = 0.6;

export function nameLinkUrl(ctx: PageContext, name: string): string {
  const want = squash(name);
  if (want.length < 3) return '';
  const own = registrable(ctx.host);
  for (const l of walkPage(ctx).links) {
    if (l.zone & NOT_CONTENT) continue;
    const t = squash(l.text);
    const names =
      t === want ||
      (t.length >= MIN_PART &&
        t.length >= MIN_SHARE * want.length &&
        l.text.trim().includes(' ') &&
        want.includes(t));
    if (!names) continue;
    const abs = linkUrl(l, ctx.base);
    if (!/^https?:/i.test(abs) || SHARE_LINK.test(abs) || REFERENCE_SITE.test(abs)) continue;
    if (classifySocial(abs) || registrable(hostOf(abs)) === own) continue;
    return abs;
  }
  return '';
}
