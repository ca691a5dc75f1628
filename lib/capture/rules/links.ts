/** Rule: mailto:, tel:, social profile links and labelled "website" links. */
import type { Candidate, PageContext } from '../types';
import { classifySocial, socialHandle, socialKey } from '../social';
import { readHost, domainLabel, registrable } from '../host';
import { metaContent } from '../context';
import {
  boundedText,
  decodeCloudflareEmail,
  hostOf,
  normaliseEmail,
  squash,
  unwrapRedirect,
} from '../util';
import {
  STATIC_PAGE_CLASS,
  collapseSpace,
  declaresArticleItem,
  textWithin,
  linkUrl,
  undatedHeadingBox,
  walkPage,
  Z,
  type LinkInfo,
  type PageWalk,
} from '../walk';
import { isPersonalContact } from '../person-cards';
import { isPersonsMailbox } from '../persons-mailbox';
import { inSupportBody } from '../support-bodies';
import { inOtherPartyNotice } from '../notice-parties';
import { isPersonName } from '../person-name';
import { nameMatchesHost, titleSegments } from '../title';
import { personProfileKeys } from '../profile-cards';
import { otherSiteAccountKeys } from '../sibling-accounts';
import { otherAccountKeys } from '../other-accounts';
import { isWebsiteLink, namesRoleSite } from '../website-link';
import { isEventPage } from '../event-page';
import { linkSocials } from '../link-socials';
import { SOCIAL_PLATFORM_HOST } from '../data/social-hosts';
import { mainHeading } from '../main-heading';
import { elementsByTag, jsonLdScripts } from '../page-elements';

/**
 * How much a link is trusted, by where it is. A mailto:/tel: link in the page's own content names
 * the entity's contact; in an article it may be the story's subject's; in author, comment, share or
 * related blocks it is someone else's (below the 0.4 at which merge.ts keeps list values).
 */
const CONFIDENCE = {
  contact: 0.8,
  contactInArticle: 0.35,
  contactElsewhere: 0.2,
  /** A person's own address or number on a staff card: theirs, offered only as an alternative. */
  personalContact: 0.3,
  /** rel=me: the page saying "this profile is me". */
  socialRelMe: 0.8,
  /** Header, footer, nav and sidebar profile links are the site's own accounts. */
  socialInChrome: 0.7,
  /** A profile link in the body of an ordinary page: probably the site's. */
  socialInBody: 0.62,
  /** On an article page, body profile links belong to the author or the story… */
  socialOnArticlePage: 0.35,
  /** …and inside the <article> itself even more so. */
  socialInArticle: 0.25,
  socialElsewhere: 0.15,
  /** A sponsor's or partner's account beside its linked logo or name: theirs, offered only. */
  otherOrganisationSocial: 0.3,
  /** "Website: <a>": a labelled link is the entity's site, below a declared url. */
  labelledWebsite: 0.55,
};

const CLOUDFLARE_EMAIL = '/cdn-cgi/l/email-protection#';
/** A WhatsApp chat link and the full international number it opens a chat with. */
const WHATSAPP_CHAT =
  /^https?:\/\/(?:wa\.me\/|(?:api|web)\.whatsapp\.com\/send\/?\?(?:[^#]*&)?phone=)\+?(\d{7,15})(?:[/?&#]|$)/i;

/** A number as its link shows it: digits and the marks that group them, spaces squeezed. */
function phoneAsWritten(text: string): string {
  return collapseSpace(text.replace(/[^\d+()\-./ ]/g, ' '));
}

/** A copyright line is short; past this the link's block is a section, not one line. */
const MAX_CREDIT_LINE = 400;
/** The label of a site maker's credit ("Diseño web:", "Création du site :", "Web design:"). */
const MAKER_LABEL =
  /(?:dise[ñn]o|design|gestaltung|umsetzung|r[ée]alisation|conception|cr[ée]ation|realizzazione|ontwerp|desarrollo|development)\s*(?:web|website|del sitio|du site|site web)?\s*:?\s*$/i;

/**
 * A website link that credits whoever made the site: labelled as the design ("Diseño web:
 * <a>Estudio Naranja</a>"), or a "Website: <a>Pixelwerk Münsterland</a>" on the copyright line
 * whose text is a name, not the address of the page's own site.
 */
function makersCredit(l: LinkInfo): boolean {
  if (MAKER_LABEL.test(l.before)) return true;
  if (/\.[a-z]{2,}/i.test(l.text)) return false;
  const line = l.el.parentElement ? boundedText(l.el.parentElement, MAX_CREDIT_LINE) : undefined;
  return !!line && /©|\(c\)|copyright/i.test(line);
}

const FAX_RE = /\b(fax|telefax|t[ée]l[ée]copie)\b/i;
const TEL_AND_FAX =
  /(tel|phone|t[ée]l[ée]?phone|telefon)\.?\s*(\/|&|and|\+|or|und|et)\s*(tele)?fax\W*$/i;

/** Paths of a site's About and Contact pages, in the corpus' languages. */
const OWN_PAGE_PATH =
  /\/(?:about|about-us|contact|contact-us|kontakt|ueber-uns|uber-uns|impressum|qui-sommes-nous|a-propos|nous-contacter|quienes-somos|sobre-nosotros|contacto|chi-siamo|contatti|over-ons|om-oss|o-nas)\/?$/i;

/** An article/blog post page (its body links are about the story, not the site). */
export function isArticlePage(ctx: PageContext): boolean {
  const doc = ctx.doc;
  // an About or Contact page is the site's own, whatever og:type a blogging platform gives it
  if (OWN_PAGE_PATH.test(ctx.url.replace(/[?#].*$/, ''))) return false;
  const og = metaContent(doc, 'og:type');
  if (/article|blog/i.test(og)) return true;
  // a CMS's static page wrapped in an <article> is not a story
  // …and neither is an undated <article> around the page's heading (a listing's box)
  const published = !!metaContent(doc, 'article:published_time');
  const articles = elementsByTag(doc, 'ARTICLE').filter(
    (a) =>
      !STATIC_PAGE_CLASS.test(a.getAttribute('class') ?? '') &&
      (published || !undatedHeadingBox(a)),
  );
  if (articles.length && !cardsUnderHeading(doc, articles.length)) return true;
  if (declaresArticleItem(doc)) return true;
  for (const s of jsonLdScripts(doc)) {
    if (
      /"@type"\s*:\s*\[?\s*"(News|Blog|Tech|Scholarly|Report)?(Article|Posting)"/.test(
        (s.textContent ?? '').slice(0, 20000),
      )
    )
      return true;
  }
  return false;
}

/**
 * Several <article> elements below a main heading that sits outside all of them are a listing's
 * cards (events, products, posts under a profile), not a story the page is about.
 */
function cardsUnderHeading(doc: Document, articles: number): boolean {
  if (articles < 2) return false;
  const h1 = mainHeading(doc);
  if (!h1) return false;
  for (let e: Element | null = h1; e; e = e.parentElement)
    if ((e.tagName || '').toUpperCase() === 'ARTICLE') return false;
  return true;
}

/** Link texts that name the subject's own things (its site, a map), not another organisation. */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|svg|avif)(?:[?#]|$)/i;

const OWN_THING_TEXT =
  /(web ?site|home ?page|\bsite\b|\bweb\b|\bmap\b|directions|\.[a-z]{2,}\b|^\W*$)/i;

/**
 * Is the account's handle the site's own name: its domain's label ("smittenkitchen" on
 * smittenkitchen.com) or a run of its declared site name ("googlecloud" for "Google Cloud
 * Platform Blog")? Not the title or heading: on an article those name the story's subject.
 */
function namesSite(url: string, ctx: PageContext): boolean {
  const h = squash(socialHandle(url));
  const label = domainLabel(ctx.host);
  // (the domain's own label, however short: "9gag" on 9gag.com; a short handle inside a
  // longer site name is too often a chance match)
  if (h.length >= 3 && h === label) return true;
  return h.length >= 5 && squash(ctx.siteName ?? '').includes(h);
}

/**
 * The person a personal site is named for: its title (or site name) when that reads as a
 * person's name the domain spells ("Aaron Parecki" on aaronparecki.com), squashed; else ''.
 */
function siteOwner(ctx: PageContext): string {
  for (const t of [ctx.siteName ?? '', ...titleSegments(ctx.title).slice(-1)]) {
    const name = t.trim();
    if (name && isPersonName(name) && nameMatchesHost(name, ctx.host)) return squash(name);
  }
  return '';
}

/** An author box about the site's own person (a personal blog's byline card): the link's
 * block names them. Their accounts there are the site's subject's. */
function ownersBox(l: LinkInfo, owner: string): boolean {
  if (!owner) return false;
  const box = l.el.parentElement;
  return squash(l.text).includes(owner) || squash(box?.textContent ?? '').includes(owner);
}

/** Platforms one handle must be on for its links to be a "follow us" block. */
const FOLLOW_PLATFORMS = 3;
/** How much text such a block may hold: a row of icons, not a page section. */
const FOLLOW_BLOCK_TEXT = 600;

/**
 * Blocks of profile links outside the story where one handle is on several platforms
 * ("incmagazine" on Instagram, YouTube, Pinterest): the site's own "follow us" row, which an
 * article page's template may put anywhere. A story's author or subject is not linked on three.
 */
function followBlocks(
  links: readonly LinkInfo[],
  socialOf: readonly string[],
  ctx: PageContext,
): Element[] {
  const byHandle = new Map<string, { platforms: Set<string>; els: Element[] }>();
  const rows: Element[] = [];
  let tries = 0;
  links.forEach((l, i) => {
    const social = socialOf[i];
    if (!social || l.zone & (Z.ARTICLE | Z.AUTHOR | Z.COMMENT)) return;
    if (tries < MAX_ROW_TRIES && namesSite(social, ctx) && !rows.some((r) => r.contains(l.el))) {
      tries++;
      const row = iconRow(l.el, links, socialOf);
      if (row) rows.push(row);
    }
    const h = squash(socialHandle(social));
    if (h.length < 3) return;
    const g = byHandle.get(h) ?? { platforms: new Set<string>(), els: [] };
    g.platforms.add(hostOf(social).replace(/^www\./, ''));
    g.els.push(l.el);
    byHandle.set(h, g);
  });
  const out: Element[] = [];
  for (const g of byHandle.values()) {
    if (g.platforms.size < FOLLOW_PLATFORMS) continue;
    let box: Element | null = g.els[0]!.parentElement;
    while (box && !g.els.every((e) => box!.contains(e))) box = box.parentElement;
    if (box && textWithin(box, FOLLOW_BLOCK_TEXT)) out.push(box);
  }
  return out.concat(rows);
}

/** How far up from a profile link its row of icons may be found. */
const ROW_DEPTH = 3;
/** Site-named accounts whose rows are looked for (each look reads every link). */
const MAX_ROW_TRIES = 8;

/**
 * The row of icons around an account named for the site: the nearest small block holding
 * profiles on three or more platforms ("BusinessToday" on Facebook beside "BT_India" on X and
 * "businesstodayindia" on YouTube). The site's own account anchors the row as the site's.
 */
function iconRow(
  el: Element,
  links: readonly LinkInfo[],
  socialOf: readonly string[],
): Element | null {
  let box = el.parentElement;
  for (let depth = 0; box && depth < ROW_DEPTH; depth++, box = box.parentElement) {
    if (!textWithin(box, FOLLOW_BLOCK_TEXT)) return null;
    const platforms = new Set<string>();
    links.forEach((l, i) => {
      const s = socialOf[i];
      if (s && box!.contains(l.el)) platforms.add(hostOf(s).replace(/^www\./, ''));
    });
    if (platforms.size >= FOLLOW_PLATFORMS) return box;
  }
  return null;
}

/** The page's own title, site name and heading, squashed: the names the site goes by. */
function selfText(ctx: PageContext): string {
  return squash(`${ctx.title} ${ctx.siteName ?? ''} ${mainHeading(ctx.doc)?.textContent ?? ''}`);
}

/**
 * Squashed names of other organisations the page links to (a sponsor's logo, a partner's name
 * linking to its site), leaving out names the page's own title, heading or brand carry.
 */
function otherOrganisations(ctx: PageContext, walk: PageWalk, self: string): string[] {
  const own = registrable(ctx.host);
  const out = new Set<string>();
  for (const l of walk.links) {
    if (out.size >= 50) break;
    const href = l.href.trim();
    if (!/^https?:/i.test(href)) continue;
    const abs = linkUrl(l, ctx.base);
    const d = registrable(hostOf(abs));
    // (a linked picture opens the image file itself: a lightbox, not a link to its owner)
    if (!d || d === own || classifySocial(abs) || IMAGE_FILE.test(abs)) continue;
    const name = (l.text || l.el.querySelector('img')?.getAttribute('alt') || '').trim();
    if (name.length > 80 || OWN_THING_TEXT.test(name)) continue;
    const n = squash(name.replace(/\blogo\b/gi, ''));
    if (n.length >= 6 && !self.includes(n)) out.add(n);
  }
  return [...out];
}

/**
 * A profile whose handle is another linked organisation's name ("Dunes Realty Group" →
 * DunesRealtyGroup). A handle that is the site's own name stays the site's, even when a linked
 * name contains it (the site's cookbook on a bookshop, its founder's institute).
 */
function belongsToOther(url: string, others: string[], self: string, label: string): boolean {
  if (!others.length) return false;
  const h = squash(socialHandle(url));
  if (h.length < 5 || self.includes(h)) return false;
  return others.some(
    (n) =>
      (h.includes(n) || n.includes(h)) &&
      // "Friends of the Ashford Falls Library" holds the handle that is the site's own domain
      // label: another body named after the site, not the handle's owner
      !(h === label && n.replace(/^the/, '') !== h),
  );
}

export function linksRule(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  const walk = walkPage(ctx);
  let others: string[] | undefined;
  const self = selfText(ctx);
  const onPlatform = SOCIAL_PLATFORM_HOST.test(ctx.host);
  const ownSite = registrable(ctx.host);
  const siteLabel = domainLabel(ctx.host);
  const officialUrls = new Set<string>();
  let socials = 0;
  // a story issued by the page's subject (a press release on a wire service, `page-owner.ts`) is
  // the subject's own text: its body links are its own, not a reporter's sources
  const owned = readHost(ctx).owner !== '';
  const article = !owned && isArticlePage(ctx);
  let prevText = '';
  let prevHref = '';
  const socialOf = linkSocials(ctx);
  const follow = article ? followBlocks(walk.links, socialOf, ctx) : [];
  let owner: string | undefined;
  for (let i = 0; i < walk.links.length; i++) {
    const l = walk.links[i]!;
    const prev = prevText;
    const prevTarget = prevHref;
    prevText = l.text.toLowerCase().trim();
    prevHref = l.href.trim();
    let href = l.href.trim();
    // an address behind Cloudflare's e-mail protection, as served before its script runs
    const cf = href.indexOf(CLOUDFLARE_EMAIL);
    if (cf >= 0) {
      const e = decodeCloudflareEmail(href.slice(cf + CLOUDFLARE_EMAIL.length));
      if (e) href = 'mailto:' + e;
    }
    const low = href.slice(0, 7).toLowerCase();
    // (an author box is someone else's, unless it is the personal site's own person's)
    // (so is a parents' association's box beside the school's own details)
    const supportBody = inSupportBody(ctx, l.el);
    // …and a legal notice's paragraph on its web host or insurer, theirs
    const hostNotice = (low === 'mailto:' || low.startsWith('tel:')) && inOtherPartyNotice(l.el);
    const weak =
      supportBody ||
      hostNotice ||
      (l.zone & (Z.COMMENT | Z.SHARE | Z.RELATED)) !== 0 ||
      ((l.zone & Z.AUTHOR) !== 0 && !ownersBox(l, (owner ??= siteOwner(ctx))));
    const inArticle = !owned && (l.zone & Z.ARTICLE) !== 0;
    if (low === 'mailto:') {
      for (const part of href.slice(7).split(/[,;]/)) {
        const e = normaliseEmail(part);
        if (!e) continue;
        out.push({
          field: 'emails',
          value: e,
          source: 'links',
          confidence: weak
            ? CONFIDENCE.contactElsewhere
            : isPersonsMailbox(ctx, l.el, e)
              ? CONFIDENCE.personalContact
              : inArticle
                ? CONFIDENCE.contactInArticle
                : CONFIDENCE.contact,
        });
      }
      continue;
    }
    if (
      low.startsWith('tel:') ||
      low.startsWith('callto:') ||
      href.toLowerCase().startsWith('sms:')
    ) {
      const label = l.before.slice(-25);
      // "Tel/Fax: …" is a voice number too
      if ((FAX_RE.test(label) && !TEL_AND_FAX.test(label)) || FAX_RE.test(l.text)) continue;
      let raw =
        l.text && /\d{3}/.test(l.text) && l.text.length < 40
          ? l.text
          : href.replace(/^(tel|callto|sms):/i, '');
      try {
        raw = decodeURIComponent(raw);
      } catch {
        /* keep */
      }
      raw = phoneAsWritten(raw);
      if (raw.replace(/\D/g, '').length >= 5) {
        out.push({
          field: 'phones',
          value: raw,
          source: 'links',
          confidence: weak
            ? CONFIDENCE.contactElsewhere
            : isPersonalContact(ctx, l.el, 'phones', raw)
              ? CONFIDENCE.personalContact
              : CONFIDENCE.contact,
        });
      }
      continue;
    }
    // (a platform's outbound redirect stands for the address it leads to: see link-socials.ts)
    const social = socialOf[i];
    // "/@name" on the page's own site (not a social platform) is one of its users' pages, not
    // a fediverse account
    const ownUserPage = !!social && !onPlatform && registrable(hostOf(social)) === ownSite;
    if (social && !ownUserPage) {
      if (socials++ > 200) continue;
      const chrome = (l.zone & (Z.HEADER | Z.FOOTER | Z.NAV | Z.ASIDE)) !== 0;
      // on an article page, profile links in the body belong to the author or the story, unless
      // the handle is the site's own name (a blog's sidebar the page does not mark as one)
      let conf =
        article && !chrome && !namesSite(social, ctx) && !follow.some((b) => b.contains(l.el))
          ? CONFIDENCE.socialOnArticlePage
          : CONFIDENCE.socialInBody;
      if (chrome) conf = CONFIDENCE.socialInChrome;
      if (inArticle) conf = CONFIDENCE.socialInArticle;
      // (a profile link in the site's footer or header is a "follow us" link, even in a block
      // whose class says share: share buttons link to a sharer, never to a profile)
      const shareOnlyInChrome = chrome && (l.zone & (Z.AUTHOR | Z.COMMENT | Z.RELATED)) === 0;
      if (weak && !shareOnlyInChrome) conf = CONFIDENCE.socialElsewhere;
      if (/\bme\b/.test(l.rel)) conf = CONFIDENCE.socialRelMe;
      else if (supportBody) conf = CONFIDENCE.otherOrganisationSocial;
      else if (
        belongsToOther(social, (others ??= otherOrganisations(ctx, walk, self)), self, siteLabel)
      )
        conf = CONFIDENCE.otherOrganisationSocial;
      // a second account on a platform in the site's frame, not named for the site: a
      // network's, a sister site's or a theme author's
      else if (chrome && otherSiteAccountKeys(ctx).has(socialKey(social)))
        conf = CONFIDENCE.otherOrganisationSocial;
      // labelled for another party, or beside the site's own account on the platform in the
      // body: a performer's, partner's, photographer's or parent body's
      else if (otherAccountKeys(ctx).has(socialKey(social)))
        conf = CONFIDENCE.otherOrganisationSocial;
      // a staff or line-up card's profile is that person's
      else if (!chrome && personProfileKeys(ctx).has(socialKey(social)))
        conf = CONFIDENCE.personalContact;
      // the page's own URL on a social platform is not "its" profile link
      out.push({ field: 'socials', value: social, source: 'links', confidence: conf });
      continue;
    }
    const abs = unwrapRedirect(linkUrl(l, ctx.base), ctx.host);
    if (!abs) continue;
    // a WhatsApp chat link (wa.me/34655550187) is a number to message: a phone, as written
    const chat = WHATSAPP_CHAT.exec(abs);
    if (chat) {
      const shown = phoneAsWritten(l.text);
      out.push({
        field: 'phones',
        value: /\d{6}/.test(shown.replace(/\D/g, '')) ? shown : `+${chat[1]}`,
        source: 'links',
        confidence: weak ? CONFIDENCE.contactElsewhere : CONFIDENCE.contact,
      });
      continue;
    }
    // "Website: <a>", "Jane's home page: <a>", <a rel=me>; a label that is the previous link's own
    // text ("Developer Website" before "App Support") labels that link, not this one
    const label = (l.before + ' ' + l.text).toLowerCase();
    const before = l.before.toLowerCase().trim();
    const labelIsLink = !!prev && before.endsWith(prev) && prevTarget !== href;
    if (
      (!labelIsLink &&
        /(web\s?site|home\s?page|webseite|site web|official site)\s*:?\s*$|(?:^|[\s|·•])(?:web|www|url)\s*:\s*$/.test(
          before,
        )) ||
      /^(visit (our |the )?(web)?site|official (web)?site|website)$/.test(l.text.toLowerCase()) ||
      // a button or icon that says it leads to a website elsewhere ("Visit Website ↗", a globe)
      (!labelIsLink && isWebsiteLink(l) && registrable(hostOf(abs)) !== ownSite)
    ) {
      // an event's page: the venue's or a performer's site, by its role, is not the event's
      if (namesRoleSite(l) && isEventPage(ctx)) continue;
      // a maker's credit labelled like a website: the agency's site, not the page's
      if (makersCredit(l)) continue;
      if (!weak && !/share/.test(label)) {
        out.push({
          field: 'url',
          value: abs,
          source: 'links',
          confidence: CONFIDENCE.labelledWebsite,
        });
        if (/\bofficial\b/i.test(l.text)) officialUrls.add(abs);
      }
    }
  }
  // "Website" links to several different sites are a list of others (a links page, partners),
  // none of them the subject's own — unless one alone says it is the official one
  const sites = new Set(
    out.filter((c) => c.field === 'url').map((c) => hostOf(String(c.value)).replace(/^www\./, '')),
  );
  if (sites.size < 2) return out;
  const official = out.filter((c) => c.field === 'url' && officialUrls.has(String(c.value)));
  return [...out.filter((c) => c.field !== 'url'), ...(official.length === 1 ? official : [])];
}
