/**
 * One pass over the body that the text-ish rules share: visible text split into lines (block
 * boundaries, <br> and source newlines), links and images, each tagged with the page zone it sits in.
 */
import type { PageContext } from './types';
import { attr, SKIP_TAGS, tagName } from './util';

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
} as const;

export interface Line {
  text: string;
  zone: number;
  /** Index of the block element the line belongs to. */
  block: number;
  /** Nearest heading text before this line (for people lists and labels). */
  heading: boolean;
}

export interface LinkInfo {
  el: Element;
  href: string;
  text: string;
  zone: number;
  rel: string;
  /** Text of the line the link starts on, before the link. */
  before: string;
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

const BLOCK = new Set([
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
const HEADING = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const MAX_TEXT = 400_000;
const MF_ROOT =
  /(^|\s)(h-(card|adr|geo|event|entry|review|review-aggregate|product|resume|recipe|item|feed|cite|listing)|vcard|adr|geo|vevent|hentry|hreview|hreview-aggregate|hproduct|hresume|hrecipe|hfeed|hnews)(\s|$)/i;
const MAX_NODES = 60_000;

function zoneFor(el: Element, tag: string): number {
  let z = 0;
  if (tag === 'HEADER') z |= Z.HEADER;
  else if (tag === 'FOOTER') z |= Z.FOOTER;
  else if (tag === 'NAV') z |= Z.NAV;
  else if (tag === 'ARTICLE') z |= Z.ARTICLE;
  else if (tag === 'ADDRESS') z |= Z.ADDRESS;
  else if (tag === 'ASIDE') z |= Z.ASIDE;
  else if (tag === 'MAIN') z |= Z.MAIN;
  if (HEADING.has(tag)) z |= Z.HEADING;
  const role = el.getAttribute('role');
  if (role) {
    if (role === 'banner') z |= Z.HEADER;
    else if (role === 'contentinfo') z |= Z.FOOTER;
    else if (role === 'navigation') z |= Z.NAV;
  }
  if (tag === 'BODY' || tag === 'HTML') return z;
  const cls = (attr(el, 'class') + ' ' + attr(el, 'id')).toLowerCase();
  if (cls.length > 1) {
    if (
      /(^|[\s_-])(site-?header|masthead|navbar|top-?bar|header|page-header|global-header|brand)([\s_-]|$)/.test(
        cls,
      )
    )
      z |= Z.HEADER;
    if (/(footer|colophon)/.test(cls)) z |= Z.FOOTER;
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
    if (/(related|recommend|most-popular|trending|newsletter-promo|outbrain|taboola)/.test(cls))
      z |= Z.RELATED;
  }
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /articleBody|author/.test(itemprop))
    z |= itemprop.includes('author') ? Z.AUTHOR : Z.ARTICLE;
  const rel = el.getAttribute('rel');
  if (rel && /\bauthor\b/.test(rel)) z |= Z.AUTHOR;
  return z;
}

const cache = new WeakMap<Document, PageWalk>();

export function walkPage(ctx: PageContext): PageWalk {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const lines: Line[] = [];
  const links: LinkInfo[] = [];
  const images: ImageInfo[] = [];
  const mfRoots: Element[] = [];
  let cur = '';
  let curZone = 0;
  let curHeading = false;
  let block = 0;
  let textLength = 0;
  let truncated = false;
  const flush = (): void => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) lines.push({ text: t, zone: curZone, block, heading: curHeading });
    cur = '';
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
  interface Frame {
    node: Node;
    zone: number;
    link: string;
    exit?: boolean;
    block?: boolean;
    inMf?: boolean;
  }
  const stack: Frame[] = [{ node: root, zone: 0, link: '' }];
  let nodes = 0;
  while (stack.length) {
    const f = stack.pop()!;
    if (f.exit) {
      if (f.block) {
        flush();
        block++;
      }
      continue;
    }
    const node = f.node;
    if (++nodes > MAX_NODES) {
      truncated = true;
      break;
    }
    if (node.nodeType === 3) {
      if (textLength > MAX_TEXT) {
        truncated = true;
        continue;
      }
      const data = node.nodeValue ?? '';
      if (!data) continue;
      textLength += data.length;
      if (data.indexOf('\n') >= 0) {
        const parts = data.split('\n');
        for (let i = 0; i < parts.length; i++) {
          if (i > 0) flush();
          if (parts[i]!.trim()) {
            curZone = cur ? curZone | f.zone : f.zone;
            cur += parts[i];
            if (f.zone & Z.HEADING) curHeading = true;
          } else cur += ' ';
        }
      } else {
        if (data.trim()) {
          curZone = cur.trim() ? curZone | f.zone : f.zone;
          if (f.zone & Z.HEADING) curHeading = true;
        }
        cur += data;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagName(el);
    if (SKIP_TAGS.has(tag)) continue;
    if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true') {
      // still collect hidden links (icon links) but not their text
      if (tag !== 'A') continue;
    }
    const zone = f.zone | zoneFor(el, tag);
    let link = f.link;
    let inMf = f.inMf;
    if (!inMf) {
      const cls = el.getAttribute('class');
      if (cls && MF_ROOT.test(cls) && mfRoots.length < 200) {
        mfRoots.push(el);
        inMf = true;
      }
    }
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (tag === 'A') {
      const href = attr(el, 'href');
      if (href) {
        link = href;
        links.push({
          el,
          href,
          text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
          zone,
          rel: attr(el, 'rel').toLowerCase(),
          before: (cur.trim() ? cur : (lines[lines.length - 1]?.text ?? ''))
            .replace(/\s+/g, ' ')
            .slice(-80),
        });
      }
    } else if (tag === 'IMG') {
      const src = attr(el, 'src') || attr(el, 'data-src');
      if (src)
        images.push({
          el,
          src,
          alt: attr(el, 'alt'),
          hint: (
            attr(el, 'class') +
            ' ' +
            attr(el, 'id') +
            ' ' +
            attr(el, 'title') +
            ' ' +
            (el.parentElement
              ? attr(el.parentElement, 'class') + ' ' + attr(el.parentElement, 'id')
              : '')
          ).toLowerCase(),
          zone,
          linkHref: link,
        });
      continue;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) {
      flush();
      stack.push({ node: el, zone, link, exit: true, block: true });
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, zone, link, inMf });
  }
  flush();
  const walk = { mfRoots, lines, links, images, textLength, truncated };
  cache.set(ctx.doc, walk);
  return walk;
}
