/** Rule: <title>, meta description, Open Graph, Twitter cards, application-name. */
import type { Candidate, PageContext } from '../types';
import { metaContent, metaValues } from '../context';
import {
  classifySocial,
  handleProfile,
  isPlatformPost,
  postOwnerProfile,
  socialHandle,
  socialKey,
} from '../social';
import {
  isGenericSegment,
  leadingLabelName,
  nameMatchesHost,
  profileDisplayName,
  titleBrand,
  titleSegments,
} from '../title';
import { cleanValueText, LIMITS, resolveUrl, squash } from '../util';
import { readHost, domainLabel, registrable } from '../host';
import { postersProfile } from '../posters-profile';
import { isWorkType, workCreator } from '../work-creator';
import { sectionHome } from '../section-home';
import { HOSTING_PLATFORM_DOMAINS } from '../data/hosting-platforms';
import { hasLegalForm, isSentence } from '../name-words';
import { walkPage, Z } from '../walk';
import { isPersonName } from '../person-name';
import { SOCIAL_PLATFORM_HOST } from '../data/social-hosts';
import { ORG_WORDS } from '../data/org-words';
import { mainHeading } from '../main-heading';
import { elementsByTag } from '../page-elements';

/** Social platforms by the names their pages' titles use ("Name on Instagram: …", "Name | X"). */
const SOCIAL_PLATFORMS =
  'X|Twitter|Facebook|Instagram|LinkedIn|GitHub|YouTube|TikTok|Mastodon|Threads|Bluesky';
const SOCIAL_PLATFORM_NAME = new RegExp(String.raw`(${SOCIAL_PLATFORMS})\b`, 'i');
const ON_SOCIAL_PLATFORM = new RegExp(String.raw`\s+on\s+(${SOCIAL_PLATFORMS})\b`, 'i');
const ON_SOCIAL_PLATFORM_TO_END = new RegExp(String.raw`${ON_SOCIAL_PLATFORM.source}.*$`, 'i');

/** Words for an institution, which a page's topic ("Physics", "Software Engineer") lacks. */
const INSTITUTION =
  /\b(?:university|college|school|academy|institute|library|council|foundation|association|society|trust|museum|hospital|church)\b/i;

/**
 * How much each metadata clue is trusted, on the scale merge.ts compares across rules (a surely
 * picked schema.org entity 0.88–0.95; list values are kept from 0.4). Metadata names sit just
 * under structured data; title segments are guesses that a heading or the domain can confirm.
 */
const CONFIDENCE = {
  /** og:title of a profile page, platform suffix removed: the profile's own display name. */
  profileTitle: 0.74,
  /** author meta that is a person's name matching the domain: the site is that person's own,
   * so their name beats the site's label. */
  authorMatchingHost: 0.73,
  /** og:site_name or application-name: the site names itself. */
  siteName: 0.72,
  /** A title segment the header repeats: the site's name, above the page's heading. */
  titleSegmentInFrame: 0.68,
  /** …and its home page as the website, below any url the page states. */
  homeOfNamedSite: 0.3,
  /** The page's h1 repeated as a title segment: the page's subject, confirmed twice. */
  headingInTitle: 0.65,
  /** A title segment that looks like the domain ("Riverside Trust" on riversidetrust.org). */
  titleSegmentMatchingHost: 0.6,
  /** A title segment ending in a legal form ("… – ABC Company Inc."): a company's name, above
   * the page's own first segment, below a segment the host or header confirms. */
  legalNameSegment: 0.45,
  /** The title's leading words that spell the domain, before what the page offers ("Wells Fargo"
   * of "Wells Fargo Secured Visa Credit Card"): just above the whole segment matching the host. */
  leadingHostLabel: 0.61,
  /** The site's own domain written in its title ("Amazon.es"): the site naming itself, above
   * the page's heading repeated in the title (a product's, on a shop). */
  domainInTitle: 0.67,
  /** A one-segment title is the name or the page's topic: a guess. */
  onlyTitleSegment: 0.42,
  /** In "Page | Site" the first segment is usually the page; kept as a weaker guess. */
  firstTitleSegment: 0.38,
  /** …and the last usually the site, but generic endings make it the weakest segment. */
  lastTitleSegment: 0.36,
  /** apple-mobile-web-app-title: a short label, often an abbreviation; only without a site name. */
  appTitle: 0.35,
  /** og:title of a page without a <title>: the page's headline more often than the entity. */
  ogTitleOnly: 0.3,
  /** A home page's meta description describes the site's owner… */
  homeDescription: 0.55,
  /** …any other page's describes that page. */
  pageDescription: 0.3,
  /** og:logo is declared as the logo. */
  ogLogo: 0.8,
  /** A personal site's author (see authorMatchingHost) makes the entity a person. */
  authorIsPerson: 0.55,
  /** og:type profile / music.musician or band: a hint at the kind, below any schema.org type. */
  profileType: 0.5,
  bandType: 0.5,
  /** twitter:site, article:publisher, fb:page_id_url, og:see_also: the site's declared accounts. */
  declaredSocial: 0.7,
  /** A profile page's own address and rel=me links: the owner saying "this is me". */
  ownProfile: 0.75,
};

/** Header lines outside its menus (a copyright year dropped) and header image alts, squashed, for
 * confirming a title segment (a footer's campus or branch lists name places, not the site). */
function frameLines(ctx: PageContext): string[] {
  const walk = walkPage(ctx);
  const out: string[] = [];
  for (const l of walk.lines) {
    if (!(l.zone & Z.HEADER) || l.zone & Z.NAV || l.text.length > 300) continue;
    out.push(squash(l.text.replace(/^\s*(©|\(c\)|copyright)?\s*(\d{4}\s*)?/i, '')));
    if (out.length > 400) break;
  }
  for (const img of walk.images) if (img.zone & Z.HEADER && img.alt) out.push(squash(img.alt));
  return out;
}

/** The poster's profile from the handle their post's card title gives ("Willyrex (@willyrex) •
 * Instagram photo"). */
function titledHandleProfile(ctx: PageContext): string {
  for (const t of [
    metaContent(ctx.doc, 'twitter:title'),
    metaContent(ctx.doc, 'og:title'),
    ctx.title,
  ]) {
    const handle = /\(@([\w.-]{1,64})\)/.exec(t)?.[1];
    if (handle) return handleProfile(ctx.url, handle);
  }
  return '';
}

/**
 * A social account whose display name reads as a person's and whose handle spells that name
 * ("Stephen King", @stephenking; "Donald J. Trump", @realDonaldTrump) is a person's: a brand's
 * account is named for the brand, a one-word name says nothing either way. A Telegram channel's
 * post is a broadcast outlet's, whatever it is called.
 */
function accountOfPerson(ctx: PageContext, account: string, name: string): boolean {
  if (/(^|\.)t\.me$/.test(ctx.host) || !isPersonName(name) || ORG_WORDS.test(name)) return false;
  const words = name
    .split(/\s+/)
    .map(squash)
    .filter((w) => w.length >= 2);
  const handle = squash(socialHandle(account));
  return words.length >= 2 && words.every((w) => handle.includes(w));
}

/** The site's registrable domain as its title writes it ("Amazon.es"), or ''. */
function domainInTitle(title: string, host: string): string {
  const own = registrable(host);
  if (!own) return '';
  for (const m of title.matchAll(/(?<![\w.@-])((?:[\p{L}\d-]+\.)+\p{L}{2,})(?![\w-])/gu))
    if (registrable(m[1]!.toLowerCase()) === own) return m[1]!;
  return '';
}

/** Is the page a site's home page? */
export function isHome(ctx: PageContext): boolean {
  try {
    const u = new URL(ctx.url);
    return /^\/?(index\.(html?|php))?$/.test(u.pathname) || u.pathname === '/';
  } catch {
    return false;
  }
}

/** Is the text one of the host's labels as written in the address (lower case, no spaces)? */
function hostLabel(text: string, host: string): boolean {
  return /^[a-z0-9-]+$/.test(text) && host.toLowerCase().split('.').includes(text);
}

export function metaRule(ctx: PageContext): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  const home = isHome(ctx);
  const onPlatform = SOCIAL_PLATFORM_HOST.test(ctx.host);
  const ogType = metaContent(doc, 'og:type').toLowerCase();
  // On a platform's profile page the platform's name is not the entity's.
  const site = ctx.siteName && !onPlatform ? cleanValueText(ctx.siteName, LIMITS.name) : '';
  let ownerName = '';
  // a video's or a song's title on a platform is the work's, unless it says whose ("Name on
  // Instagram: …")
  const workTitle =
    isWorkType(ogType) && !ON_SOCIAL_PLATFORM.test(metaContent(doc, 'og:title') || ctx.title);
  // an article on a social platform credits its writer between its title and the platform's
  // name ("Article | Ramya Joseph | LinkedIn")
  const ogTitle = cleanValueText(metaContent(doc, 'og:title'), LIMITS.name);
  const credited =
    onPlatform &&
    !workTitle &&
    ogType !== 'profile' &&
    !!ogTitle &&
    cleanValueText(ctx.title, 300).startsWith(ogTitle + ' ')
      ? workCreator(ctx, [ctx.siteName ?? '', domainLabel(ctx.host)])
      : '';
  if ((ogType === 'profile' || onPlatform) && !workTitle) {
    const t =
      credited ||
      profileDisplayName(
        cleanValueText(metaContent(doc, 'og:title') || ctx.title, LIMITS.name),
        ctx.siteName ?? titleBrand(ctx.title, ctx.host) ?? '',
      )
        .replace(/\s+[|/·–—-]\s+[^|/·–—-]+$/, (m) => (SOCIAL_PLATFORM_NAME.test(m) ? '' : m))
        .replace(ON_SOCIAL_PLATFORM_TO_END, '')
        // "Watch this story by Name", "Instagram video by Name • Apr 19, 2021": the credited name
        .replace(/^.{0,40}\b(?:photo|video|reel|post|story|clip)s?\s+by\s+(?=\S)/i, '')
        .replace(/\s+[•·]\s+.*$/, '')
        .trim();
    ownerName = t;
    if (t)
      out.push({ field: 'name', value: t, source: 'meta', confidence: CONFIDENCE.profileTitle });
  }
  // a builder fills og:site_name with the sub-domain's label ("littlesnoringvillagehall" on
  // littlesnoringvillagehall.jimdofree.com): an address, not a name written by anyone
  // "Radiolab Podcasts | WNYC Studios": a site name that names its parent after a bar is the
  // site's own name first
  const siteOwn = site.split(/\s+\|\s+/).find((s) => s && !isGenericSegment(s)) ?? site;
  if (siteOwn && !hostLabel(siteOwn, ctx.host))
    out.push({ field: 'name', value: siteOwn, source: 'meta', confidence: CONFIDENCE.siteName });
  // A personal site: the author's name matches the domain.
  const author = cleanValueText(metaContent(doc, 'author'), LIMITS.name);
  if (author && isPersonName(author) && nameMatchesHost(author, ctx.host)) {
    out.push({
      field: 'name',
      value: author,
      source: 'meta',
      confidence: CONFIDENCE.authorMatchingHost,
    });
    out.push({
      field: 'type',
      value: 'Person',
      source: 'meta',
      confidence: CONFIDENCE.authorIsPerson,
    });
  }
  // Title segments: "Page | Site". Prefer a segment that looks like the domain, then a non-generic one.
  const segs = titleSegments(cleanValueText(ctx.title, 500));
  if (segs.length) {
    const nonGeneric = segs.filter((s) => !isGenericSegment(s));
    // the site's own domain under a sub-domain (journals.plos.org, personal.rbs.co.uk), not a
    // platform's whose tenants live on sub-domains
    const domain = registrable(ctx.host);
    const ownSite =
      domain && domain !== ctx.host && !HOSTING_PLATFORM_DOMAINS.has(domain) ? domain : '';
    const byHost = nonGeneric.find(
      (s) => nameMatchesHost(s, ctx.host) || (!!ownSite && nameMatchesHost(s, ownSite)),
    );
    const labels = [
      ctx.host.replace(/^www\./, '').split('.')[0] ?? '',
      ownSite.split('.')[0] ?? '',
    ];
    const leading = nonGeneric.map((s) => leadingLabelName(s, labels, ORG_WORDS)).find(Boolean);
    if (leading)
      out.push({
        field: 'name',
        value: leading,
        source: 'meta',
        confidence: CONFIDENCE.leadingHostLabel,
      });
    // "Amazon.com: SainSmart Relay Module", "… Kindle eBooks @ Amazon.com.": the site's own
    // domain written in its title, as it calls itself
    // (on a page about someone else, such as a seller's page on a marketplace, it is the host's)
    const spelled = leading || readHost(ctx).hosted ? '' : domainInTitle(ctx.title, ctx.host);
    if (spelled)
      out.push({
        field: 'name',
        value: spelled,
        source: 'meta',
        confidence: CONFIDENCE.domainInTitle,
      });
    if (byHost)
      out.push({
        field: 'name',
        value: byHost,
        source: 'meta',
        confidence: CONFIDENCE.titleSegmentMatchingHost,
      });
    // the page's main heading repeated in the title names the page's subject
    const h1 = mainHeading(doc);
    const h1Text = h1 ? cleanValueText(h1.textContent ?? '', LIMITS.name) : '';
    const isArticle = ogType === 'article' || elementsByTag(doc, 'ARTICLE').length > 0;
    if (
      h1Text &&
      !isArticle &&
      segs.length > 1 &&
      nonGeneric.some((s) => s.toLowerCase() === h1Text.toLowerCase()) &&
      // a home page's heading beside a segment the domain spells is its slogan ("Juntos por el
      // barrio | Asociación Vecinal Los Almendros" on avlosalmendros.org)
      !(home && byHost && squash(byHost) !== squash(h1Text))
    ) {
      out.push({
        field: 'name',
        value: h1Text,
        source: 'meta',
        confidence: CONFIDENCE.headingInTitle,
      });
    }
    // "Transportation | Prairie Creek Unified School District": the segment that the header
    // repeats (site name, logo text) is the site's own name, not the page's topic
    if (segs.length > 1) {
      const frame = frameLines(ctx);
      // the site's name is usually the last segment: look from the end
      const confirmed = [...nonGeneric].reverse().find((s) => {
        const q = squash(s);
        if (q.length < 6 || s.toLowerCase() === h1Text.toLowerCase()) return false;
        // a header's tagline repeated in the title ("Grant writing for community-rooted
        // nonprofits") is written as a sentence, not a name (a brand in lower case, "mixx.io,
        // podcast diario", is not)
        if (/^\p{Lu}/u.test(s) && isSentence(s)) return false;
        // a line that is the name, or starts with it and goes on without numbers (not an
        // address line such as "Brooklyn, NY 11201")
        return frame.some(
          (l) => l.startsWith(q) && l.length <= q.length + 30 && !/\d/.test(l.slice(q.length)),
        );
      });
      if (confirmed) {
        out.push({
          field: 'name',
          value: confirmed,
          source: 'meta',
          confidence: CONFIDENCE.titleSegmentInFrame,
        });
        // a site that names itself in its header is the entity: its home page is the website
        if (ctx.origin)
          out.push({
            field: 'url',
            value: sectionHome(ctx) || ctx.origin,
            source: 'meta',
            confidence: CONFIDENCE.homeOfNamedSite,
          });
      }
    }
    // "Software Engineer – ABC Company Inc.", "Physics – University of Bristol": the one segment
    // written with a legal form or a word for an institution is the body's name, at either end
    const legal = nonGeneric.filter((s) => hasLegalForm(s) || INSTITUTION.test(s));
    if (segs.length > 1 && legal.length === 1 && legal[0] !== byHost)
      out.push({
        field: 'name',
        value: cleanValueText(legal[0], LIMITS.name),
        source: 'meta',
        confidence: CONFIDENCE.legalNameSegment,
      });
    const pick = nonGeneric[0];
    if (pick && pick !== byHost)
      out.push({
        field: 'name',
        value: cleanValueText(pick, LIMITS.name),
        source: 'meta',
        confidence: segs.length > 1 ? CONFIDENCE.firstTitleSegment : CONFIDENCE.onlyTitleSegment,
      });
    if (segs.length > 1) {
      const last = nonGeneric[nonGeneric.length - 1];
      if (last && last !== pick && last !== byHost)
        out.push({
          field: 'name',
          value: cleanValueText(last, LIMITS.name),
          source: 'meta',
          confidence: CONFIDENCE.lastTitleSegment,
        });
    }
  } else if (ogTitle) {
    out.push({ field: 'name', value: ogTitle, source: 'meta', confidence: CONFIDENCE.ogTitleOnly });
  }
  const appName = cleanValueText(metaContent(doc, 'apple-mobile-web-app-title'), LIMITS.name);
  if (appName && !site)
    out.push({ field: 'name', value: appName, source: 'meta', confidence: CONFIDENCE.appTitle });

  const desc =
    metaContent(doc, 'description') ||
    metaContent(doc, 'og:description') ||
    metaContent(doc, 'twitter:description');
  if (desc) {
    out.push({
      field: 'description',
      value: cleanValueText(desc, LIMITS.description),
      source: 'meta',
      confidence: home ? CONFIDENCE.homeDescription : CONFIDENCE.pageDescription,
    });
  }
  const ogLogo = resolveUrl(metaContent(doc, 'og:logo'), ctx.base);
  if (ogLogo)
    out.push({ field: 'logo', value: ogLogo, source: 'meta', confidence: CONFIDENCE.ogLogo });

  // Profile pages (og:type profile) describe a person, unless the profile's name is an
  // organisation's ("Friends of Elm Park Library", "Hilltop Running Club").
  const profileName = profileDisplayName(
    cleanValueText(metaContent(doc, 'og:title') || ctx.title, LIMITS.name),
    ctx.siteName ?? titleBrand(ctx.title, ctx.host) ?? '',
  );
  if (ogType === 'profile' && !ORG_WORDS.test(profileName))
    out.push({
      field: 'type',
      value: 'Person',
      source: 'meta',
      confidence: CONFIDENCE.profileType,
    });
  else if (ogType === 'music.musician' || ogType === 'band')
    out.push({
      field: 'type',
      value: 'Organization',
      source: 'meta',
      confidence: CONFIDENCE.bandType,
    });

  // On a social platform's profile page the owner's profile is the page itself; the accounts the
  // page declares (twitter:site "@TikTok", article:publisher) are the platform's, not the owner's.
  const canonical = resolveUrl(
    elementsByTag(doc, 'LINK')
      .find((l) => l.getAttribute('rel') === 'canonical')
      ?.getAttribute('href') ?? metaContent(doc, 'og:url'),
    ctx.base,
  );
  // …and a post's page (x.com/name/status/1, t.me/channel/28542) is its account's
  const selfSocial =
    classifySocial(canonical || ctx.url) ||
    (onPlatform ? postOwnerProfile(canonical || ctx.url) || postOwnerProfile(ctx.url) : '');
  const platformProfile = onPlatform && !!selfSocial;
  // a post whose address does not name its account (instagram.com/p/…): the account on the
  // same platform that the page links most and whose handle carries the poster's name
  const poster =
    onPlatform && !selfSocial && ownerName && isPlatformPost(ctx.url)
      ? postersProfile(ctx, ownerName) || titledHandleProfile(ctx)
      : '';
  if (poster)
    out.push({
      field: 'socials',
      value: poster,
      source: 'meta',
      confidence: CONFIDENCE.ownProfile,
    });
  // a post's account named like a person, whose handle spells that name, is a person's
  const account = poster || (platformProfile ? selfSocial : '');
  if (account && ogType !== 'profile' && accountOfPerson(ctx, account, ownerName))
    out.push({
      field: 'type',
      value: 'Person',
      source: 'meta',
      confidence: CONFIDENCE.profileType,
    });
  if (selfSocial && (ogType === 'profile' || platformProfile)) {
    out.push({
      field: 'socials',
      value: selfSocial,
      source: 'meta',
      confidence: CONFIDENCE.ownProfile,
    });
  }

  // The site's own accounts (on a platform's page other than its home: the platform's).
  const declared = (url: string) => {
    const s = classifySocial(resolveUrl(url, ctx.base));
    if (
      s &&
      !((platformProfile || (onPlatform && !home)) && socialKey(s) !== socialKey(selfSocial))
    )
      out.push({
        field: 'socials',
        value: s,
        source: 'meta',
        confidence: CONFIDENCE.declaredSocial,
      });
  };
  const tw = metaContent(doc, 'twitter:site') || '';
  const handle = /^@?([A-Za-z0-9_]{1,15})$/.exec(tw.trim())?.[1];
  if (handle) declared(`https://twitter.com/${handle}`);
  else if (tw) declared(tw.replace(/^@(?=https?:)/i, ''));
  for (const key of ['article:publisher', 'fb:page_id_url', 'og:see_also']) {
    for (const content of metaValues(doc, key)) declared(content);
  }
  // article:author is a writer's, unless its handle is the site's own domain label or name
  // ("facebook.com/9gag" on 9gag.com, "facebook.com/bbcnews" on "BBC News": a site that credits
  // itself)
  const label = domainLabel(ctx.host);
  const siteName = squash(ctx.siteName ?? '');
  for (const content of metaValues(doc, 'article:author')) {
    const s = classifySocial(resolveUrl(content, ctx.base));
    const h = s ? squash(socialHandle(s)) : '';
    if ((label.length >= 3 && h === label) || (h.length >= 5 && h === siteName)) declared(s);
  }
  // rel=me and rel=publisher links in <head> name the site's own profiles
  for (const el of elementsByTag(doc, 'LINK')) {
    if (
      !el.hasAttribute('href') ||
      !/(?:^|\s)(?:me|publisher)(?:\s|$)/.test(el.getAttribute('rel') ?? '')
    )
      continue;
    const s = classifySocial(resolveUrl(el.getAttribute('href') ?? '', ctx.base));
    if (s)
      out.push({ field: 'socials', value: s, source: 'meta', confidence: CONFIDENCE.ownProfile });
  }
  return out;
}
