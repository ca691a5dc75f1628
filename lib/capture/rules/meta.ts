/** Rule: <title>, meta description, Open Graph, Twitter cards, application-name. */
import type { Candidate, PageContext } from '../types';
import { metaContent, metaValues } from '../context';
import { classifySocial } from '../social';
import { isGenericSegment, nameMatchesHost, titleSegments } from '../title';
import { cleanValueText, LIMITS, resolveUrl } from '../util';
import { isPersonName } from './people';
import { SOCIAL_PLATFORM_HOST } from '../data/social-hosts';

/** Is the page a site's home page? */
export function isHome(ctx: PageContext): boolean {
  try {
    const u = new URL(ctx.url);
    return /^\/?(index\.(html?|php))?$/.test(u.pathname) || u.pathname === '/';
  } catch {
    return false;
  }
}

export function metaRule(ctx: PageContext): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  const home = isHome(ctx);
  const onPlatform = SOCIAL_PLATFORM_HOST.test(ctx.host);
  const ogType = metaContent(doc, 'og:type').toLowerCase();
  // On a platform's profile page the platform's name is not the entity's.
  const site = ctx.siteName && !onPlatform ? cleanValueText(ctx.siteName, LIMITS.name) : '';
  if (ogType === 'profile' || onPlatform) {
    const t = cleanValueText(metaContent(doc, 'og:title') || ctx.title, LIMITS.name)
      .replace(/\s+[|/·–—-]\s+[^|/·–—-]+$/, (m) =>
        /(x|twitter|facebook|instagram|linkedin|github|youtube|tiktok|mastodon|threads|bluesky)\b/i.test(
          m,
        )
          ? ''
          : m,
      )
      .replace(
        /\s+on\s+(X|Twitter|Facebook|Instagram|LinkedIn|GitHub|YouTube|TikTok|Mastodon|Threads|Bluesky)\b.*$/i,
        '',
      )
      .replace(/\s*\(@[\w.]+\)\s*$/, '')
      .trim();
    if (t) out.push({ field: 'name', value: t, source: 'meta', confidence: 0.74 });
  }
  if (site) out.push({ field: 'name', value: site, source: 'meta', confidence: 0.72 });
  // A personal site: the author's name matches the domain.
  const author = cleanValueText(metaContent(doc, 'author'), LIMITS.name);
  if (author && isPersonName(author) && nameMatchesHost(author, ctx.host)) {
    out.push({ field: 'name', value: author, source: 'meta', confidence: 0.73 });
    out.push({ field: 'type', value: 'Person', source: 'meta', confidence: 0.55 });
  }
  // Title segments: "Page | Site". Prefer a segment that looks like the domain, then a non-generic one.
  const segs = titleSegments(cleanValueText(ctx.title, 500));
  const ogTitle = cleanValueText(metaContent(doc, 'og:title'), LIMITS.name);
  if (segs.length) {
    const nonGeneric = segs.filter((s) => !isGenericSegment(s));
    const byHost = nonGeneric.find((s) => nameMatchesHost(s, ctx.host));
    if (byHost) out.push({ field: 'name', value: byHost, source: 'meta', confidence: 0.6 });
    // the page's main heading repeated in the title names the page's subject
    const h1 = doc.querySelector('h1');
    const h1Text = h1 ? cleanValueText(h1.textContent ?? '', LIMITS.name) : '';
    const isArticle = ogType === 'article' || !!doc.querySelector('article');
    if (
      h1Text &&
      !isArticle &&
      segs.length > 1 &&
      nonGeneric.some((s) => s.toLowerCase() === h1Text.toLowerCase())
    ) {
      out.push({ field: 'name', value: h1Text, source: 'meta', confidence: 0.65 });
    }
    const pick = nonGeneric[0];
    if (pick && pick !== byHost)
      out.push({
        field: 'name',
        value: cleanValueText(pick, LIMITS.name),
        source: 'meta',
        confidence: segs.length > 1 ? 0.38 : 0.42,
      });
    if (segs.length > 1) {
      const last = nonGeneric[nonGeneric.length - 1];
      if (last && last !== pick && last !== byHost)
        out.push({
          field: 'name',
          value: cleanValueText(last, LIMITS.name),
          source: 'meta',
          confidence: 0.36,
        });
    }
  } else if (ogTitle) {
    out.push({ field: 'name', value: ogTitle, source: 'meta', confidence: 0.3 });
  }
  const appName = cleanValueText(metaContent(doc, 'apple-mobile-web-app-title'), LIMITS.name);
  if (appName && !site)
    out.push({ field: 'name', value: appName, source: 'meta', confidence: 0.35 });

  const desc =
    metaContent(doc, 'description') ||
    metaContent(doc, 'og:description') ||
    metaContent(doc, 'twitter:description');
  if (desc) {
    out.push({
      field: 'description',
      value: cleanValueText(desc, LIMITS.description),
      source: 'meta',
      confidence: home ? 0.55 : 0.3,
    });
  }
  const ogLogo = resolveUrl(metaContent(doc, 'og:logo'), ctx.base);
  if (ogLogo) out.push({ field: 'logo', value: ogLogo, source: 'meta', confidence: 0.8 });

  // Profile pages (og:type profile) describe a person.
  if (ogType === 'profile')
    out.push({ field: 'type', value: 'Person', source: 'meta', confidence: 0.5 });
  else if (ogType === 'music.musician' || ogType === 'band')
    out.push({ field: 'type', value: 'Organization', source: 'meta', confidence: 0.5 });

  // The site's own accounts.
  const tw = metaContent(doc, 'twitter:site') || '';
  const handle = /^@?([A-Za-z0-9_]{1,15})$/.exec(tw.trim())?.[1];
  if (handle) {
    out.push({
      field: 'socials',
      value: `https://twitter.com/${handle}`,
      source: 'meta',
      confidence: 0.7,
    });
  } else if (tw) {
    const s = classifySocial(resolveUrl(tw, ctx.base));
    if (s) out.push({ field: 'socials', value: s, source: 'meta', confidence: 0.7 });
  }
  for (const key of ['article:publisher', 'fb:page_id_url', 'og:see_also']) {
    for (const content of metaValues(doc, key)) {
      const s = classifySocial(resolveUrl(content, ctx.base));
      if (s) out.push({ field: 'socials', value: s, source: 'meta', confidence: 0.7 });
    }
  }
  // On a social platform's profile page the owner's profile is the page itself.
  const canonical = resolveUrl(
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url'),
    ctx.base,
  );
  const selfSocial = classifySocial(canonical || ctx.url);
  if (selfSocial && ogType === 'profile') {
    out.push({ field: 'socials', value: selfSocial, source: 'meta', confidence: 0.75 });
  }
  // rel=me links in <head> name the site's own profiles
  for (const el of Array.from(doc.querySelectorAll('link[rel~="me"][href]'))) {
    const s = classifySocial(resolveUrl(el.getAttribute('href') ?? '', ctx.base));
    if (s) out.push({ field: 'socials', value: s, source: 'meta', confidence: 0.75 });
  }
  return out;
}
