import { getDomain } from 'tldts';

/** Size caps applied to every string that leaves the extractor. */
export const LIMITS = {
  name: 300,
  description: 2000,
  url: 2048,
  text: 500,
  emails: 20,
  phones: 20,
  socials: 30,
  people: 50,
  candidates: 200,
} as const;

/** Trim, collapse whitespace, drop control characters and cap the length. Always plain text. */
export function cleanText(value: unknown, max: number = LIMITS.text): string {
  if (value == null) return '';
  let s = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  if (!s) return '';
  // Cap before heavy regex work so hostile megabyte strings stay cheap.
  if (s.length > max * 4 + 64) s = s.slice(0, max * 4 + 64);
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\uFEFF]/g, '');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.length > max) {
    s = s.slice(0, max);
    // do not leave half a surrogate pair
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
    s = s.trim();
  }
  return s;
}

/** Decode the handful of HTML entities that show up in attribute-ish JSON strings. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp|#39);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos' || k === '#39') return "'";
    if (k === 'nbsp') return ' ';
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return m;
    try {
      return String.fromCodePoint(code);
    } catch {
      return m;
    }
  });
}

/** Text that looks like markup is stripped to its text (values are text, never HTML). */
export function stripTags(s: string): string {
  if (s.indexOf('<') < 0) return s;
  return s.replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<\/?[a-z!][^>]*>/gi, ' ');
}

export function cleanValueText(value: unknown, max: number = LIMITS.text): string {
  const s = cleanText(value, max * 2);
  return cleanText(decodeEntities(stripTags(s)), max);
}

/**
 * Resolve `href` against `base`; returns an absolute http(s) URL or '' (javascript:, data:,
 * mailto: and garbage are dropped).
 */
export function resolveUrl(href: unknown, base: string): string {
  if (typeof href !== 'string') return '';
  let s = href.trim();
  if (!s || s.length > LIMITS.url) return '';
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001F\u007F]/g, '');
  if (/^(javascript|data|vbscript|blob|file|about):/i.test(s)) return '';
  let u: URL;
  try {
    u = new URL(s, base || undefined);
  } catch {
    return '';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
  const out = u.href;
  return out.length > LIMITS.url ? '' : out;
}

/**
 * An outbound redirect on the page's own site ("/out?url=https%3A%2F%2Fexample.org", "l.php?u=…",
 * "/link?to=…"): the outside address it leads to. Platforms route every outside link through one,
 * so without this a listing's "Website" link reads as the platform's own page. Anything else is
 * returned unchanged.
 */
export function unwrapRedirect(abs: string, pageHost: string): string {
  const q = abs.indexOf('?');
  if (q < 0 || !/%3A|https?:/i.test(abs.slice(q))) return abs;
  const own = siteOf(pageHost);
  let u: URL;
  try {
    u = new URL(abs);
  } catch {
    return abs;
  }
  if (!own || siteOf(u.hostname) !== own) return abs;
  for (const [, v] of u.searchParams) {
    if (!/^https?:\/\//i.test(v)) continue;
    const target = resolveUrl(v, '');
    const h = target ? hostOf(target) : '';
    if (h && siteOf(h) !== own) return target;
  }
  return abs;
}

function siteOf(host: string): string {
  const h = host.toLowerCase();
  return h ? (getDomain(h) ?? h) : '';
}

/** The host a link's href names, lower case, when it is absolute or protocol-relative
 * ("https://a.org/x", "//a.org"); '' for a relative link or another scheme. */
export function linkHost(href: string): string {
  return /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href.trim())?.[1]?.toLowerCase() ?? '';
}

export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Fold accents and case: "Bäckerei" -> "backerei". */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Letters and digits only, folded: used to compare names with domains. */
export function squash(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '');
}

/** German-style transliteration (ä -> ae), squashed. */
export function squashTranslit(s: string): string {
  return squash(
    s.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue').replace(/ß/g, 'ss'),
  );
}

export function asArray<T>(v: T | T[] | null | undefined): T[] {
  if (v == null) return [];
  return Array.isArray(v) ? v : [v];
}

export function phoneDigits(p: string): string {
  let s = p.trim().replace(/^tel:/i, '');
  if (/^\s*(\+|00)/.test(s)) s = s.replace(/\(\s*0\s*\)/, '');
  return s.replace(/\D+/g, '').replace(/^00/, '');
}

/** Same number written with/without a country code or trunk prefix. */
export function samePhone(a: string, b: string): boolean {
  const x = phoneDigits(a);
  const y = phoneDigits(b);
  if (!x || !y) return false;
  if (x === y) return true;
  let l = 0;
  while (l < x.length && l < y.length && x[x.length - 1 - l] === y[y.length - 1 - l]) l++;
  if (l >= 9 && l >= Math.min(x.length, y.length) - 1) return true;
  // short national numbers ("09 555 0147" = "+64 9 555 0147", 8 digits after the trunk 0): the
  // national one keeps only its trunk 0, the other only a country code
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const restShort = short.slice(0, short.length - l);
  const restLong = long.slice(0, long.length - l);
  return (
    l >= 7 &&
    restShort === '0' &&
    restLong.length >= 1 &&
    restLong.length <= 3 &&
    restLong[0] !== '0'
  );
}

const EMAIL_RE =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,24}$/;

export function normaliseEmail(raw: string): string {
  let s = raw.trim().replace(/^mailto:/i, '');
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(0, q);
  try {
    s = decodeURIComponent(s);
  } catch {
    /* keep */
  }
  s = s
    .trim()
    .toLowerCase()
    .replace(/^[<("']+|[>)"'.,;:]+$/g, '');
  return EMAIL_RE.test(s) && s.length <= 254 ? s : '';
}

/**
 * An address behind Cloudflare's e-mail protection, as a page is served before its script runs:
 * hex whose first byte is the key the rest is XOR-ed with (`/cdn-cgi/l/email-protection#<hex>`,
 * `data-cfemail="<hex>"`). '' when the hex does not decode to an address.
 */
export function decodeCloudflareEmail(hex: string): string {
  if (!/^(?:[0-9a-f]{2}){4,160}$/i.test(hex)) return '';
  const key = parseInt(hex.slice(0, 2), 16);
  let s = '';
  for (let i = 2; i < hex.length; i += 2)
    s += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return normaliseEmail(s);
}

/** Elements whose text is never page content. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'TITLE',
]);

export function tagName(el: Element): string {
  return (el.tagName || '').toUpperCase();
}

/**
 * The element or its nearest ancestor with one of the tag names (upper case). `closest()` with a
 * selector list parses the selector on every call, which loops over a big page pay dearly for.
 */
export function closestTag(
  el: Element | null | undefined,
  tags: ReadonlySet<string>,
): Element | null {
  for (let e = el ?? null; e; e = e.parentElement) if (tags.has(tagName(e))) return e;
  return null;
}

/** The element's text, or undefined once it runs past `max` characters (read no further: a
 * page's big blocks are asked about for every address in them). */
export function boundedText(el: Element, max: number): string | undefined {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      if (out.length > max) return undefined;
      continue;
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

export function attr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  return v == null ? '' : v;
}

/** Is the address a site's home page: a host and nothing after it ("https://example.org/")? */
export function isHomeAddress(url: string): boolean {
  return /^https?:\/\/[^/]+\/?$/.test(url);
}

/** An element's text with each <br> as a line break (textContent runs "Level 1<br>22 High St"
 * together as "Level 122 High St"), without the style sheets and scripts inside it. */
export function textWithBreaks(el: Element): string {
  // (a leaf, as most values are, is its text)
  if (!el.firstElementChild) return el.textContent ?? '';
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = tagName(c as Element);
        if (tag === 'BR') out += '\n';
        // a style sheet or script inside a value is not text anyone reads
        else if (tag !== 'STYLE' && tag !== 'SCRIPT' && tag !== 'TEMPLATE') walk(c);
      }
      if (out.length > 100_000) return;
    }
  };
  walk(el);
  return out;
}

/**
 * Does `b` come after `a` in document order (or inside it)? Written out because linkedom's
 * compareDocumentPosition compares depths, not positions, so it answers wrongly for an element
 * that is shallower than `a` but later in the page.
 */
export function comesAfter(a: Node, b: Node): boolean {
  if (a === b) return false;
  const chain = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) out.push(x);
    return out.reverse();
  };
  const pa = chain(a);
  const pb = chain(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return true;
  if (i === pb.length || i === 0) return false;
  const siblings = Array.from(pa[i - 1]!.childNodes);
  return siblings.indexOf(pb[i] as ChildNode) > siblings.indexOf(pa[i] as ChildNode);
}
