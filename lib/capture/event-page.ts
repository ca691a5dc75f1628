/**
 * Does the page read as an event's page: right under its heading, a date with a time of day (or a
 * machine-readable start time in the content)? Used for listings without structured data.
 */
import type { PageContext } from './types';
import { MONTH_NAME } from './data/address-words';
import { walkPage, Z } from './walk';
import { elementsWithAttribute, jsonLdScripts } from './page-elements';

/** A date with a day and a month name (en/de/fr/es), as an event page writes its date. */
export const DATE_WORDS = new RegExp(
  String.raw`\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?${MONTH_NAME.source}\b|\b${MONTH_NAME.source}\s+\d{1,2}\b`,
  'i',
);
/** A time of day: "9:00 AM", "18:30", "14h00", "7pm". */
const TIME_OF_DAY = /\b\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|h\d{2}|\s*[ap]\.?m\.?)(?!\w)/i;

/** Does a line give a date with a time of day ("Wed 01 October 2014 19:30")? */
export function hasDateAndTime(text: string): boolean {
  return DATE_WORDS.test(text) && TIME_OF_DAY.test(text);
}

/** A date with a time of day among the first lines under the page's main heading. */
export function datedUnderHeading(ctx: PageContext): boolean {
  const walk = walkPage(ctx);
  let seenH1 = false;
  let n = 0;
  for (const l of walk.lines) {
    if (l.zone & (Z.HEADER | Z.FOOTER | Z.NAV)) continue;
    if (!seenH1) {
      seenH1 = l.heading;
      continue;
    }
    if (l.heading || n++ > 6) break;
    if (hasDateAndTime(l.text)) return true;
  }
  for (const t of Array.from(
    ctx.doc.querySelectorAll('main time[datetime], article time[datetime]'),
  ))
    if (/\d{4}-\d{2}-\d{2}T\d{2}/.test(t.getAttribute('datetime') ?? '')) return true;
  return false;
}

/** An event's type declared in the page's JSON-LD or microdata ("MusicEvent", "Event"). */
const EVENT_TYPE = /"@type"\s*:\s*\[?\s*"(?:https?:\/\/schema\.org\/)?\w*Event"/;

const eventPages = new WeakMap<Document, boolean>();

/** Is the page an event's: dated under its heading, or declaring an event in its markup? */
export function isEventPage(ctx: PageContext): boolean {
  const hit = eventPages.get(ctx.doc);
  if (hit !== undefined) return hit;
  let event =
    datedUnderHeading(ctx) ||
    elementsWithAttribute(ctx.doc, 'itemtype').some((el) =>
      (el.getAttribute('itemtype') ?? '').endsWith('Event'),
    );
  if (!event)
    for (const s of jsonLdScripts(ctx.doc))
      if (EVENT_TYPE.test(s.textContent ?? '')) {
        event = true;
        break;
      }
  eventPages.set(ctx.doc, event);
  return event;
}
