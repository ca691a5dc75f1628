/** Rule: visible text — e-mails (incl. obfuscated), phone numbers, postal addresses. */
import { findPhoneNumbersInText, type CountryCode, type NumberFound } from 'libphonenumber-js';
import type { Candidate, CaptureAddress, PageContext } from '../types';
import { findAddresses, looksStreet, STRONG_ADDRESS_SCORE, toParts } from '../address';
import { placeSentenceSubject, proseAddress } from '../address/prose';
import { TIME_PART } from '../address/phases';
import { MONTH_NAME } from '../data/address-words';
import { boundedText, hostOf, normaliseEmail, squash, tagName } from '../util';
import { readHost, registrable } from '../host';
import { classifySocial } from '../social';
import { nameMatchesHost, nameSpellsDomain } from '../title';
import { ORG_WORDS } from '../data/org-words';
import { BLOCK, linkUrl, walkPage, Z, type Line, type PageWalk } from '../walk';
import { isPersonalContact } from '../person-cards';
import { inAuthorContactLine, opensAuthorContact } from '../correspondence';
import { isPersonsMailbox } from '../persons-mailbox';
import { inSupportBody } from '../support-bodies';
import { inOtherPartyNotice } from '../notice-parties';
import { mainHeading } from '../main-heading';
import { inDatedListItem } from '../dated-items';

/**
 * Confidence of an address read from text, from its score (address.ts, 1 to 5.5): 0.4 plus a step
 * per point, so a full address (5.5) reaches 0.73; the 0.75 cap keeps any text address below one
 * from a surely picked schema.org entity (0.88 to 0.95). An <address> element is the page saying
 * "this is our address", worth a little more.
 */
const ADDRESS_BASE_CONFIDENCE = 0.4;
const ADDRESS_CONFIDENCE_PER_SCORE = 0.06;
const ADDRESS_ELEMENT_BONUS = 0.05;
const ADDRESS_MAX_CONFIDENCE = 0.75;
/** An address under "Head office" / "Registered office" is the organisation's among several. */
const HEAD_OFFICE_BONUS = 0.04;
const HEAD_OFFICE =
  /\b(head ?office|headquarters|registered office|main office|hauptsitz|si[èe]ge(?: social)?|sede (?:central|legale|social))\b/i;
/** One of several addresses listed in the body (branches, shops, venues), beside a site-wide one. */
const ADDRESS_IN_LIST_DISCOUNT = 0.05;
/** An address written after another company's name ("processed by DonorPath, Inc., 100 …",
 * "hébergé par NuageVert SAS, 8 avenue …"): a supplier's, ranked below the site's own. */
const OTHER_PARTY_ADDRESS = 0.06;
const SUPPLIER_BEFORE =
  /\b(?:inc|ltd|llc|plc|corp|gmbh|sas|sarl|srl|s\.?l|s\.?a|b\.?v|ag|oy|aps|pty)\.?$|\b(?:processed|hosted|provided|operated|powered|printed|designed) by\b|\bh[ée]berg[ée] par\b|\balojad[oa] por\b|\bgehostet (?:von|bei)\b|\bospitato da\b/i;
/** A label that gives a customer's or a trip's place ("Pickup location:", "Ship to:", "Deliver
 * to:"): the address after it is theirs, never the business's. */
const CUSTOMER_PLACE_LABEL =
  /^(?:pick-?up|drop-?off|collection|delivery|deliver to|ship(?:ping)? (?:to|address)|bill to|customer|recipient|passenger|destination)\b[^:]{0,20}:/i;
/** The subject of a "based in" sentence that speaks for the page: "We", "Our office", "The
 * school". */
const OWN_SUBJECT =
  /^(?:we|our|it|this|they|he|she|i|the\s+(?:company|school|firm|business|organi[sz]ation|museum|library|charity|club|practice|office|shop|store|centre|center|team|studio|restaurant|hotel|church|society|group)s?)\b/i;
/** "The Quillmark contributors", "the Leaflet authors": a project named by its people. */
const PROJECT_PEOPLE = /^(?:the\s+)?(.+?)\s+(?:contributors|authors|developers|maintainers)$/i;
/** A sentence saying the site belongs to another body. */
const PARENT_BODY =
  /\b(?:is|are)\s+(?:part of|a member of|an academy (?:in|of)|operated by|run by|managed by)\s+(?:the\s+)?\p{Lu}/u;
/** A block short enough to be one notice, where the site says whose part it is ("Kestrel Moor
 * Academy is part of Pennine Ridge Learning Trust. … Registered office: …"). */
function parentsBlock(el: Element | undefined): boolean {
  const text = el ? boundedText(el, 1200) : undefined;
  return !!text && PARENT_BODY.test(text);
}

/** "Registered Office of the Society:", "… of our parent trust:": a body named apart from the
 * site, whose office it is. */
const OTHER_BODYS_OFFICE =
  /registered office of (?:the|our) (?:parent )?(?:society|trust|foundation|company|association|federation|diocese|group|council|board)\s*:?\s*$/i;
/** A venue's address as one key: its street and town. */
const venueKey = (a: CaptureAddress): string => squash(`${a.street ?? ''} ${a.locality ?? ''}`);
/** Parts read before an address for an event's date or time: its heading, date and time lines. */
const EVENT_LOOKBACK = 4;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** "Saturday, April 18", "6:30 p.m.", "March 12": the date or time of an event, written short
 * (a sentence that mentions a date, "Reservations open April 1.", is not an event's heading). */
const EVENT_WHEN_MAX = 40;
function isEventWhen(t: string): boolean {
  if (t.length > EVENT_WHEN_MAX) return false;
  return TIME_PART.test(t) || WEEKDAY.test(t) || (MONTH_NAME.test(t) && /\b\d{1,2}\b/.test(t));
}
/** "We're on the High Street in Clun": a street and town in a sentence, on a page with no postal
 * address; above a listing's bare place line (0.42), below any address read as one (0.58 up). */
const PROSE_ADDRESS = 0.45;

/**
 * Emails, phones and copyright names read from text, trusted below the same values in links
 * (a mailto: link is 0.8). Text in author, comment, share or related blocks is someone else's,
 * and inside an article it may be the story's: both stay under the 0.4 at which merge.ts keeps
 * list values, unless nothing better is found.
 */
const CONFIDENCE = {
  email: 0.7,
  /** "name [at] domain [dot] org": written to hide from robots, so a little less certain. */
  obfuscatedEmail: 0.65,
  emailInArticle: 0.35,
  emailElsewhere: 0.2,
  /** A person's own address or number on a staff card: theirs, offered only as an alternative. */
  personalContact: 0.3,
  /** "Tel: …": a label says what the number is. */
  labelledPhone: 0.75,
  /** A line holding only a phone-formatted number, or a number libphonenumber finds. */
  unlabelledPhone: 0.6,
  /** A number in a block that links another organisation's site before it ("our partner
   * <a>Metro YMCA</a> (call them at …)", "supported by <a>Friends of …</a> – Tel. …"): theirs,
   * offered in the review only. */
  otherOrganisationPhone: 0.3,
  /** A phone in an article body belongs to the story as often as to the site. */
  phoneInArticleDiscount: 0.3,
  /** "© 2024 Riverside Trust" where the name looks like the domain: the site's owner. */
  copyrightMatchingHost: 0.58,
  /** Any other copyright holder may be a platform, a parent company or a theme's author. */
  copyright: 0.3,
};

const EMAIL_IN_TEXT = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/gi;
/** The "at" and "dot" of written-out addresses in English, French (arobase, point), Spanish and
 * Catalan (arroba, punto/punt), Italian (chiocciola, punto) and German (ät, punkt). */
const AT_WORD = String.raw`(?:at|arobase|arroba|chiocciola|ät|aet)`;
const DOT_WORD = String.raw`(?:dot|point|punto|punt|punkt)`;
/** The same in brackets, or bare between spaces (plain English "at" is checked again below). */
const AT = String.raw`(?:\[\s*${AT_WORD}\s*\]|\(\s*${AT_WORD}\s*\)|\{\s*${AT_WORD}\s*\}|<\s*${AT_WORD}\s*>|\s+${AT_WORD}\s+|\s*\[@\]\s*|\s*\(@\)\s*)`;
const DOT = String.raw`(?:\[\s*${DOT_WORD}\s*\]|\(\s*${DOT_WORD}\s*\)|\{\s*${DOT_WORD}\s*\}|\s+${DOT_WORD}\s+|\.)`;
const OBFUSCATED = new RegExp(
  String.raw`([a-z0-9][a-z0-9._%+-]{0,63})\s*${AT}\s*([a-z0-9-]+(?:\s*${DOT}\s*[a-z0-9-]+)*\s*${DOT}\s*[a-z]{2,10})\b`,
  'gi',
);
const DOT_SPELLED = new RegExp(
  String.raw`\s*(?:\[\s*${DOT_WORD}\s*\]|\(\s*${DOT_WORD}\s*\)|\{\s*${DOT_WORD}\s*\}|\s+${DOT_WORD}\s+)\s*`,
  'gi',
);
/** A line that may hold a written-out address. */
const MAY_OBFUSCATE = new RegExp(
  String.raw`\bat\b|[(\[{<]\s*${AT_WORD}\s*[)\]}>]|\b(?:arobase|arroba|chiocciola)\b`,
  'i',
);

const PHONE_LABEL =
  /(?:^|[\s(|•·,;])(telefax|fax|t[ée]l[ée]copie|phone|telephone|tel|t[ée]l[ée]phone|t[ée]l|telefon|telefono|tel[ée]fono|call(?: us| or text)?|text(?: or call)?|mobile|mob|cell|handy|mobil|portable|ph|hotline|helpline|whatsapp|sms|voice|office|landline|main|reception|switchboard|enquiries|inquiries|front desk|bookings|toll[- ]free|direct|line|answerphone|voicemail|t|p|m)\b\.?\)?\s*(?:no\.?|number|nr\.?)?\s*[:.]?\s*(?:on\s+|at\s+)?$/i;
/** (An opening bracket may have a space inside it: "( 33 1) 42 68 53 00".) */
const PHONE_LIKE = /(?:\+|\b00)?(?:\(\s?)?\d[\d\s().\-/\u00a0]{5,22}\d/g;
/** Lines of registration, tax and charity numbers (Italian P. IVA, Spanish NIF/CIF, Dutch BTW,
 * Swiss UID, a Canadian charity's "… RR0001"): their digits are no phone. */
const ID_LINE =
  /(steuer|ust-?id|umsatzsteuer|identifikationsnummer|handelsregister|registergericht|amtsgericht|numéro de tva|n° tva|siret|siren|rcs\s)|\b(ust|vat|ein|tax|steuer|hrb|hra|handelsregister|register|registration|reg\.? no|iban|bic|swift|siret|siren|abn|acn|gst|cin|pan|company (no|number)|charity|companies house|isbn|issn|ref|order|invoice|zip|postcode|plz|fein|ssn|kvk|rcs|tva|p\.?\s?iva|partita iva|codice fiscale|nif|cif|btw|uid|nzbn|rr\d{4}|bienfaisance|enregistr[ée]e?|nipc|org\.?\s?nr|organisationsnummer|swish|bankgiro|plusgiro|cvr|y-tunnus|zvr(?:-zahl)?|ondernemingsnummer|kbo|bce|rpr|num[ée]ro d['’]entreprise|rsin|pbo|npo|registered (?:charity|company|public benefit|society|non-?profit|number|no\.?))\b/i;
/** Irish and UK register numbers that share a line with contact details. */
const ID_REGISTERS = String.raw`\b(?:rcn|chy|cro|urn|ukprn|dfe)\b`;
const ID_NUMBER = new RegExp(
  String.raw`${ID_REGISTERS}\.?\s*(?:no\.?|number|#)?\s*:?\s*\d[\d /-]{3,12}\d`,
  'gi',
);
const ID_NUMBER_TEST = new RegExp(ID_REGISTERS, 'i');
const FORMATTED_PHONE = /^(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)|\d{2,5})[\s.-]\d{2,4}[\s.-]\d{3,4}$/;
const FAX_RE = /(fax|telefax|t[ée]l[ée]copie)/i;
/** Words that make an ID line also a contact line ("Registered charity 1234567 · Tel …"). */
const PHONE_WORD = /(phone|tel|call|mobile)/i;
/** A VAT number's country prefix right before the digits ("DE 298 765 432", "ATU…" aside). */
const VAT_PREFIX = /(?:^|[\s:(])(?:[A-Z]{2}|ATU|CHE)[\s-]?$/;
/** "Tel/Fax", "Phone & fax": one number for both, so a phone. */
const TEL_AND_FAX =
  /(tel|phone|t[ée]l[ée]?phone|telefon)\.?\s*(\/|&|and|\+|or|und|et)\s*(tele)?fax\W*$/i;
/** A lone "F:" label, as in "T: 020 … F: 020 …": a fax. */
const F_LABEL = /(?:^|[\s|·•,;(])F\s*[:.]\s*$/;
/** Characters of non-contact text scanned for e-mails and phones (the corpus' longest page has
 * ~83k characters of text; the walk itself keeps at most 400k). */
const OTHER_TEXT_BUDGET = 150_000;
const SEVEN_DIGITS = /\d(?:[\s.\-/()\u00a0]{0,2}\d){6}/;
const DATE_LIKE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/;
/** A date and the hour after it ("12.11.2026 – 10:15", "2026-11-12 10"): a dateline, no number. */
const DATE_FIRST = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)/;

/** A line that is only a fax label ("Fax:" in a table's first cell): the next line's number is a fax. */
const FAX_LABEL_LINE = /^\W*(fax|telefax|t[ée]l[ée]copie)\b\.?\s*(no\.?|number|nr\.?)?\s*:?\s*$/i;
/** A line that is only a phone label (a `<dt>` or table cell "Telephone"): the next line's number
 * is labelled. */
const PHONE_LABEL_LINE =
  /^\W*(phone|telephone|tel|t[ée]l[ée]phone|t[ée]l|telefon|telefono|tel[ée]fono|telefoon|contact number|phone number)\b\.?\s*(no\.?|number|nr\.?)?\s*:?\s*$/i;

function phoneCandidatesInLine(
  line: string,
  labelledOnly: boolean,
  countries: CountryCode[],
  push: (v: string, conf: number) => void,
  previous = '',
): void {
  // "RCN 20204567", "CHY 21456", "URN 104321": a register's number beside the phone on a line is
  // blanked (same length, so positions hold); the rest of the line is still read
  if (ID_NUMBER_TEST.test(line)) line = line.replace(ID_NUMBER, (m) => ' '.repeat(m.length));
  // the line under an ID's own label ("<dt>RSIN</dt><dd>859912345</dd>", "USt-IdNr.:" over
  // "DE 298 765 432", "IBAN" over an account number) is that ID's value
  if (
    previous.length <= 90 &&
    (!/\d/.test(previous) || /:\s*$/.test(previous)) &&
    ID_LINE.test(previous) &&
    !PHONE_WORD.test(previous) &&
    !PHONE_WORD.test(line)
  )
    return;
  const faxLabelled = FAX_LABEL_LINE.test(previous);
  const phoneLabelled = !faxLabelled && PHONE_LABEL_LINE.test(previous);
  if (labelledOnly) {
    // Most prose lines hold no number of phone length: one cheap scan spares the long ID_LINE
    // alternation and the label look-behinds (unlabelled lines also go to libphonenumber below).
    PHONE_LIKE.lastIndex = 0;
    if (!PHONE_LIKE.test(line)) return;
  }
  if (ID_LINE.test(line) && !PHONE_WORD.test(line)) return;
  PHONE_LIKE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const seen: [number, number][] = [];
  while ((m = PHONE_LIKE.exec(line))) {
    // an opening parenthesis with no closing one is the text's, not the number's: "(93 555 09 99"
    const raw = m[0]
      .trim()
      .replace(/[\s(.\-/]+$/, '')
      .replace(/^\((?=[^)]*$)/, '');
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (DATE_LIKE.test(raw) || DATE_FIRST.test(raw) || /^\d{4}\s*[-–]\s*\d{4}$/.test(raw)) continue;
    // "215.346.483", "28.334.851": a count grouped in thousands (views, followers), not a number
    // to call: a count starts with no 0 and groups every part after the first in threes
    if (/^[1-9]\d{0,2}(?:\.\d{3}){2,}$/.test(raw)) continue;
    const before = line.slice(Math.max(0, m.index - 40), m.index);
    // "DE 298 765 432", "GB 123 4567 89": a VAT number's country prefix
    if (VAT_PREFIX.test(before)) continue;
    const lab = PHONE_LABEL.exec(before);
    // "Tel/Fax 028 …" is a voice number too; "F: 028 …" (beside "T: …") is a fax
    const telFax = TEL_AND_FAX.test(before);
    if (lab && FAX_RE.test(lab[1]!) && !telFax) continue;
    if (!lab && (FAX_RE.test(before.slice(-12)) || (faxLabelled && m.index <= 2))) continue;
    if (F_LABEL.test(before)) continue;
    if (lab || (phoneLabelled && m.index <= 2)) {
      seen.push([m.index, m.index + m[0].length]);
      push(raw, CONFIDENCE.labelledPhone);
    } else if (
      !labelledOnly &&
      m.index <= 2 &&
      line.length - (m.index + m[0].length) <= 2 &&
      FORMATTED_PHONE.test(raw)
    ) {
      // a line holding nothing but a phone-formatted number
      seen.push([m.index, m.index + m[0].length]);
      push(raw, CONFIDENCE.unlabelledPhone);
    }
  }
  if (labelledOnly) return;
  // "0124-4550192, 0124-4550193": libphonenumber reads a comma as a pause before an extension,
  // so numbers listed with commas are parted by spaces (same length: positions hold)
  const listed = line.replace(/(\d)[,;](?=\s*[+(]?\d)/g, '$1 ');
  const tryCountries: (CountryCode | undefined)[] = countries.length
    ? countries.slice(0, 2)
    : [undefined];
  for (const cc of tryCountries) {
    let found: NumberFound[];
    try {
      found = findPhoneNumbersInText(listed, cc ? { defaultCountry: cc } : undefined);
    } catch {
      found = [];
    }
    if (!found.length) continue;
    for (const f of found) {
      if (seen.some(([a, b]) => f.startsAt < b && f.endsAt > a)) continue;
      const before = line.slice(Math.max(0, f.startsAt - 25), f.startsAt);
      if (
        (FAX_RE.test(before) && !TEL_AND_FAX.test(before)) ||
        F_LABEL.test(before) ||
        (faxLabelled && f.startsAt <= 2)
      )
        continue;
      const raw = line.slice(f.startsAt, f.endsAt).trim();
      if (raw.replace(/\D/g, '').length < 7) continue;
      // "© 1998-2026" is a span of years, "22.03.2026" a date
      if (/^\d{4}\s*[-–]\s*\d{4}$/.test(raw) || DATE_LIKE.test(raw) || DATE_FIRST.test(raw))
        continue;
      push(raw, CONFIDENCE.unlabelledPhone);
    }
    break;
  }
}

/**
 * A menu's lines read as an address: a year where a four-digit postal code would be ("Featured
 * IN / Women of the Channel / 2016") under a "street" with no number and no street word.
 */
function yearMenu(a: CaptureAddress): boolean {
  return /^(?:19|20)\d\d$/.test(a.postalCode ?? '') && !!a.street && !looksStreet(a.street);
}

/** The addresses of the page's mailto links, lower case. */
function linkedMails(walk: PageWalk): Set<string> {
  const out = new Set<string>();
  for (const l of walk.links) {
    const h = l.href.trim();
    if (/^mailto:/i.test(h)) {
      const e = normaliseEmail(h.slice(7).split('?')[0] ?? '');
      if (e) out.add(e);
    }
  }
  return out;
}

/** Postal-code forms that name their country: an Australian state and postcode, a UK postcode,
 * a Canadian province and postal code, an Irish Eircode. */
const ADDRESS_COUNTRY: [RegExp, string][] = [
  [/\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+\d{4}\b/, 'AU'],
  [/\b(?:BC|AB|SK|MB|ON|QC|NB|NS|PE|NL|YT|NU)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/, 'CA'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/, 'GB'],
  [/\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s[0-9AC-FHKNPRTV-Y]{4}\b/, 'IE'],
];

/** The country the page's first postal code names (short lines with digits only). */
function addressCountry(lines: Line[]): string {
  let n = 0;
  for (const l of lines) {
    if (l.text.length > 160 || !/\d/.test(l.text)) continue;
    if (++n > 400) break;
    for (const [re, cc] of ADDRESS_COUNTRY) if (re.test(l.text)) return cc;
  }
  return '';
}

function regionHints(ctx: PageContext, lines: Line[]): CountryCode[] {
  const hints = [...ctx.countryHints];
  // "+44 …" prefixes on the page
  const cc: Record<string, string> = {
    '1': 'US',
    '44': 'GB',
    '49': 'DE',
    '33': 'FR',
    '91': 'IN',
    '61': 'AU',
    '353': 'IE',
    '43': 'AT',
    '41': 'CH',
    '39': 'IT',
    '34': 'ES',
    '31': 'NL',
    '64': 'NZ',
  };
  for (const l of lines) {
    if (l.text.indexOf('+') < 0) continue;
    const m = /\+(353|44|49|33|91|61|43|41|39|34|31|64|1)[\s(-]/.exec(l.text);
    if (m && cc[m[1]!]) {
      hints.push(cc[m[1]!]!);
      break;
    }
  }
  // a page that names no country by its language or domain (a shared document host, a .org)
  // still says one by its postal address: "Wattle Grove NSW 2173" makes "0412 555 019" Australian
  if (!ctx.countryHints.length) {
    const byAddress = addressCountry(lines);
    if (byAddress) hints.push(byAddress);
  }
  hints.push('US');
  return [...new Set(hints)] as CountryCode[];
}

// Zone masks hoisted out of the per-line loop (under tsx every `Z.X` is a module getter call).
const WEAK_ZONES = Z.AUTHOR | Z.COMMENT | Z.RELATED | Z.SHARE;
const CONTACT_ZONES = Z.FOOTER | Z.ADDRESS | Z.CONTACT;
const ARTICLE_ZONE = Z.ARTICLE;

/** Link texts that point at the subject's own things (its site, a map), not at someone else. */
const OWN_THING_LINK =
  /(web ?site|home ?page|\bsite\b|\bweb\b|\bmap\b|directions|itin[ée]raire|\bplan\b|karte|anfahrt|\.[a-z]{2,}\b)/i;
const MAP_HOST =
  /(^|\.)(maps\.google|google\.[a-z.]+\/maps|goo\.gl|maps\.app|openstreetmap|bing\.com\/maps|maps\.apple|waze)/i;

/**
 * Block elements whose text links another organisation's site, with the text before each such link
 * on its line (to tell the numbers after the link from those before it).
 */
function blocksLinkingOthers(ctx: PageContext, walk: PageWalk): Map<Element, string[]> {
  const own = registrable(ctx.host);
  const out = new Map<Element, string[]>();
  for (const l of walk.links) {
    const href = l.href.trim();
    if (!/^https?:|^\/\//i.test(href)) continue;
    const abs = linkUrl(l, ctx.base);
    const d = abs ? registrable(hostOf(abs)) : '';
    if (!d || d === own || classifySocial(abs) || MAP_HOST.test(abs)) continue;
    const name = (l.text || l.el.querySelector('img')?.getAttribute('alt') || '').trim();
    if (!name || OWN_THING_LINK.test(name)) continue;
    let b: Element | null = l.el.parentElement;
    while (b && !BLOCK.has(tagName(b))) b = b.parentElement;
    if (!b) continue;
    const before = l.before.trim();
    const list = out.get(b);
    if (list) list.push(before);
    else out.set(b, [before]);
  }
  return out;
}

/** Is the number on this line written after a link to another organisation in the same block? */
function afterOtherOrganisation(
  line: Line,
  value: string,
  others: Map<Element, string[]>,
): boolean {
  const linked = others.get(line.el);
  if (!linked) return false;
  const at = line.text.indexOf(value);
  if (at < 0) return false;
  const head = line.text.slice(0, at);
  // the link starts before the number: the text before the link is all within the line's head
  return linked.some((b) => b.length < head.length && head.includes(b.slice(-30)));
}

/** A name with an organisation or venue word ("Translating and Interpreting Service",
 * "Brocklehurst Arena", "First Lakes Bank"). */
const NAMED_BODY = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|and|for|the|de|&)?\s*\p{Lu}[\p{L}'’&.-]*){0,5})`,
  'gu',
);

/**
 * Is the number written right after another body's name in the same sentence ("Call the
 * Translating and Interpreting Service on 1800 …", "Brocklehurst Arena (arena office 250-…)")?
 * A name the page gives itself (title, site name, domain) is not another's.
 */
function afterOtherName(line: string, value: string, own: (name: string) => boolean): boolean {
  const at = line.indexOf(value);
  if (at < 0) return false;
  const head = line.slice(Math.max(0, at - 90), at);
  // only within the number's own sentence or list item
  const sentence = head.split(/[.!?;·|•]\s|\n/).pop() ?? '';
  NAMED_BODY.lastIndex = 0;
  // the nearest name before the number that names a body
  let last = '';
  for (let m = NAMED_BODY.exec(sentence); m; m = NAMED_BODY.exec(sentence))
    if (m[1]!.split(/\s+/).length >= 2 && BODY_WORDS.test(m[1]!)) last = m[1]!;
  if (last) return !own(last);
  // "GiveFlow donor support 1-800-…", "ParentLink helpdesk: 0330 …": another party's help line
  const support = SUPPORT_OF.exec(sentence) ?? POSSESSIVE_LINE.exec(sentence);
  return !!support && !GENERIC_SUPPORT_NAME.test(support[1]!) && !own(support[1]!);
}

/**
 * Is the number in the sentence after one that hands a service to another body ("The on-site
 * program is run by BrightPath Kids. Call the site director at …", "OSHC is provided on site by
 * Koala Kids OSHC. … phone the coordinator on …")? That body's number, unless the page names
 * itself so.
 */
function afterProvider(line: string, value: string, own: (name: string) => boolean): boolean {
  const at = line.indexOf(value);
  if (at < 0) return false;
  const sentences = line.slice(Math.max(0, at - 240), at).split(/[.!?;]\s/);
  if (sentences.length < 2) return false;
  const m = PROVIDED_BY.exec(sentences[sentences.length - 2]!);
  return !!m && !own(m[1]!.trim());
}

/** "… is run by X", "… provided on site by X", "… operated by the X": a service another body runs. */
const PROVIDED_BY =
  /\b(?:run|provided|operated|managed|offered|delivered)\s+(?:on[ -]site\s+)?by\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,4})/u;

/** A named party's own line right before a number ("call Forthline's travel line on"). */
const POSSESSIVE_LINE =
  /(\p{Lu}[\p{L}\d]*(?:[ -]\p{Lu}[\p{L}\d]*){0,2})['’]s\s+(?:\p{Ll}+\s+){0,3}(?:line|number|office|desk|team)\b[^.!?\d]{0,25}$/u;

/** A named party's help line right before a number, within its sentence. */
const SUPPORT_OF =
  /(\p{Lu}[\p{L}\d]*(?:[ -]\p{Lu}[\p{L}\d]*){0,2})\s+(?:(?:donor|customer|technical|tech|member|user|app|payment|billing|parent)\s+)?(?:support|help ?desk|help ?line|customer (?:service|care)|service desk)\b[^.!?\d]{0,25}$/u;
/** Words that head a help line without naming a party ("Customer Support", "Our helpline"). */
const GENERIC_SUPPORT_NAME =
  /^(?:customer|customers|technical|tech|donor|donors|member|members|parent|parents|student|students|it|our|the|product|sales|general|club|school|office|online|web|phone|telephone|family|families|enquiries|visitor|visitors|community|volunteer|volunteers)$/i;

const BODY_WORDS = new RegExp(
  String.raw`${ORG_WORDS.source}|\b(service|arena|stadium|hall|bank|foodbank|health|hospital|council|authority|agency|office|department|commission|ministry|police|helpline|conference|township|municipality|borough|mairie|gendarmerie|pr[ée]fecture|[ée]cole|coll[èe]ge|lyc[ée]e|communaut[ée] de communes|ayuntamiento|escuela|colegio|rathaus|gemeinde|schule|kita|sas|sasu|sarl|eurl|srl|sprl|bv|nv|ag|oy|aps|asbl|vzw|stichting|vereniging|verein|stiftung|fondation|fundaci[oó]n|fondazione|associazione|asociaci[oó]n|associa[cç][aã]o)\b`,
  'i',
);

export function textRule(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  const walk = walkPage(ctx);
  const others = blocksLinkingOthers(ctx, walk);
  const site = registrable(ctx.host);
  const selfText = squash(
    `${ctx.title} ${ctx.siteName ?? ''} ${mainHeading(ctx.doc)?.textContent ?? ''}`,
  );
  // the page's own names: in its title, site name or heading, or spelling its domain
  const ownNames = (name: string): boolean =>
    selfText.includes(squash(name)) ||
    nameMatchesHost(name, ctx.host) ||
    (!!site && nameSpellsDomain(name, site));
  // a story issued by a named party (a wire's press release) speaks for that party alone, though
  // its title may name a partner too
  const issuer = readHost(ctx).owner;
  const subjectIsOwn = (name: string): boolean =>
    issuer
      ? squash(issuer).includes(squash(name)) || squash(name).includes(squash(issuer))
      : ownNames(name);
  const lines = walk.lines;
  const small = walk.textLength < 6000;
  const countries = regionHints(ctx, lines);
  const phoneSeen = new Set<string>();
  const emailSeen = new Set<string>();
  let scanned = 0;
  let previous = '';
  let previousEl: Element | undefined;
  let linked: Set<string> | undefined;
  // a story issued by or about the page's subject, with its contact (`page-owner.ts`): the
  // story's body is the subject's, not a reporter's sources
  const owned = issuer !== '';
  for (const l of lines) {
    const prev = previous;
    // (the sentence before a number may end the previous line of the same block, at a link)
    const sameBlockPrev = previousEl === l.el ? prev + ' ' : '';
    previous = l.text;
    previousEl = l.el;
    const weakZone = (l.zone & WEAK_ZONES) !== 0 || inSupportBody(ctx, l.el);
    const contactZone = (l.zone & CONTACT_ZONES) !== 0;
    // Footer/address/contact lines are always read (that is where an organisation's details
    // live, and they come last on long pages); other text only up to a budget.
    if (!contactZone) {
      if (scanned > OTHER_TEXT_BUDGET) continue;
      scanned += l.text.length;
    }
    const inArticle = !owned && (l.zone & ARTICLE_ZONE) !== 0;
    const t = l.text;
    // (a legal notice's paragraph on its web host or insurer gives their lines)
    const weak =
      weakZone || ((t.includes('@') || SEVEN_DIGITS.test(t)) && inOtherPartyNotice(l.el));
    if (t.indexOf('@') >= 0 || MAY_OBFUSCATE.test(t)) {
      EMAIL_IN_TEXT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = EMAIL_IN_TEXT.exec(t))) {
        const e = normaliseEmail(m[0]);
        if (!e || emailSeen.has(e)) continue;
        // a linked address run into the words beside it ("Centre d'aide" + "aide@x.fr" +
        // "Service client" as inline links): the link's own address is read from the link
        linked ??= linkedMails(walk);
        if (!linked.has(e) && [...linked].some((a) => e.includes(a))) continue;
        // a staff card's (or a bio's) own address may still be the organisation's further down
        if (isPersonsMailbox(ctx, l.el, e)) {
          out.push({
            field: 'emails',
            value: e,
            source: 'text',
            confidence: CONFIDENCE.personalContact,
          });
          continue;
        }
        emailSeen.add(e);
        out.push({
          field: 'emails',
          value: e,
          source: 'text',
          confidence: weak
            ? CONFIDENCE.emailElsewhere
            : inArticle
              ? CONFIDENCE.emailInArticle
              : CONFIDENCE.email,
        });
      }
      OBFUSCATED.lastIndex = 0;
      while ((m = OBFUSCATED.exec(t))) {
        const whole = m[0];
        // plain " at " needs a " dot " too, or it is ordinary prose
        if (/\s+at\s+/i.test(whole) && !/\bdot\b/i.test(whole)) continue;
        if (!/\bat\b|@|arobase|arroba|chiocciola|ät|aet/i.test(whole)) continue;
        const domain = m[2]!.replace(DOT_SPELLED, '.').replace(/\s+/g, '');
        const e = normaliseEmail(m[1] + '@' + domain);
        if (!e || emailSeen.has(e)) continue;
        if (isPersonsMailbox(ctx, l.el, e)) {
          out.push({
            field: 'emails',
            value: e,
            source: 'text',
            confidence: CONFIDENCE.personalContact,
          });
          continue;
        }
        emailSeen.add(e);
        out.push({
          field: 'emails',
          value: e,
          source: 'text',
          confidence: weak ? CONFIDENCE.emailElsewhere : CONFIDENCE.obfuscatedEmail,
        });
      }
    }
    // seven digits in a row or in groups (French numbers come in pairs: 01 99 00 35 12)
    if (SEVEN_DIGITS.test(t) && !weak && phoneSeen.size < 40) {
      phoneCandidatesInLine(
        t,
        !(small || contactZone),
        countries,
        (v, conf) => {
          const key = v.replace(/\D/g, '');
          if (phoneSeen.has(key)) return;
          if (isPersonalContact(ctx, l.el, 'phones', v)) {
            out.push({
              field: 'phones',
              value: v,
              source: 'text',
              confidence: CONFIDENCE.personalContact,
            });
            return;
          }
          phoneSeen.add(key);
          out.push({
            field: 'phones',
            value: v,
            source: 'text',
            confidence:
              afterOtherOrganisation(l, v, others) ||
              (!contactZone && afterOtherName(l.text, v, ownNames)) ||
              afterProvider(sameBlockPrev + l.text, v, ownNames)
                ? CONFIDENCE.otherOrganisationPhone
                : inArticle
                  ? conf - CONFIDENCE.phoneInArticleDiscount
                  : conf,
          });
        },
        prev,
      );
    }
  }
  // "© 2024 Riverside Literacy Coalition. All rights reserved." names the site's owner.
  let copyrights = 0;
  for (let i = lines.length - 1; i >= 0 && copyrights < 3; i--) {
    const t = lines[i]!.text;
    if (t.length > 300 || !/(©|\(c\)|copyright)/i.test(t)) continue;
    const m =
      /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?(?:by\s+)?(\p{Lu}[^.|·•,©]{1,80}?(?:\s(?:Inc|Ltd|Co|Corp|LLC|GmbH|e\.V|plc|S\.A|Pty)\.?)?)(?=\s*(?:\.|,|\||·|•|-|–|all rights|alle rechte|tous droits|is a|$))/iu.exec(
        t,
      );
    if (!m) continue;
    // "© The Quillmark contributors": a project's people stand for the project
    const name = m[1]!
      .trim()
      .replace(/\s+\d{4}$/, '')
      .replace(PROJECT_PEOPLE, '$1');
    if (name.split(/\s+/).length > 8 || /^(all rights|copyright)/i.test(name)) continue;
    copyrights++;
    out.push({
      field: 'name',
      value: name,
      source: 'text',
      confidence: nameMatchesHost(name, ctx.host)
        ? CONFIDENCE.copyrightMatchingHost
        : CONFIDENCE.copyright,
    });
  }
  // Addresses: in <address>, footers, contact blocks, after an "Address:" label, or anywhere on a small page.
  const addressLines = lines
    // (an <address> element says what it is even inside a footer's <nav> column)
    .filter(
      (l) =>
        !(l.zone & (Z.COMMENT | Z.RELATED | (owned ? 0 : Z.ARTICLE) | Z.AUTHOR)) &&
        (!(l.zone & Z.NAV) || (l.zone & Z.ADDRESS) !== 0),
    )
    .slice(0, 5000);
  const parts = toParts(addressLines);
  const found = findAddresses(parts);
  const siteWide = Z.FOOTER | Z.ADDRESS;
  const placed = found
    .map((f) => {
      const line = lines.find((l) => l.text.includes(parts[f.index]?.text ?? '\u0000'));
      return { f, zone: line?.zone ?? 0, el: line?.el };
    })
    .filter(
      ({ f, zone }) =>
        (small ||
          (zone & (Z.ADDRESS | Z.FOOTER | Z.CONTACT)) !== 0 ||
          f.score >= STRONG_ADDRESS_SCORE) &&
        !yearMenu(f.address),
    );
  // several addresses in the page's body beside one in its footer or <address>: the body lists
  // branches, shops or venues, the site-wide one is the organisation's
  const bodyAddresses = new Set(
    placed
      .filter((p) => !(p.zone & siteWide))
      .map((p) => squash(`${p.f.address.street ?? ''} ${p.f.address.postalCode ?? ''}`)),
  );
  const hasSiteWide = placed.some((p) => p.zone & siteWide);
  const listed = bodyAddresses.size >= 2 && hasSiteWide;
  // an address in the body under an event's date or time is that event's venue
  const underDate = (f: (typeof found)[number]): boolean =>
    parts.slice(Math.max(0, f.index - EVENT_LOOKBACK), f.index).some((p) => isEventWhen(p.text));
  // several different venues, each under its date or in a dated list's row (dated-items.ts): a
  // list of events (an artist's past concerts), whose places are theirs,
  // not the page's subject's
  const venues = new Set(
    placed
      .filter(
        (p) =>
          // (a listing marks each item's place as its location: not the footer's own address)
          !(p.zone & Z.FOOTER) && (underDate(p.f) || inDatedListItem(p.el)),
      )
      .map((p) => venueKey(p.f.address)),
  );
  const eventList = venues.size >= 2;
  for (const { f, zone, el } of placed) {
    // the label is a heading, or a short line of its own ("<b>Head office</b><br>12 …")
    const label = parts[f.index - 1];
    // the two parts before the address (its labels) and the address's own first part
    const lead = parts.slice(Math.max(0, f.index - 2), f.index + 1).map((p) => p.text);
    const labels = lead.slice(0, -1);
    if (labels.some((t) => CUSTOMER_PLACE_LABEL.test(t))) continue;
    // "The school is part of the Calder Valley Learning Trust, a charitable company … Registered
    // office: …": the registered office of the body the site belongs to, not the site's
    if (
      labels.some(
        (t) =>
          (/registered office\s*:?\s*$/i.test(t) && (PARENT_BODY.test(t) || parentsBlock(el))) ||
          OTHER_BODYS_OFFICE.test(t),
      )
    ) {
      // …and the number written on that office's line ("… New Delhi – 110048. Ph: 011-…") is
      // that body's too
      const officeLine = addressLines[parts[f.index]?.line ?? -1]?.text ?? '';
      for (const c of out)
        if (c.field === 'phones' && officeLine.includes(c.value))
          c.confidence = Math.min(c.confidence, CONFIDENCE.otherOrganisationPhone);
      continue;
    }
    // an author's institution under a scholarly article's correspondence or affiliation label
    if (
      lead.some((t) => opensAuthorContact(t)) ||
      opensAuthorContact(lead.join(' ')) ||
      (el && inAuthorContactLine(el))
    )
      continue;
    const head =
      !!label &&
      (label.heading ||
        (label.line !== parts[f.index]?.line &&
          label.text.length <= 40 &&
          !/\d/.test(label.text))) &&
      HEAD_OFFICE.test(label.text);
    // an address in the body right under an event's date or time is the event's venue; beside a
    // site-wide address it ranks like a listed branch
    const venue = !(zone & siteWide) && underDate(f);
    if (eventList && !(zone & Z.FOOTER) && venues.has(venueKey(f.address))) continue;
    // the name written before the address on its line: a supplier's (a legal form, "hosted by")
    // unless the site's own name is there too
    const line = parts[f.index]?.line;
    const named = parts
      .slice(Math.max(0, f.index - 2), f.index)
      .filter((p) => p.line === line && !p.heading)
      .map((p) => p.text);
    const supplier =
      named.some((t) => SUPPLIER_BEFORE.test(t)) &&
      !named.some((t) => t.split(/\s+/).length >= 2 && ownNames(t));
    const conf = Math.min(
      ADDRESS_MAX_CONFIDENCE,
      ADDRESS_BASE_CONFIDENCE -
        (supplier ? OTHER_PARTY_ADDRESS : 0) +
        f.score * ADDRESS_CONFIDENCE_PER_SCORE +
        ((zone & Z.ADDRESS) !== 0 ? ADDRESS_ELEMENT_BONUS : 0) +
        (head ? HEAD_OFFICE_BONUS : 0) -
        (((listed && !(zone & siteWide)) || (venue && hasSiteWide)) && !head
          ? ADDRESS_IN_LIST_DISCOUNT
          : 0),
    );
    out.push({ field: 'address', value: f.address, source: 'text', confidence: conf });
  }
  if (!found.length) {
    for (const l of addressLines) {
      if (l.text.length > 600) continue;
      const prose = proseAddress(l.text);
      if (!prose) continue;
      // "Cybermedia Technologies, Inc. is headquartered in Reston, Virginia": another party's
      // (a partner's boilerplate in a press release), unless the name is the page's own
      const subject = placeSentenceSubject(l.text);
      if (/^\p{Lu}/u.test(subject) && !OWN_SUBJECT.test(subject) && !subjectIsOwn(subject))
        continue;
      out.push({ field: 'address', value: prose, source: 'text', confidence: PROSE_ADDRESS });
      break;
    }
  }
  return out;
}
