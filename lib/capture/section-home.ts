/**
 * A site's home inside a larger one: a publication's city edition (bizjournals.com/sanjose), a
 * branch's pages under its parent's domain. The header's logo links there, to a path that the
 * page's own address starts with. The site's home page is then that path, not the domain's root.
 */
import type { PageContext } from './types';
import { linkUrl, walkPage, Z } from './walk';

/** A section's home is shallow: one or two path segments. */
const MAX_SEGMENTS = 2;
/** A class or id token that marks the site's logo link ("logo-link", "navbar-brand"), not a
 * colour utility ("hover:text-brand-color"). */
const LOGO_TOKEN = /logo|^(?:navbar-|site-|header-)?brand(?:-link)?$/i;

const cache = new WeakMap<Document, string>();

/** Does the link hold an image marked as a logo (its class or alt)? */
function holdsLogoImage(link: Element): boolean {
  const imgs = link.getElementsByTagName('img');
  for (let i = 0; i < imgs.length; i++) {
    const img = imgs[i]!;
    if (/logo/i.test(`${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''}`))
      return true;
  }
  return false;
}

export function sectionHome(ctx: PageContext): string {
  const hit = cache.get(ctx.doc);
  if (hit !== undefined) return hit;
  const home = findSectionHome(ctx);
  cache.set(ctx.doc, home);
  return home;
}

function findSectionHome(ctx: PageContext): string {
  if (!ctx.origin) return '';
  let page: URL;
  try {
    page = new URL(ctx.url);
  } catch {
    return '';
  }
  for (const l of walkPage(ctx).links) {
    if (!(l.zone & Z.HEADER)) continue;
    const tokens = `${l.el.getAttribute('class') ?? ''} ${l.el.getAttribute('id') ?? ''}`.split(
      /\s+/,
    );
    if (!tokens.some((t) => LOGO_TOKEN.test(t)) && !holdsLogoImage(l.el)) continue;
    const abs = linkUrl(l, ctx.base);
    if (!abs) continue;
    const u = new URL(abs);
    const path = u.pathname.replace(/\/+$/, '');
    const segments = path.split('/').filter(Boolean).length;
    if (u.host !== page.host || !segments || segments > MAX_SEGMENTS) continue;
    if (page.pathname.startsWith(path + '/')) return `${u.origin}${path}`;
  }
  return '';
}
