/** Rule: logos — header images marked as logos (ranked) and icons (low-ranked fallbacks). */
import type { Candidate, PageContext } from '../types';
import { cleanText, resolveUrl } from '../util';
import { walkPage, Z } from '../walk';

/**
 * How surely an image is the entity's logo, by the signs it shows: saying "logo" (class, alt or
 * file name), sitting in the header, linking to the home page. All three is the classic site
 * logo; each missing sign costs a step. Later images on the page lose a little each, so the first
 * of equals wins.
 */
const LOGO = {
  saysLogoInHeaderLinksHome: 0.8,
  saysLogoInHeader: 0.75,
  linksHomeFromHeader: 0.62,
  saysLogoLinksHome: 0.6,
  saysLogoInBody: 0.45,
  saysLogoInFooter: 0.3,
  perEarlierImage: 0.01,
  /** Logo candidates taken from images: a header and a footer logo and their variants; images
   * further down are the page's content. */
  maxCandidates: 8,
  /** link rel=icon / apple-touch-icon: only a fallback when no image is a logo. */
  siteIcon: 0.1,
};
/** A logo's alt text, on an image this sure (linksHome or better), names the entity modestly. */
const NAME_FROM_ALT = { minLogo: 0.6, confidence: 0.5 };

export function iconsRule(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  const walk = walkPage(ctx);
  let n = 0;
  for (const img of walk.images) {
    if (n >= LOGO.maxCandidates) break;
    const src = resolveUrl(img.src, ctx.base);
    if (!src) continue;
    const hint = img.hint + ' ' + img.alt.toLowerCase();
    const srcHint = src.toLowerCase().replace(/^https?:\/\/[^/]+/, '');
    const inHeader = (img.zone & (Z.HEADER | Z.NAV)) !== 0;
    let homeLink = false;
    if (img.linkHref) {
      const h = resolveUrl(img.linkHref, ctx.base);
      homeLink =
        !!h &&
        !!ctx.origin &&
        (h === ctx.origin ||
          h.replace(/\/index\.\w+$/, '/') === ctx.origin ||
          h === ctx.url.replace(/[?#].*$/, ''));
    }
    const hintLogo = /logo/.test(hint);
    const srcLogo = /logo/.test(srcHint.split('?')[0] ?? '');
    // a file named *logo* counts only in the header or in a link to the home page
    const saysLogo = hintLogo || (srcLogo && (inHeader || !!img.linkHref));
    if (/\b(u-)?photo\b|avatar/.test(img.hint) && !hintLogo) continue;

    if (img.zone & (Z.ARTICLE | Z.AUTHOR | Z.COMMENT | Z.RELATED)) continue;
    const file = srcHint.split('?')[0]!.split('/').pop() ?? '';
    if (/sponsor|partner|badge|payment|award|app-?store|google-?play/.test(hint + ' ' + file))
      continue;
    // an image linking somewhere other than the home page is another brand's logo (menus, partners)
    const linkAway =
      !!img.linkHref &&
      !homeLink &&
      !/^#|^javascript:/i.test(img.linkHref.trim()) &&
      !/logo/.test(img.hint);
    if (linkAway) continue;
    let conf = 0;
    if (saysLogo && inHeader && homeLink) conf = LOGO.saysLogoInHeaderLinksHome;
    else if (saysLogo && inHeader) conf = LOGO.saysLogoInHeader;
    else if (homeLink && inHeader) conf = LOGO.linksHomeFromHeader;
    else if (saysLogo && homeLink) conf = LOGO.saysLogoLinksHome;
    else if (saysLogo && !(img.zone & Z.FOOTER)) conf = LOGO.saysLogoInBody;
    else if (saysLogo) conf = LOGO.saysLogoInFooter;
    if (conf) {
      out.push({
        field: 'logo',
        value: src,
        source: 'icon',
        confidence: conf - n * LOGO.perEarlierImage,
      });
      n++;
    }
    const alt = cleanText(img.alt, 300)
      .replace(/\s+(logo|logotype|home)$/i, '')
      .trim();
    if (
      conf >= NAME_FROM_ALT.minLogo &&
      alt &&
      alt.length > 1 &&
      !/^(logo|home|homepage)$/i.test(alt)
    ) {
      out.push({ field: 'name', value: alt, source: 'icon', confidence: NAME_FROM_ALT.confidence });
    }
  }
  // link rel=icon / apple-touch-icon: only a fallback logo.
  let best: { href: string; size: number } | undefined;
  for (const el of Array.from(ctx.doc.querySelectorAll('link[rel][href]'))) {
    const rel = (el.getAttribute('rel') ?? '').toLowerCase();
    if (!/\b(icon|apple-touch-icon|apple-touch-icon-precomposed)\b/.test(rel)) continue;
    const href = resolveUrl(el.getAttribute('href') ?? '', ctx.base);
    if (!href) continue;
    const sizes = el.getAttribute('sizes') ?? '';
    let size = parseInt(/(\d+)x\d+/.exec(sizes)?.[1] ?? '0', 10);
    if (!size && /apple-touch/.test(rel)) size = 180;
    if (!size) size = /\.svg(\?|$)/i.test(href) ? 150 : 32;
    if (!best || size > best.size) best = { href, size };
  }
  if (best)
    out.push({ field: 'logo', value: best.href, source: 'icon', confidence: LOGO.siteIcon });
  return out;
}
