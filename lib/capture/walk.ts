/**
 * One pass over the body that the text-ish rules share: visible text split into lines (block
 * boundaries, <br> and source newlines), links and images, each tagged with the page zone it sits in.
 */
import type { PageContext } from './types';
import { attr, resolveUrl, SKIP_TAGS, tagName } from './util';
import { elementsByTag, elementsWithAttribute, jsonLdScripts } from './page-elements';
import { metaContent } from './context';

/** An inline style that hides the element. */
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

export const Z = {
  HEADER: 1,
  FOOTER: 2,
  NAV: 4,
  ARTICLE: 8,
  AUTHOR: 16,
  SHARE: 32,
  ADDRESS: 64,
  CONTACT: 128,
  ASIDE: 256,
  HEADING: 512,
  MAIN: 1024,
  COMMENT: 2048,
  RELATED: 4096,
  /** Inside an <article> a CMS marks as a static page (not a story): its body is the page's. */
  PAGE: 8192,
  /** Inside an <article> element, story or not: its <header> and <footer> are the article's. */
  IN_ARTICLE: 16384,
} as const;

/** The classes WordPress (`type-page`) and Drupal (`node--type-page`) give a static page's
 * <article>: the page's own content, not a story. */
export const STATIC_PAGE_CLASS = /(?:^|\s)(?:type-page|node--type-page)(?:\s|$)/;
/** The <body> classes of the same static pages (WordPress `page-id-14`, `page-template-default`,
 * Drupal `page-node-type-page`): a theme's `entry-content` there is the page's body, not a story's. */
const STATIC_PAGE_BODY =
  /(?:^|\s)(?:page-id-\d+|page-template(?:-[\w-]+)?|page-node-type-page)(?:\s|$)/;

/** What dates a story: a <time>, schema.org's datePublished, a theme's entry/post date, a byline. */
export const STORY_DATE =
  'time, [itemprop=datePublished], .entry-date, .post-date, .published, .byline';

/** A short <article> holding the page's h1 with no date in it and no story class is the page's own box (a directory
 * entry, a profile, a listing on a newspaper's site), not a story. */
export function undatedHeadingBox(el: Element): boolean {
  // read by the walk, the host and the links rule: one scan of the box per page
  let hit = undatedCache.get(el);
  if (hit === undefined) {
    hit =
      !STORY_CLASS.test(el.getAttribute('class') ?? '') &&
      !!el.querySelector('h1') &&
      textWithin(el, MAX_LISTING_TEXT) &&
      !el.querySelector(STORY_DATE);
    undatedCache.set(el, hit);
  }
  return hit;
}

const undatedCache = new WeakMap<Element, boolean>();

/** Does the page's microdata type an item as an article or a blog post (`itemtype` …Article,
 * …BlogPosting)? Read by the walk and by the links rule. */
export function declaresArticleItem(doc: Document): boolean {
  return elementsWithAttribute(doc, 'itemtype').some((el) =>
    /Article|BlogPosting/.test(attr(el, 'itemtype')),
  );
}

/**
 * A page with no sign of being a story anywhere: no publication time, no article `og:type`, no
 * dated byline or <time>, no Article declared in its markup. Its builder's "rich text" or "entry
 * content" box (Wix, Squarespace, a theme without WordPress's page classes) holds the site's own
 * page, a contact page's address and numbers, not a story's. (An <article> element still marks
 * a story box: a press page's clippings, a listing's items.)
 */
function storyless(doc: Document, publishedMeta: boolean): boolean {
  if (publishedMeta || /article|blog/i.test(metaContent(doc, 'og:type'))) return false;
  if (doc.querySelector(`${STORY_DATE}, .h-entry, .hentry`)) return false;
  if (declaresArticleItem(doc)) return false;
  return !jsonLdScripts(doc).some((s) =>
    /"@type"\s*:\s*\[?[^\]]{0,200}(?:Article|Posting)"/.test((s.textContent ?? '').slice(0, 20000)),
  );
}

/** Does the element hold at most `max` characters of text? Stops reading past it (no
 * textContent of a megabyte story). */
export function textWithin(el: Element, max: number): boolean {
  let n = 0;
  let node: ChildNode | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      n += (node.nodeValue ?? '').length;
      if (n > max) return false;
    }
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && !node.nextSibling && node.parentNode !== el)
        node = node.parentNode as ChildNode | null;
      node = node ? node.nextSibling : null;
    }
  }
  return true;
}
/** A listing's or profile's box is short; a long undated <article> is still read as a story. */
const MAX_LISTING_TEXT = 10_000;

/** Classes CMSs give a story's <article> (WordPress posts, Drupal articles and news). */
const STORY_CLASS =
  /(?:^|\s)(?:type-post|hentry|post|blog-?post|news-?item|node--type-(?:article|news|blog))(?:\s|$)/;

export interface Line {
  text: string;
  zone: number;
  /** Index of the block element the line belongs to. */
  block: number;
  /** Nearest heading text before this line (for people lists and labels). */
  heading: boolean;
  /** The innermost block element holding the line (the root when there is none). */
  el: Element;
}

export interface LinkInfo {
  el: Element;
  href: string;
  text: string;
  zone: number;
  rel: string;
  /** Text of the line the link starts on, before the link. */
  before: string;
  /** The absolute address, read once by `linkUrl` (several rules read every link). */
  abs?: string;
}

/** A link's absolute http(s) address, or '' (resolved once per link, then kept on it). */
export function linkUrl(l: LinkInfo, base: string): string {
  return (l.abs ??= resolveUrl(l.href, base));
}

export interface ImageInfo {
  el: Element;
  src: string;
  alt: string;
  hint: string;
  zone: number;
  /** href of the enclosing link, if any. */
  linkHref: string;
}

export interface PageWalk {
  /** Outermost elements carrying a microformats root class (h-card, vcard, adr, h-event …). */
  mfRoots: Element[];
  lines: Line[];
  links: LinkInfo[];
  images: ImageInfo[];
  textLength: number;
  truncated: boolean;
}

export const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'BUTTON',
  'CAPTION',
  'TBODY',
  'THEAD',
  'TFOOT',
]);
/**
 * Text budget for the whole page; past it only contact-ish zones keep their text (see below).
 * Every kept character is collapsed, trimmed and later scanned by several rules, so this bounds the
 * cost on huge pages; the longest development-corpus page has ~83k characters of text.
 */
const MAX_TEXT = 200_000;
/** Extra text kept in footer/address/contact zones after MAX_TEXT, so a huge article does not hide
 * the footer's phone and address (they come last in the source). Still capped against hostile pages. */
const MAX_CONTACT_TEXT = 100_000;
const CONTACT_ZONES = Z.FOOTER | Z.ADDRESS | Z.CONTACT;
const MF_ROOT =
  /(^|\s)(h-(card|adr|geo|event|entry|review|review-aggregate|product|resume|recipe|item|feed|cite|listing)|vcard|adr|geo|vevent|hentry|hreview|hreview-aggregate|hproduct|hresume|hrecipe|hfeed|hnews)(\s|$)/i;
const MAX_NODES = 60_000;

const TAG_ZONE: Record<string, number> = {
  HEADER: Z.HEADER,
  FOOTER: Z.FOOTER,
  NAV: Z.NAV,
  ARTICLE: Z.ARTICLE,
  ADDRESS: Z.ADDRESS,
  ASIDE: Z.ASIDE,
  MAIN: Z.MAIN,
  H1: Z.HEADING,
  H2: Z.HEADING,
  H3: Z.HEADING,
  H4: Z.HEADING,
  H5: Z.HEADING,
  H6: Z.HEADING,
};

/**
 * Zone bits implied by a lower-cased "class id" string. Nine regexes, so callers cache the result
 * per distinct string: real pages repeat the same few class names thousands of times.
 */
export function classZone(cls: string): number {
  let z = 0;
  if (
    /(^|[\s_-])(site-?header|masthead|navbar|top-?bar|header|page-header|global-header|brand|kopf|kopfzeile|entete|en-tete|cabecera)([\s_-]|$)/.test(
      cls,
    )
  )
    z |= Z.HEADER;
  if (/(footer|colophon)|(^|[\s_-])(foot|ftr|pied|fuss|fusszeile|pie)([\s_-]|$)/.test(cls))
    z |= Z.FOOTER;
  if (/(^|[\s_-])(author|byline|bio|contributor|writer|staff)/.test(cls)) z |= Z.AUTHOR;
  if (/(comment|disqus|reply|replies)/.test(cls)) z |= Z.COMMENT;
  if (/(^|[\s_-])(share|sharing|sharebar|social-share|share-tools|addthis|sharethis)/.test(cls))
    z |= Z.SHARE;
  if (/(^|[\s_-])(address|adr|location|vcard|postal|anschrift|adresse)([\s_-]|$)/.test(cls))
    z |= Z.ADDRESS;
  if (/(^|[\s_-])(contact|kontakt|impressum|imprint|get-in-touch)/.test(cls)) z |= Z.CONTACT;
  if (
    /(article-?body|entry-content|post-content|story-body|article-content|post-body|article__body|c-entry-content|rich-text|blog-single-content|single-content|blog-content|post-entry)/.test(
      cls,
    )
  )
    z |= Z.ARTICLE;
  if (
    /(related|recommend|most-popular|trending|newsletter-promo|outbrain|taboola|nearby|similar|you-may-also|also-like|more-like|search[-_]{0,2}results?|zoekresultat|suchergebnis|gsc-result)/.test(
      cls,
    )
  )
    z |= Z.RELATED;
  return z;
}

/** Attribute-derived zone bits (role, class/id, itemprop, rel); `classCache` lives for one walk. */
function attrZone(el: Element, tag: string, cls: string, classCache: Map<string, number>): number {
  let z = 0;
  const role = el.getAttribute('role');
  if (role) {
    if (role === 'banner') z |= Z.HEADER;
    else if (role === 'contentinfo') z |= Z.FOOTER;
    else if (role === 'navigation') z |= Z.NAV;
  }
  if (tag === 'BODY' || tag === 'HTML') return z;
  const id = el.getAttribute('id') ?? '';
  if (cls || id) {
    const key = cls + ' ' + id;
    let cz = classCache.get(key);
    if (cz === undefined) {
      cz = classZone(key.toLowerCase());
      classCache.set(key, cz);
    }
    z |= cz;
  }
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /articleBody|author/.test(itemprop))
    z |= itemprop.includes('author') ? Z.AUTHOR : Z.ARTICLE;
  const rel = el.getAttribute('rel');
  if (rel && /\bauthor\b/.test(rel)) z |= Z.AUTHOR;
  return z;
}

const NON_WS = /\S/;

/**
 * A whitespace run that is not one plain space: a run opened by a newline, tab or other space,
 * or a plain space followed by more. Replacing only these gives `s.replace(/\s+/g, ' ')` in one
 * pass that leaves single spaces alone, instead of one match per word (on big pages, the walk's
 * single largest cost).
 */
const COLLAPSIBLE = /[^\S ]\s*| \s+/g;

/** `s.replace(/\s+/g, ' ').trim()`. */
export function collapseSpace(s: string): string {
  // Trimmed first: a line's only newline is usually the one that opens it.
  return s.trim().replace(COLLAPSIBLE, ' ');
}

/**
 * The last `n` characters of `parts.join('')` with whitespace runs collapsed, joining only the tail
 * of the pieces: a link late in a long paragraph must not re-join the whole paragraph.
 */
export function collapsedTail(parts: readonly string[], n: number): string {
  const want = n * 4;
  let len = 0;
  let i = parts.length;
  while (i > 0 && len < want) len += parts[--i]!.length;
  const tail = (i > 0 ? parts.slice(i) : parts).join('');
  const collapsed = tail.replace(COLLAPSIBLE, ' ');
  // Collapsing a suffix gives a suffix of the collapsed whole, so this is exact once long enough.
  if (i === 0 || collapsed.length >= n) return collapsed.slice(-n);
  return parts.join('').replace(COLLAPSIBLE, ' ').slice(-n);
}

const cache = new WeakMap<Document, PageWalk>();

/** State restored when the walk leaves an element. */
interface Frame {
  el: Element;
  zone: number;
  link: string;
  inMf: boolean;
  block: boolean;
  /** The block element around `el`, restored when `el` (a block) closes. */
  blockEl: Element;
}

export function walkPage(ctx: PageContext): PageWalk {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const lines: Line[] = [];
  const links: LinkInfo[] = [];
  const images: ImageInfo[] = [];
  const mfRoots: Element[] = [];
  const classCache = new Map<string, number>();
  const publishedMeta = elementsByTag(ctx.doc, 'META').some(
    (m) => m.getAttribute('property') === 'article:published_time',
  );
  // The current line as pieces (joined once at flush instead of repeated string concatenation).
  let cur: string[] = [];
  let curHasText = false; // some piece of `cur` is not whitespace
  let curZone = 0;
  let curHeading = false;
  let block = 0;
  let textLength = 0;
  let contactText = 0;
  let truncated = false;
  const flush = (): void => {
    if (curHasText) {
      const t = collapseSpace(cur.length === 1 ? cur[0]! : cur.join(''));
      if (t) lines.push({ text: t, zone: curZone, block, heading: curHeading, el: blockEl });
    }
    if (cur.length) cur = [];
    curHasText = false;
    curHeading = false;
  };
  // Walk the whole document (HEAD is skipped): linkedom's `document.body` can be a detached
  // empty element when markup precedes <head>, and stray content outside <body> is still page text.
  const root = ctx.doc.documentElement ?? ctx.doc.body;
  if (!root) {
    const empty = { mfRoots, lines, links, images, textLength: 0, truncated: false };
    cache.set(ctx.doc, empty);
    return empty;
  }
  // Depth-first over firstChild/nextSibling (O(1) in browsers and in linkedom's linked-list DOM)
  // with a stack of open elements only: no childNodes arrays and no frame object per child.
  const open: Frame[] = [];
  let zone = 0; // zone, link and microformat state of the current node's parent
  const ownPage = storyless(ctx.doc, publishedMeta);
  let link = '';
  let inMf = false;
  let blockEl: Element = root as Element;
  let nodes = 0;
  let node: Node | null = root;
  walk: while (node) {
    if (++nodes > MAX_NODES) {
      truncated = true;
      break;
    }
    let descend = false;
    if (node.nodeType === 3) {
      const data = node.nodeValue ?? '';
      // Past the page budget, only text in footer/address/contact zones is kept.
      const over = textLength > MAX_TEXT;
      if (over) truncated = true;
      if (data && (!over || ((zone & CONTACT_ZONES) !== 0 && contactText <= MAX_CONTACT_TEXT))) {
        textLength += data.length;
        if (over) contactText += data.length;
        if (data.indexOf('\n') >= 0) {
          const parts = data.split('\n');
          for (let i = 0; i < parts.length; i++) {
            if (i > 0) flush();
            const part = parts[i]!;
            if (NON_WS.test(part)) {
              curZone = cur.length ? curZone | zone : zone;
              cur.push(part);
              curHasText = true;
              if (zone & Z.HEADING) curHeading = true;
            } else cur.push(' ');
          }
        } else {
          if (NON_WS.test(data)) {
            curZone = curHasText ? curZone | zone : zone;
            curHasText = true;
            if (zone & Z.HEADING) curHeading = true;
          }
          cur.push(data);
        }
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = tagName(el);
      // Most elements (<p>, <li>, <span> …) carry no attributes: skip every attribute lookup.
      const hasAttrs = el.hasAttributes();
      // an <svg> is not walked, but a linked one drawing a bitmap (<image href>) shows that file
      if (tag === 'SVG' && link && images.length < 400) {
        const src = svgBitmap(el);
        if (src)
          images.push({
            el,
            src,
            alt: collapseSpace(
              el.querySelector('title')?.textContent ?? attr(el, 'aria-label'),
            ).slice(0, 120),
            hint: ((hasAttrs ? attr(el, 'class') : '') + ' ' + wrapperHint(el)).toLowerCase(),
            zone,
            linkHref: link,
          });
      }
      const skip =
        SKIP_TAGS.has(tag) ||
        (hasAttrs &&
          tag !== 'A' && // hidden links (icon links) are still collected
          (el.hasAttribute('hidden') ||
            el.getAttribute('aria-hidden') === 'true' ||
            // text a page hides from readers with an inline style (a wire's dateline kept for
            // machines): not what the page shows
            DISPLAY_NONE.test(el.getAttribute('style') ?? '')));
      if (!skip) {
        const cls = hasAttrs ? (el.getAttribute('class') ?? '') : '';
        let own = (TAG_ZONE[tag] ?? 0) | (hasAttrs ? attrZone(el, tag, cls, classCache) : 0);
        // a header inside the main content or an article is that section's (a profile's
        // header), not the page's (as in HTML's landmark rules); a footer in <main> still may be
        // the page's own (some sites close <main> after it)
        if (
          (cls &&
            ((tag === 'ARTICLE' && STATIC_PAGE_CLASS.test(cls)) ||
              (tag === 'BODY' && STATIC_PAGE_BODY.test(cls)))) ||
          (tag === 'ARTICLE' && !publishedMeta && undatedHeadingBox(el))
        )
          own |= Z.PAGE;
        if ((zone | own) & Z.PAGE || (ownPage && tag !== 'ARTICLE')) own &= ~Z.ARTICLE;
        if (tag === 'ARTICLE') own |= Z.IN_ARTICLE;
        // (also in a page's own box: a static page's or a listing's "entry-header" holds its h1)
        if (zone & (Z.ARTICLE | Z.IN_ARTICLE)) own &= ~(Z.HEADER | Z.FOOTER);
        else if (zone & Z.MAIN) own &= ~Z.HEADER;
        const elZone = zone | own;
        let elLink: string = link;
        let elInMf: boolean = inMf;
        if (!elInMf && cls && MF_ROOT.test(cls) && mfRoots.length < 200) {
          mfRoots.push(el);
          elInMf = true;
        }
        if (tag === 'BR') flush();
        else if (tag === 'IMG') {
          const src = imageSrc(el);
          if (src)
            images.push({
              el,
              src,
              alt: attr(el, 'alt'),
              hint: (
                cls +
                ' ' +
                attr(el, 'id') +
                ' ' +
                attr(el, 'title') +
                ' ' +
                wrapperHint(el)
              ).toLowerCase(),
              zone: elZone,
              linkHref: link,
            });
        } else {
          // a logo drawn as a CSS background of the header link or box ("site-logo"), or of any
          // link in the header (a "navbar-brand" home link with its text hidden)
          const headerLink = tag === 'A' && (elZone & (Z.HEADER | Z.NAV)) !== 0;
          if ((cls || headerLink) && images.length < 400) {
            const bg = backgroundLogo(el, cls, headerLink);
            if (bg)
              images.push({
                el,
                src: bg,
                alt: collapseSpace(el.textContent ?? '').slice(0, 120),
                hint: (cls + ' ' + attr(el, 'id')).toLowerCase(),
                zone: elZone,
                linkHref: tag === 'A' ? attr(el, 'href') : link,
              });
          }
          if (tag === 'A') {
            const href = attr(el, 'href');
            if (href) {
              elLink = href;
              links.push({
                el,
                href,
                text: collapseSpace(el.textContent ?? '').slice(0, 300),
                zone: elZone,
                rel: attr(el, 'rel').toLowerCase(),
                before: curHasText
                  ? collapsedTail(cur, 80)
                  : collapsedTail([lines[lines.length - 1]?.text ?? ''], 80),
              });
            }
          } else if (tag === 'AREA') {
            // an image map's area (a row of icons drawn as one picture) links as <a> does,
            // named by its alt
            const href = attr(el, 'href');
            if (href)
              links.push({
                el,
                href,
                text: attr(el, 'alt').slice(0, 300),
                zone: elZone,
                rel: attr(el, 'rel').toLowerCase(),
                before: '',
              });
          }
          const isBlock = BLOCK.has(tag);
          if (isBlock) flush();
          const first = el.firstChild;
          if (first) {
            open.push({ el, zone, link, inMf, block: isBlock, blockEl });
            if (isBlock) blockEl = el;
            zone = elZone;
            link = elLink;
            inMf = elInMf;
            node = first;
            descend = true;
          } else if (isBlock) {
            // an empty block still ends a line and counts as a block
            flush();
            block++;
          }
        }
      }
    }
    if (descend) continue;
    // Next node: the next sibling, or climb out of finished elements (closing their blocks).
    while (node) {
      if (node === root) break walk;
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        continue walk;
      }
      const f = open.pop();
      if (!f) break walk;
      if (f.block) {
        flush();
        block++;
      }
      zone = f.zone;
      link = f.link;
      inMf = f.inMf;
      blockEl = f.blockEl;
      node = f.el;
    }
  }
  flush();
  const walk = { mfRoots, lines, links, images, textLength, truncated };
  cache.set(ctx.doc, walk);
  return walk;
}

/** Class and id of an image's parent, and of the box around it when the parent only wraps it
 * (`<div class="logo"><a href="/"><img>`, `<picture>`): where themes say what the image is. */
function wrapperHint(el: Element): string {
  const p = el.parentElement;
  if (!p) return '';
  let hint = attr(p, 'class') + ' ' + attr(p, 'id');
  const t = tagName(p);
  if ((t === 'A' || t === 'PICTURE' || t === 'SPAN') && p.parentElement)
    hint += ' ' + attr(p.parentElement, 'class') + ' ' + attr(p.parentElement, 'id');
  return hint;
}

/** The file an <svg> draws with an <image> (href or xlink:href), if any. */
function svgBitmap(svg: Element): string {
  const image = svg.getElementsByTagName('image')[0];
  return image ? attr(image, 'href') || attr(image, 'xlink:href') : '';
}

/** A lazy loader's stand-in file (blank.gif, spacer.png, lazy-placeholder.svg, 1x1.gif). */
const PLACEHOLDER_FILE =
  /(?:^|[/_-])(?:blank|spacer|placeholder|lazy(?:-?load)?(?:-placeholder)?|pixel|transparent|1x1|empty)\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;

/** An image's file: `src`, unless it is a lazy-loading placeholder (a data: URI, a blank or
 * placeholder file, or missing), then the lazy loader's attribute or the first `srcset` candidate. */
function imageSrc(el: Element): string {
  const src = attr(el, 'src');
  const placeholder = !src || /^\s*data:/i.test(src) || PLACEHOLDER_FILE.test(src);
  if (!placeholder) return src;
  const lazy =
    attr(el, 'data-src') ||
    attr(el, 'data-lazy-src') ||
    attr(el, 'data-original') ||
    attr(el, 'data-orig-src') ||
    attr(el, 'data-lazyload') ||
    firstSrcset(attr(el, 'srcset') || attr(el, 'data-srcset') || attr(el, 'data-lazy-srcset'));
  if (lazy) return lazy;
  // <picture><source srcset …><img alt …></picture> with no file on the <img> itself
  const parent = el.parentElement;
  if (parent && tagName(parent) === 'PICTURE') {
    const source = parent.querySelector('source[srcset], source[data-srcset]');
    if (source) return firstSrcset(attr(source, 'srcset') || attr(source, 'data-srcset'));
  }
  return src;
}

function firstSrcset(srcset: string): string {
  return srcset.trim().split(/\s+/)[0]?.replace(/,$/, '') ?? '';
}

/** The background image (`style="background-image: url(…)"`) of an element whose class or id says
 * logo or brand, or of a link in the header; only these, so hero and banner backgrounds stay out. */
function backgroundLogo(el: Element, cls: string, headerLink: boolean): string {
  if (!headerLink && !/logo|brand/i.test(cls + ' ' + attr(el, 'id'))) return '';
  const style = attr(el, 'style');
  if (!style || style.indexOf('url(') < 0) return '';
  return (
    /background(?:-image)?\s*:[^;]*?url\(\s*['"]?([^'")]+)['"]?\s*\)/i.exec(style)?.[1]?.trim() ??
    ''
  );
}
