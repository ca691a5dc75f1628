/**
 * The account a post's or a work's page belongs to, on the platform the page is on: the profile
 * the page links most whose handle holds a word of the poster's name ("teslamotors" for
 * "Tesla", "/beautybrainsp" for "Beauty Brain"). A platform's page links its poster's profile from
 * the byline, the avatar and the comments; other accounts it links are others'.
 */
import type { PageContext } from './types';
import { classifySocial, socialHandle } from './social';
import { nameWords } from './name-words';
import { hostOf, squash } from './util';
import { linkUrl, walkPage } from './walk';

export function postersProfile(ctx: PageContext, name: string): string {
  const words = nameWords(name);
  if (!words.length) return '';
  const counts = new Map<string, number>();
  for (const l of walkPage(ctx).links) {
    const s = classifySocial(linkUrl(l, ctx.base));
    if (!s || hostOf(s).replace(/^www\./, '') !== ctx.host.replace(/^www\./, '')) continue;
    const handle = squash(socialHandle(s));
    if (words.some((w) => handle.includes(w))) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best = '';
  for (const [s, n] of counts) if (n > (counts.get(best) ?? 0)) best = s;
  return best;
}
