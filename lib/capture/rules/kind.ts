/** Rule: what kind of thing a page without structured data is about (Organization, Person, Event). */
import type { EntityType, PageContext } from '../types';
import { isPersonName } from './people';
import { walkPage, Z } from '../walk';
import { ORG_WORDS } from '../data/org-words';

export function guessKind(ctx: PageContext, name: string | undefined): EntityType {
  const doc = ctx.doc;
  if (
    doc.querySelector(
      '[class*="event-title"],[class*="event-name"],[class*="event-wrapper"],[class*="event-details"],[class*="event-venue"],[class~="vevent"]',
    )
  ) {
    return 'Event';
  }
  if (name && isPersonName(name) && !ORG_WORDS.test(name)) {
    const walk = walkPage(ctx);
    let text = '';
    for (const l of walk.lines) {
      if (l.zone & (Z.NAV | Z.FOOTER)) continue;
      text += ' ' + l.text;
      if (text.length > 20000) break;
    }
    const me = (text.match(/\b(I|I'm|I am|my|me|I've)\b/g) ?? []).length;
    const we = (text.match(/\b(we|our|us|we're|we are)\b/gi) ?? []).length;
    const roleish =
      /\b(professor|lecturer|ph\.?d|consultant|freelance|portfolio|résumé|resume|curriculum vitae|cv|about me|home page|homepage|designer|developer|engineer|writer|photographer|artist|author)\b/i.test(
        text,
      );
    const relMe = walk.links.some((l) => /\bme\b/.test(l.rel));
    if (me > we || roleish || relMe) return 'Person';
  }
  return 'Organization';
}
