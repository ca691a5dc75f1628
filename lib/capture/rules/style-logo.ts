/**
 * Rule: a logo drawn by the page's own `<style>` block as the background of the header's logo or
 * brand element (`.site-logo a { background: url(/img/logo.png) }`, the link's text hidden), which
 * no `<img>` and no inline style shows. External style sheets are not read (no I/O).
 */
import type { Candidate, PageContext } from '../types';
import { resolveUrl } from '../util';
import { elementsByTag } from '../page-elements';

/** Just under a header image marked as the logo (0.75): the same signs, read from a selector. */
const STYLE_LOGO = 0.72;

/** Characters of inline CSS read at most (critical-CSS blocks can be large). */
const MAX_CSS = 300_000;

/** One CSS rule: its selector and declarations (innermost braces, so media queries are entered). */
const CSS_RULE = /([^{}]{1,400})\{([^{}]{0,3000})\}/g;
const BACKGROUND_URL = /background(?:-image)?\s*:[^;}]*?url\(\s*['"]?([^'")]+)['"]?\s*\)/i;
/** A class or id in a selector that says logo or brand. */
const LOGO_TOKEN = /[.#][\w-]*(?:logo|brand)[\w-]*/gi;
/** Selectors of states and places that are not the header's logo. */
const NOT_HEADER_LOGO = /footer|sponsor|partner|:hover|:focus|::?after|::?before/i;

/** Is the element in the page's header or navigation (landmark, or a header-named box)? */
function inHeader(el: Element): boolean {
  return !!el.closest('header, nav, [role="banner"], [class*="header"], [id*="header"]');
}

export function styleLogoRule(ctx: PageContext): Candidate[] {
  let budget = MAX_CSS;
  for (const style of elementsByTag(ctx.doc, 'STYLE')) {
    if (budget <= 0) break;
    const css = (style.textContent ?? '').slice(0, budget);
    budget -= css.length;
    if (css.indexOf('url(') < 0 || !/logo|brand/i.test(css)) continue;
    CSS_RULE.lastIndex = 0;
    for (let m = CSS_RULE.exec(css); m; m = CSS_RULE.exec(css)) {
      const selector = m[1] ?? '';
      if (!/logo|brand/i.test(selector) || NOT_HEADER_LOGO.test(selector)) continue;
      const file = BACKGROUND_URL.exec(m[2] ?? '')?.[1]?.trim() ?? '';
      if (!file || /^data:/i.test(file)) continue;
      const tokens = selector.match(LOGO_TOKEN) ?? [];
      const shown = tokens.some((t) => {
        const el = ctx.doc.querySelector(t);
        return !!el && inHeader(el);
      });
      const value = shown ? resolveUrl(file, ctx.base) : '';
      // the first such rule is the logo's base style; later ones are variants (retina, dark)
      if (value) return [{ field: 'logo', value, source: 'icon', confidence: STYLE_LOGO }];
    }
  }
  return [];
}
