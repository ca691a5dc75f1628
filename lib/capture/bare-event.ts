/**
 * A bare page (a fragment: short, no site header, navigation or footer around it) that reads as
 * one event's listing: a name on its first line, then a date and the words a listing uses for
 * an event (its venue, performers, organiser, tickets, "From … To …"). Such a page is about the
 * event whatever site it sits on; its title's other segment only names the site ("Shoes:
 * Pleasure and Pain - V&A"). A site's own page about an event keeps its site as the subject: it
 * has a frame, so it is not bare.
 */
import type { PageContext } from './types';
import { DATE_WORDS } from './event-page';
import { walkPage, Z, type PageWalk } from './walk';
import { titleSegments } from './title';
import { cleanValueText, LIMITS, squash } from './util';
import { elementsByTag } from './page-elements';

/** A bare page is short: more text than this is a site's page, whatever its markup. */
const SHORT_PAGE = 2000;
/** Lines read under the first one for the date and the listing's words. */
const LISTING_LINES = 16;

/** A bare page: short, with no site header, navigation or footer around it (a fragment, a
 * listing's item). What such a page is about is read from its few lines, which on a site's own
 * page would be its calendars, news strips and staff. */
export function isBarePage(walk: PageWalk): boolean {
  return (
    walk.textLength <= SHORT_PAGE && !walk.lines.some((l) => l.zone & (Z.NAV | Z.HEADER | Z.FOOTER))
  );
}

/** A day of a month ("13 June 2015", "April 28, 2026", "28. April", a calendar tile's "May23")
 * or an ISO date. */
const A_DATE = new RegExp(
  String.raw`${DATE_WORDS.source}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b`,
  'i',
);
/** A listing's labels for an event's parts (also as a heading of their own: "Performers"), and
 * its calls to book. */
const LISTING_WORDS =
  /^(?:venue|location|where|when|dates|date\s+and\s+time|doors|performers?|line-?up|organi[sz]ers?|presented by|tickets?|admission|from|to|starts?|ends?)\s*:|\b(?:book|buy|get|purchase)\s+(?:your\s+)?(?:tickets?|seats?)\b|^(?:purchase|rsvp|register(?: now)?|performers?|programme|program|line-?up|speakers)$/i;
/** Labels written before a date that is not an event's ("Founded: 3 March 1990"). */
const NOT_AN_EVENT_DATE = /\b(?:founded|established|born|died|since|published|updated|posted)\b/i;

const cache = new WeakMap<Document, string>();

/** The event's name when the page is a bare event listing, else ''. */
export function bareEventName(ctx: PageContext): string {
  const hit = cache.get(ctx.doc);
  if (hit !== undefined) return hit;
  const name = readBareEvent(ctx);
  cache.set(ctx.doc, name);
  return name;
}

function readBareEvent(ctx: PageContext): string {
  const walk = walkPage(ctx);
  if (!isBarePage(walk) || walk.lines.length < 2) return '';
  const [first, ...rest] = walk.lines.slice(0, LISTING_LINES + 1);
  const name = cleanValueText(first!.text.replace(/^name\s*:\s*/i, ''), LIMITS.name);
  if (!/\p{L}{2}/u.test(name) || A_DATE.test(name)) return '';
  // the first line is the page's name: its heading, or the title's own first segment
  const titled =
    squash(name) !== '' &&
    (squash(titleSegments(ctx.title)[0] ?? '') === squash(name) ||
      squash(ctx.title).startsWith(squash(name)));
  if (!first!.heading && !titled) return '';
  const dated =
    rest.some((l) => A_DATE.test(l.text) && !NOT_AN_EVENT_DATE.test(l.text)) ||
    elementsByTag(ctx.doc, 'TIME').some((t) => t.hasAttribute('datetime'));
  const listed = rest.some((l) => LISTING_WORDS.test(l.text));
  return dated && listed ? name : '';
}
