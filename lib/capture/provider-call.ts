/**
 * A platform's call to the other side of its market. A booking, ticketing, marketplace,
 * directory, volunteering or donation platform lists studios, venues, shops, clubs and charities,
 * and its header or footer invites more of them: "List your studio", "Sell on Craftnook", "Create
 * events", "Add your club", "Claim this listing", "Vous êtes soignant ?". An own site does not ask
 * others to be listed on it, so beside a page subject that is not the site's brand and has a
 * contact of its own, such a call says the page is hosted (`host.ts`). The phrases are the
 * invitation to be listed, not a site's sections for an audience ("For businesses", "For
 * professionals", "Become a host family", "Start a group" are an own charity's, school's or
 * club's menu items too); "Are you an event organiser?" is how a venue lets its rooms.
 */
import { squash } from './util';
import { Z, type PageWalk } from './walk';

const FRAME = Z.HEADER | Z.FOOTER | Z.NAV;
const NOT_SUBJECT = Z.AUTHOR | Z.COMMENT | Z.SHARE | Z.RELATED;

/** Read in the header, footer and nav only ("we also sell on Etsy" in an own shop's text). */
const PROVIDER_CALL =
  /(?<!\p{L})(?:(?:list|add) your (?:business|studio|venue|club|practice|property|shop|space|organi[sz]ation|charity|services?|restaurant|store)|sell on \p{L}+|become an? (?:restaurant|merchant|store) partner|become a partner (?:restaurant|store)|devenir (?:un )?(?:restaurant|commerçant|établissement|marchand) partenaire|(?:ajoutez|inscrivez) votre (?:restaurant|commerce|établissement)|(?:añade|registra) tu (?:negocio|restaurante)|meld (?:je|uw) (?:restaurant|zaak|winkel|bedrijf) aan|(?:restaurant|lokal) (?:anmelden|registrieren)|(?:aggiungi|registra) il tuo (?:ristorante|locale)|create (?:events|an event)|post an? (?:volunteer )?opportunit(?:y|ies)|are you an? (?:practitioner|therapist|studio owner|venue owner)\s*\?|vous êtes (?:un |une )?(?:soignant|praticien|professionnel de santé|restaurateur|organisme)e?s?\s*\?|vendez sur|sind sie (?:ein |eine )?(?:anbieter|veranstalter|gemeinnützige organisation)\s*\?|verkaufen auf)(?!\p{L})/iu;
/** A listing's own claim box, wherever it sits. */
const LISTING_CLAIM =
  /(?<!\p{L})(?:claim (?:this|your) (?:listing|business|page|profile)|is this your (?:business|studio|venue|club|practice|shop|listing|organi[sz]ation)\s*\?)/iu;

/** Does the page invite providers to be listed on the site? */
export function callsProviders(walk: PageWalk): boolean {
  for (const l of walk.lines) {
    if (l.zone & NOT_SUBJECT) continue;
    // a menu of inline links is one long line; a claim box is a short one, not a story's paragraph
    if (l.zone & FRAME && l.text.length <= 2000 && PROVIDER_CALL.test(l.text)) return true;
    if (l.text.length <= 300 && LISTING_CLAIM.test(l.text)) return true;
  }
  return false;
}

/** A phone number's run of digits and separators (8 to 15 digits, checked after). */
const PHONE_RUN = /(?<![\d.,])\+?\(?\d[\d ().\-/]{6,20}\d(?![\d.,]*\d)/g;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

/**
 * Does the main content give the subject a contact of its own — a phone number or an e-mail
 * address the header and footer do not carry, or an image named like it (a shop's icon)? A
 * listing's page does; a platform's own page about itself has only the platform's contacts.
 */
export function subjectContact(
  walk: PageWalk,
  frame: { digits: string[]; text: string },
  subject: string,
): boolean {
  const name = squash(subject);
  for (const img of walk.images) {
    if (img.zone & (FRAME | NOT_SUBJECT)) continue;
    if (name && squash(img.alt.replace(/\s+(logo|icon|avatar)$/i, '')) === name) return true;
  }
  for (const l of walk.lines) {
    if (l.zone & (FRAME | NOT_SUBJECT) || l.text.length > 400) continue;
    for (const m of l.text.matchAll(EMAIL)) {
      if (!frame.text.includes(m[0].toLowerCase())) return true;
    }
    for (const m of l.text.matchAll(PHONE_RUN)) {
      const d = m[0].replace(/\D+/g, '');
      // a date or a long id is not a number to call
      if (d.length < 8 || d.length > 15 || /^\d{4}-\d{2}-\d{2}/.test(m[0])) continue;
      if (!frame.digits.some((f) => f.includes(d.slice(-8)))) return true;
    }
  }
  return false;
}
