/**
 * A school's parents' association, friends' group or booster club is a body of its own beside
 * the school: a block headed with its name ("Cedar Hollow PTO", "Tallowood Heights P&C
 * Association", "Friends of Hollybank Library") gives its mailbox, numbers and accounts, not the
 * site's. The blocks are found once per page (the headings that name such a body, and the small
 * block each heads); a site that is itself such a body (a PTA's own site) has none.
 */
import type { PageContext } from './types';
import { elementsByTag } from './page-elements';
import { boundedText, tagName } from './util';
import { titleSegments } from './title';

const SUPPORT_BODY =
  /\b(?:PTA|PTO|PTSA|PTC|P\s?&\s?C|P and C|parents['’]? (?:and friends['’]? )?association|parents? council|home and school association|booster club|friends of|förderverein|elternverein|alumni association)\b/i;
/** A heading names the body; past this its block is a section of the page, not the body's box. */
const MAX_BLOCK_TEXT = 1500;
const HEADINGS = ['H2', 'H3', 'H4', 'H5'];
const TOO_WIDE = new Set(['BODY', 'MAIN', 'HTML', 'ARTICLE']);

const cache = new WeakMap<Document, Element[]>();

function supportBlocks(ctx: PageContext): Element[] {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const blocks: Element[] = [];
  const site = [ctx.siteName ?? '', ...titleSegments(ctx.title)];
  if (!site.some((s) => SUPPORT_BODY.test(s)))
    for (const tag of HEADINGS)
      for (const h of elementsByTag(ctx.doc, tag)) {
        if (!SUPPORT_BODY.test(h.textContent ?? '')) continue;
        const block = h.parentElement;
        if (!block || TOO_WIDE.has(tagName(block))) continue;
        if (boundedText(block, MAX_BLOCK_TEXT) === undefined) continue;
        blocks.push(block);
      }
  cache.set(ctx.doc, blocks);
  return blocks;
}

/** Is `el` inside a block headed with a supporting body's name? */
export function inSupportBody(ctx: PageContext, el: Element): boolean {
  const blocks = supportBlocks(ctx);
  return blocks.length > 0 && blocks.some((b) => b.contains(el));
}
