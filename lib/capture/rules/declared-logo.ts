/**
 * Rule: logos the page's head declares outside Open Graph's `og:logo` and structured data —
 * `<link rel="logo">`, a stray `<meta itemprop="logo">` (no itemscope around it, or the page's own
 * WebPage item, as older themes write it), and a share image (`og:image`) whose file name or alt text says it is
 * the logo. A share image that is a photo says nothing about the logo and is left alone; so does
 * `twitter:image`, which news sites fill with a site-wide logomark that is not declared as the logo.
 */
import type { Candidate, PageContext } from '../types';
import { metaContent } from '../context';
import { readHost } from '../host';
import { nameWords } from '../name-words';
import { fold, resolveUrl, tagName } from '../util';
import { nameMatchesHost, nameSpellsDomain } from '../title';
import { walkPage, Z } from '../walk';
import { pageElements } from '../page-elements';

const FRAME = Z.HEADER | Z.FOOTER | Z.NAV;

/**
 * Below a header image marked as the logo (0.75–0.8) and og:logo (0.8): those name the logo where
 * it is shown. A declared link or itemprop is above an unmarked header image linking home (0.62);
 * a share image is only a file name's word, so the header image shown as the logo wins over it.
 */
const CONFIDENCE = {
  /** `<link rel="logo">` or a stray itemprop="logo": declared, but not tied to an entity. */
  declared: 0.7,
  /** A share image named or described as the logo. */
  shareImageLogo: 0.58,
};

/** Words that name a logo file: logo (logotype, logomark), wordmark, brandmark. */
const SAYS_LOGO = /logo|wordmark|brandmark/i;

/** The file name of a URL, decoded, "+" read as a space. */
function fileName(u: string): string {
  const last =
    u
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? '';
  try {
    return decodeURIComponent(last.replace(/\+/g, ' '));
  } catch {
    return last;
  }
}

/** Item types that describe the page or the site, not an entity on it: their logo is the site's. */
const PAGE_ITEM = /(?:WebPage|WebSite|AboutPage|ContactPage|CollectionPage|ItemPage)\s*$/i;

/** Is an itemprop outside any item, or in the page's own (WebPage/WebSite) item? (An item that
 * is itself the property, an ImageObject marked itemprop="logo", belongs to the item around it.) */
function pageLevel(el: Element): boolean {
  const item = el.parentElement?.closest('[itemscope]');
  return !item || PAGE_ITEM.test(item.getAttribute('itemtype') ?? '');
}

/** The address an itemprop="logo" gives: its content, src or href, or, when it is an
 * ImageObject item, that item's url or contentUrl. */
function itempropUrl(el: Element): string {
  const own = el.getAttribute('content') ?? el.getAttribute('src') ?? el.getAttribute('href');
  if (own || !el.hasAttribute('itemscope')) return own ?? '';
  const inner = el.querySelector('[itemprop~="url"], [itemprop~="contentUrl"]');
  return inner
    ? (inner.getAttribute('content') ??
        inner.getAttribute('src') ??
        inner.getAttribute('href') ??
        '')
    : '';
}

/** The name of the folder a URL's file sits in. */
function folderName(u: string): string {
  const parts = u
    .replace(/^https?:\/\/[^/]+/i, '')
    .replace(/[?#].*$/, '')
    .split('/');
  return parts.length >= 3 ? (parts[parts.length - 2] ?? '') : '';
}

export function declaredLogoRule(ctx: PageContext): Candidate[] {
  // on a hosted page the head's declarations are the platform's, not the subject's
  if (readHost(ctx).hosted) return [];
  const out: Candidate[] = [];
  const push = (href: string, confidence: number): void => {
    const value = resolveUrl(href, ctx.base);
    if (value) out.push({ field: 'logo', value, source: 'meta', confidence });
  };
  const doc = ctx.doc;
  for (const el of pageElements(doc)) {
    const declaresLink =
      tagName(el) === 'LINK' && el.hasAttribute('rel') && el.hasAttribute('href');
    if (!declaresLink && !el.hasAttribute('itemprop')) continue;
    if (declaresLink) {
      if (/(?:^|\s)logo(?:\s|$)/i.test(el.getAttribute('rel') ?? ''))
        push(el.getAttribute('href') ?? '', CONFIDENCE.declared);
    } else if (/(?:^|\s)logo(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '') && pageLevel(el)) {
      push(itempropUrl(el), CONFIDENCE.declared);
    }
  }
  for (const key of ['og:image', 'og:image:url', 'og:image:secure_url']) {
    const src = metaContent(doc, key);
    if (!src) continue;
    const alt = metaContent(doc, 'og:image:alt');
    // the file, or the folder it sits in (/assets/logos/brand-1200.png), says logo
    if (SAYS_LOGO.test(fileName(src)) || SAYS_LOGO.test(folderName(src)) || SAYS_LOGO.test(alt)) {
      if (storyPicture(ctx, src)) break;
      push(src, CONFIDENCE.shareImageLogo);
      break;
    }
  }
  return out;
}

/**
 * On a story (a news post, `og:type` article or a published time), the share image is the
 * story's own picture: a logo there is what the story is about (an event's, a partner's, a
 * campaign's), not the site's — when the story shows that image in its body, or its alt names
 * something other than the site ("Riverside 5K 2026 logo" on a charity's post).
 */
function storyPicture(ctx: PageContext, src: string): boolean {
  const doc = ctx.doc;
  const story =
    /article|blog/i.test(metaContent(doc, 'og:type')) ||
    !!metaContent(doc, 'article:published_time');
  if (!story) return false;
  const alt = metaContent(doc, 'og:image:alt');
  const named = alt.replace(/\s*\b(?:logo(?:type)?|wordmark|brandmark)\b.*$/i, '').trim();
  if (named && !namesSite(ctx, named)) return true;
  const file = fileName(src);
  return walkPage(ctx).images.some(
    (i) => !(i.zone & FRAME) && i.src && fileName(resolveUrl(i.src, ctx.base)) === file,
  );
}

/** Does a name share a distinctive word with the site's name or spell its domain? */
function namesSite(ctx: PageContext, named: string): boolean {
  if (nameMatchesHost(named, ctx.host) || nameSpellsDomain(named, ctx.host)) return true;
  const site = fold(ctx.siteName ?? '');
  return nameWords(named).some((w) => site.includes(w));
}
