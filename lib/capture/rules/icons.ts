/** Rule: logos — header images marked as logos (ranked) and icons (low-ranked fallbacks). */
import type { Candidate, PageContext } from '../types';
import { cleanText, hostOf, isHomeAddress, resolveUrl } from '../util';
import { readHost, registrable } from '../host';
import { walkPage, Z } from '../walk';
import { fileNameAlt, nameKey, nameWords } from '../name-words';
import { nameMatchesHost } from '../title';
import { metaContent } from '../context';
import { categoryOf } from '../schema/category';
import { typeNames } from '../schema/values';
import { mainHeading } from '../main-heading';
import { elementsByTag } from '../page-elements';

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
  /** One of the page's first images linking home, on a page with no header landmark. */
  linksHomeAtTop: 0.5,
  topImages: 3,
  perEarlierImage: 0.01,
  /** A logo linking to the registrable domain's home from a sub-domain: the wider site's. */
  perWiderHome: 0.05,
  /** Logo candidates taken from images: a header and a footer logo and their variants; images
   * further down are the page's content. */
  maxCandidates: 8,
  /** link rel=icon / apple-touch-icon: only a fallback when no image is a logo. */
  siteIcon: 0.1,
};
/** Words that mark an image as the logo: "logo" itself (and wordmark, brandmark), the crest or
 * coat of arms of schools, clubs and councils, and the brand slot of common themes (Bootstrap's
 * navbar-brand). */
const LOGO_WORD =
  /logo|wordmark|brandmark|(?:^|[^a-z])crest(?:[^a-z]|$)|emblem|wappen|signet|navbar-brand|site-branding/;

/** Interface icons: menus, search, baskets, accounts, language switches and their flags, the
 * house of a "Home" link and breadcrumb trails. */
const UI_ICON =
  /(?:^|[^a-z])(?:menu|hamburger|burger|search|magnif\w*|close|cart|basket|account|login|user|flags?|lang|language|toggle|arrow|chevron|caret|carat|house|home-?icon|icon-?home|breadcrumbs?|crumbs?)(?:[^a-z]|$)/;

/** Declared at most this many pixels wide and high: an icon, never drawn as a logo. */
const ICON_MAX_PX = 24;

/** Is the image declared icon-sized (width/height attributes, none larger than an icon)? */
function iconSized(el: Element): boolean {
  const w = parseInt(el.getAttribute('width') ?? '', 10);
  const h = parseInt(el.getAttribute('height') ?? '', 10);
  if (!w && !h) return false;
  return (!w || w <= ICON_MAX_PX) && (!h || h <= ICON_MAX_PX);
}

/** An alt that says what the image is or does, in several languages, and names no one: "Logo",
 * "Logotyp", "Startseite", "Zur Startseite", "Retour à l'accueil", "Site logo". */
const ALT_NAMES_NOTHING =
  /^(?:(?:site|header|main|company|brand|our|the)\s+)?(?:logo|logotype|logotyp|logotipo|logotipo|logo image|home|homepage|home page|back to home|go to homepage|startseite|zur startseite|accueil|retour (?:à|a) l['’]accueil|page d['’]accueil|inicio|ir al inicio|p[aá]gina (?:de )?inicio|inici|home page|pagina iniziale|torna alla home|startpagina|naar de homepage|hem|startsida|till startsidan|forside|til forsiden|etusivu)$/i;

/** The alt of a language switch's image: the language's own name or code. */
const LANGUAGE_ALT =
  /^(english|fran[cç]ais|deutsch|espa[nñ]ol|italiano|nederlands|portugu[eê]s|cymraeg|gaeilge|en|fr|de|es|it|nl|pt|cy|ga)$/i;

/** The path of the home page as CMSs and multilingual sites write it: in one language (/es,
 * /en-gb/, /pt_BR), or a page named home (/home, /index.php/home, /de/startseite.html). */
const HOME_PATH =
  /^(?:\/[a-z]{2}(?:[-_][a-z]{2,4})?)?(?:\/index\.php)?(?:\/(?:home|homepage|home-page|start|startseite|accueil|inicio|inici|welcome))?(?:\.\w{2,5})?\/?$/i;

/** A link target as a home-page key: no scheme, no www., no index file, fragment or final slash. */
function homeKey(u: string): string {
  return u
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/#.*$/, '')
    .replace(/\/index\.\w+$/, '/')
    .replace(/\/+$/, '');
}

/** An alt or a name without a trailing "logo" or "home page" ("Elm Trust logo" → "Elm Trust"). */
const bareAlt = (s: string): string => s.replace(/\s+(logo|logotype|home(?: ?page)?)$/i, '');

/** The key of an alt or a name (name-words.ts), without a trailing "logo" or "home page". */
const altKey = (s: string): string => nameKey(bareAlt(s));

/** The site's name as `og:site_name` and the title's segments give it (not generic ones). */
function namesOfSite(ctx: PageContext): Set<string> {
  const names = new Set<string>();
  if (ctx.siteName) names.add(altKey(ctx.siteName));
  for (const seg of ctx.title.split(/\s+[|–—·:-]\s+|\s*[|–—·]\s*/)) {
    const k = altKey(seg);
    if (
      k.length >= 4 &&
      !/^(home|homepage|welcome|contact|about|index|start|startseite|accueil)$/.test(k)
    )
      names.add(k);
  }
  return names;
}

/** The site's names plus the page's first heading and og:title: whoever the page may be about. */
function namesOfPage(ctx: PageContext, siteNames: Set<string>): Set<string> {
  const names = new Set(siteNames);
  const h1 = mainHeading(ctx.doc)?.textContent ?? '';
  for (const n of [h1, metaContent(ctx.doc, 'og:title')]) {
    const k = altKey(n);
    if (k.length >= 3) names.add(k);
  }
  return names;
}

/** Does an alt ("Elm Trust", "Elm Trust logo") name the site or the page's subject? */
function namesSite(alt: string, names: Set<string>, host: string): boolean {
  const k = altKey(alt);
  return !!k && (names.has(k) || nameMatchesHost(bareAlt(alt), host));
}

/** The box holding a row item: the image's parent, or the list item or figure it is wrapped in. */
function rowBox(el: Element): Element | null {
  let e: Element | null = el.parentElement;
  for (let i = 0; e && i < 3; i++, e = e.parentElement) {
    const t = e.tagName.toUpperCase();
    if (t !== 'A' && t !== 'PICTURE' && t !== 'SPAN' && t !== 'LI' && t !== 'FIGURE') return e;
  }
  return e;
}

/** Images outside the header marked as logos (class, id, alt or file) that share their box with
 * another such image of a different file: a row of others' logos. */
function logoStrips(walk: ReturnType<typeof walkPage>): Set<Element> {
  const byBox = new Map<Element, { el: Element; src: string }[]>();
  for (const img of walk.images) {
    if (img.zone & (Z.HEADER | Z.NAV)) continue;
    const words = img.hint + ' ' + img.alt.toLowerCase() + ' ' + img.src.toLowerCase();
    if (!LOGO_WORD.test(words)) continue;
    const box = rowBox(img.el);
    if (!box) continue;
    const row = byBox.get(box) ?? [];
    row.push({ el: img.el, src: img.src });
    byBox.set(box, row);
  }
  const out = new Set<Element>();
  for (const row of byBox.values())
    if (new Set(row.map((r) => r.src)).size >= 2) for (const r of row) out.add(r.el);
  return out;
}

/** Class and id of an image and of its parent (the link around it). */
function ownMarks(el: Element): string {
  const p = el.parentElement;
  return [el, p]
    .map((e) => (e ? (e.getAttribute('class') ?? '') + ' ' + (e.getAttribute('id') ?? '') : ''))
    .join(' ');
}

/** Does an alt like "Granite Community Foundation logo" name an organisation other than the site
 * (neither name holds the other, their first distinctive words differ, not spelling the domain)?
 * Shared common words ("Arts", "Community") do not make a funder the site. */
function othersLogo(alt: string, siteNames: Set<string>, host: string): boolean {
  const m = /^(.+?)\s+logo(?:type)?$/i.exec(alt.trim());
  return namesOther(m?.[1] ?? '', siteNames, host);
}

/** The words a logo's file name gives before "logo" ("Commons-logo.svg" → "Commons",
 * "20px-Wikiquote-logo.svg.png" → "Wikiquote", "kindle-app-logo._CB66.png" → "kindle"), or ''
 * when they are too short to name anyone surely. */
function fileLogoName(file: string): string {
  const words = file.replace(/\.[a-z0-9]+$/i, '').split(/[-_.\s]+/);
  const at = words.findIndex((w) => /^logo(?:type)?$/i.test(w));
  if (at <= 0) return '';
  const name = words
    .slice(0, at)
    .filter((w) => !/^\d+(?:px|x\d+)?$|^(?:app|icon|small|large|retina|hd|new|old|the)$/i.test(w))
    .join(' ');
  // a short word is as often the site's own initials ("tvp-logo.png"): it names no one surely
  return name.replace(/\s/g, '').length >= 5 ? name : '';
}

/** Does a text ("Stadt Lindenau", "Registered with the Fundraising Regulator") name someone other
 * than the site (see othersLogo)? */
function namesOther(text: string, siteNames: Set<string>, host: string): boolean {
  const named = altKey(text);
  if (!named || /^(our|the|site|main|header|footer|company|home)$/.test(named)) return false;
  if (nameMatchesHost(bareAlt(text), host)) return false;
  const first = nameWords(named)[0];
  for (const site of siteNames)
    if (site.includes(named) || named.includes(site) || (first && nameWords(site)[0] === first))
      return false;
  return true;
}

/** Is there a header image in a link to this site's home page (its root, or a language or
 * "home" path)? */
function headerImageLinkingHome(walk: ReturnType<typeof walkPage>, ctx: PageContext): boolean {
  return walk.images.some((i) => {
    if (!(i.zone & (Z.HEADER | Z.NAV)) || !i.linkHref) return false;
    const h = resolveUrl(i.linkHref, ctx.base);
    if (!h || hostOf(h) !== ctx.host) return false;
    return HOME_PATH.test(h.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, ''));
  });
}

/** Does an image linking to another registrable domain carry that party's name (its alt names
 * someone other than the site, or spells the linked domain) rather than the site's? */
function othersBrand(
  href: string,
  alt: string,
  ctx: PageContext,
  own: string,
  names: Set<string>,
): boolean {
  const h = resolveUrl(href, ctx.base);
  if (!h || !own || registrable(hostOf(h)) === own || !alt.trim()) return false;
  if (namesSite(alt, names, ctx.host)) return false;
  return namesOther(alt, names, ctx.host) || nameMatchesHost(bareAlt(alt), hostOf(h));
}

/** A logo's alt text, on an image this sure (linksHome or better), names the entity modestly. */
const NAME_FROM_ALT = { minLogo: 0.6, confidence: 0.5 };

/** A header logo on a sub-domain linking to the registrable domain's home page names the
 * organisation's website (shop.coop.org → coop.org); below a url the page states. */
const SITE_HOME_URL = 0.45;

export function iconsRule(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  const walk = walkPage(ctx);
  const own = registrable(ctx.host);
  // a tenant's sub-domain (band.platform.com): the parent's home is the platform's
  const tenant = !!own && readHost(ctx).vendors.domains.has(own);
  const siteNames = namesOfSite(ctx);
  // the site's names and the page's heading (a home page's h1 is often the name), read once
  let ownNames: Set<string> | undefined;
  let strips: Set<Element> | undefined;
  let homeImage: boolean | undefined;
  // on a hosted page the site's name is the host's: an image named so is not the subject's logo
  const hosted = readHost(ctx).hosted;
  let n = 0;
  let seen = 0;
  const headerImages = walk.images.some((i) => i.zone & Z.HEADER);
  // a link to this very page counts as one home when the page may be a site's home (a site at a
  // sub-path), not on a story, whose pictures link to its own permalink
  const selfIsHome =
    !/\/(?:19|20)\d\d\//.test(ctx.url) && !/article/.test(metaContent(ctx.doc, 'og:type'));
  for (const img of walk.images) {
    seen++;
    if (n >= LOGO.maxCandidates) break;
    const src = resolveUrl(img.src, ctx.base);
    if (!src) continue;
    const hint = img.hint + ' ' + img.alt.toLowerCase();
    const srcHint = src.toLowerCase().replace(/^https?:\/\/[^/]+/, '');
    const inHeader = (img.zone & (Z.HEADER | Z.NAV)) !== 0;
    let homeLink = false;
    let siteHome = '';
    if (img.linkHref) {
      const h = resolveUrl(img.linkHref, ctx.base);
      // the home page however the link writes it: http or https, with or without www., a slash
      // or index.html
      const key = h && !/^\s*#/.test(img.linkHref) ? homeKey(h) : '';
      homeLink =
        !!key &&
        !!ctx.origin &&
        (key === homeKey(ctx.origin) ||
          (selfIsHome && key === homeKey(ctx.url.replace(/[?#].*$/, ''))));
      // the home page in a language of a multilingual site (/es, /en-gb/) or named home (/home)
      if (!homeLink && h && hostOf(h) === ctx.host)
        homeLink = HOME_PATH.test(h.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, ''));
      // from a sub-domain (shop., docs., help.), the home page of the registrable domain
      if (!homeLink && h && own && isHomeAddress(h)) {
        const hh = hostOf(h);
        if (hh !== ctx.host && registrable(hh) === own) {
          homeLink = true;
          siteHome = h;
        }
      }
    }
    // a menu, search, basket or language icon (or flag) is not the logo, even linking home
    if (
      !LOGO_WORD.test(hint + ' ' + srcHint) &&
      (UI_ICON.test(hint + ' ' + srcHint) ||
        LANGUAGE_ALT.test(img.alt.trim()) ||
        iconSized(img.el) ||
        (inHeader && !!img.el.closest('[class*="crumb"]')))
    )
      continue;
    // an image whose alt is the site's name, in the header or linking home, is its logo
    const namedAsSite =
      !hosted && !!img.alt && (inHeader || !!img.linkHref) && siteNames.has(altKey(img.alt));
    const hintLogo = LOGO_WORD.test(hint) || namedAsSite;
    const srcLogo = LOGO_WORD.test(srcHint.split('?')[0] ?? '');
    // a file named *logo* counts only in the header or in a link to the home page
    const saysLogo = hintLogo || (srcLogo && (inHeader || !!img.linkHref));
    if (/\b(u-)?photo\b|avatar/.test(img.hint) && !hintLogo) continue;
    if (itemPicture(img.el)) continue;

    if (img.zone & (Z.ARTICLE | Z.AUTHOR | Z.COMMENT | Z.RELATED)) continue;
    const file = srcHint.split('?')[0]!.split('/').pop() ?? '';
    if (/sponsor|partner|payment|award|app-?store|google-?play/.test(hint + ' ' + file)) continue;
    // a badge is an award's or a trust mark's, except a school's badge (its crest) in the header
    // linking home
    if (/badge/.test(hint + ' ' + file) && !(inHeader && homeLink)) continue;
    // an image linking somewhere other than the home page is another brand's logo (menus,
    // partners), unless the image or its link is itself marked as the logo (not merely a box of
    // logos around it)
    const linkAway =
      !!img.linkHref &&
      !homeLink &&
      !/^#|^javascript:/i.test(img.linkHref.trim()) &&
      (!/logo/i.test(ownMarks(img.el)) ||
        // marked as a logo but linking to another domain under another's name: a parent
        // body's or sister brand's logo (a town's beside its museum, a mega-menu's brands)
        othersBrand(img.linkHref, img.alt, ctx, own, (ownNames ??= namesOfPage(ctx, siteNames))));
    if (linkAway) continue;
    // an unlinked header image that says logo only by its file name and whose alt names someone
    // else, beside another header image linking home, is a trust mark beside the logo (a
    // regulator's, an accreditation's)
    if (
      inHeader &&
      !img.linkHref &&
      !hintLogo &&
      srcLogo &&
      namesOther(img.alt, (ownNames ??= namesOfPage(ctx, siteNames)), ctx.host) &&
      (homeImage ??= headerImageLinkingHome(walk, ctx))
    )
      continue;
    // on a hosted page an image linking to the site's home or named like its brand is the
    // platform's logo, wherever its banner sits (a server banner above <main>)
    if (
      hosted &&
      ((homeLink && !siteHome) ||
        (!!ctx.siteName && !!img.alt && altKey(img.alt) === altKey(ctx.siteName)))
    )
      continue;
    // a file named for someone else's logo ("Commons-logo.svg", "kindle-app-logo.png" on a
    // shop's book page) that does not link home is theirs, wherever it sits
    if (
      !homeLink &&
      !hintLogo &&
      namesOther(fileLogoName(file), (ownNames ??= namesOfPage(ctx, siteNames)), ctx.host)
    )
      continue;
    // out of the header, a logo whose alt names someone other than the site ("Arts Council
    // logo" in a "Supported by" strip, an accreditation) is that organisation's
    if (
      !inHeader &&
      !homeLink &&
      othersLogo(img.alt, (ownNames ??= namesOfPage(ctx, siteNames)), ctx.host)
    )
      continue;
    // out of the header, one of a row of logos (a "Supported by" strip whose images say logo
    // only by class or file) is a funder's or partner's, unless it is named like the site
    if (
      !inHeader &&
      !homeLink &&
      (strips ??= logoStrips(walk)).has(img.el) &&
      !namesSite(img.alt, (ownNames ??= namesOfPage(ctx, siteNames)), ctx.host)
    )
      continue;
    let conf = 0;
    if (saysLogo && inHeader && homeLink) conf = LOGO.saysLogoInHeaderLinksHome;
    else if (saysLogo && inHeader) conf = LOGO.saysLogoInHeader;
    else if (homeLink && inHeader) conf = LOGO.linksHomeFromHeader;
    else if (saysLogo && homeLink) conf = LOGO.saysLogoLinksHome;
    else if (saysLogo && !(img.zone & Z.FOOTER)) conf = LOGO.saysLogoInBody;
    else if (saysLogo) conf = LOGO.saysLogoInFooter;
    // a page without header landmarks (table layouts, bare templates): one of its first images,
    // linking home, outside the main content and the footer, is its logo
    else if (
      homeLink &&
      seen <= LOGO.topImages &&
      !(img.zone & (Z.MAIN | Z.FOOTER | Z.ASIDE)) &&
      !headerImages
    )
      conf = LOGO.linksHomeAtTop;
    // a logo linking to this host's own home outranks one linking to the wider site's
    if (conf && siteHome) conf -= LOGO.perWiderHome;
    if (conf && siteHome && inHeader && !tenant) {
      out.push({ field: 'url', value: siteHome, source: 'icon', confidence: SITE_HOME_URL });
      siteHome = '';
    }
    if (conf) {
      out.push({
        field: 'logo',
        value: src,
        source: 'icon',
        confidence: conf - n * LOGO.perEarlierImage,
      });
      n++;
    }
    const alt = (fileNameAlt(img.alt) ?? cleanText(img.alt, 300))
      .replace(/\s+(logo|logotype|logotyp|logotipo|home)$/i, '')
      .trim();
    if (conf >= NAME_FROM_ALT.minLogo && alt && alt.length > 1 && !ALT_NAMES_NOTHING.test(alt)) {
      out.push({ field: 'name', value: alt, source: 'icon', confidence: NAME_FROM_ALT.confidence });
    }
  }
  // link rel=icon / apple-touch-icon: only a fallback logo.
  let best: { href: string; size: number } | undefined;
  for (const el of elementsByTag(ctx.doc, 'LINK')) {
    if (!el.hasAttribute('rel') || !el.hasAttribute('href')) continue;
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

/** An item's own picture: the image (itemprop="image"/"photo") of a product, an event or a work
 * in microdata, whatever its alt says ("Executive Anvil logo" on the anvil's photo). */
function itemPicture(el: Element): boolean {
  if (!/(?:^|\s)(?:image|photo)(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '')) return false;
  const item = el.closest('[itemscope]');
  const type = item?.getAttribute('itemtype') ?? '';
  if (!type) return false;
  const cat = categoryOf(typeNames({ '@type': type.trim().split(/\s+/) }));
  return cat !== 'Organization' && cat !== 'Person';
}
