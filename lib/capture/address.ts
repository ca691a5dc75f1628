/**
 * Postal address recognition in plain text lines, for US, CA, UK, IE, DE/AT/CH/FR/IT/ES/NL, IN and AU
 * conventions. Works on "parts": lines further split at commas. An address is found around an
 * anchor part (address/anchor.ts) in phases (address/phases.ts); the tables are in data/.
 */
import type { CaptureAddress } from './types';
import { ADDRESS_LABEL } from './data/address-words';
import { parseAnchor, type Anchor } from './address/anchor';
import { BRACKETED_PROVINCE, COUNTY_PREFIXED, PROVINCES, UK_COUNTIES } from './data/regions';
import { STREET_WORD, THOROUGHFARE } from './data/address-words';
import {
  codeAndCountryAfter,
  enoughForWeakAnchor,
  localityAfter,
  localityBefore,
  streetBefore,
  UNIT_LINE,
  type AddrPart,
} from './address/phases';
import {
  hasStreetWord,
  isCountry,
  isCountryCode,
  isRegion,
  looksStreet,
  PLACE_WORDS,
  townWithPlace,
} from './address/words';
import { dropNameBeforeNumber, splitStreetLocality } from './address/street';

export type { AddrPart } from './address/phases';
export { isCountry, isRegion, looksStreet } from './address/words';
export { splitStreetLocality } from './address/street';

/**
 * How strong a found address is; text.ts turns it into a confidence and, at STRONG_ADDRESS_SCORE,
 * trusts an address outside the footer or contact block. The parts add up: a postal-code anchor is
 * the best single sign (a region alone is weak), a street is what makes it a postal address rather
 * than a town, a locality completes it, a country only confirms.
 */
const STRONG_ANCHOR = 2;
const WEAK_ANCHOR = 1;
const WITH_STREET = 2;
const WITH_LOCALITY = 1;
const WITH_COUNTRY = 0.5;
/** A "street" without a house number may be a building or organisation name. */
const STREET_WITHOUT_NUMBER = -0.5;
/** A box is where the post goes, not where the organisation is: beside a street address on the
 * same page, the street address is the one to save. */
const BOX_STREET = -0.25;
const BOX =
  /^(?:p\.?\s?o\.?\s?box|gpo box|box|postbus|postfach|bp|locked bag|private bag|apartado(?: de correos)?)\s+\d/i;
/** A labelled one-line address ("Registered office address: 1 A Street, London") has a label and a
 * numbered street but no postal code: as good as a weak anchor with a street. */
const LABELLED_ONE_LINE = 3;
/** "Location: Valencia, ES": a labelled town, less than a labelled street. */
const LABELLED_TOWN = 2;

/** A street, a four- or five-digit code and a town on one part, no commas. */
const MERGED_EU = /^(.{4,60}?)\s(\d{4,5})\s(\p{Lu}[\p{L}'-]+(?:[ -]\p{L}[\p{L}'-]+){0,3})$/u;

/** ISO codes of countries whose postal codes are bare numbers (DE, AT, CH, FR …). */
const EUROPEAN_ISO = /^(DE|AT|CH|FR|IT|ES|NL|BE|LU|DK|SE|NO|FI|PL|CZ|PT)$/;

/** The start of a sentence that leads into a street: "We're at", "You'll find us on", "Located at",
 * also as the second half of a sentence ("…, but please visit us at"). */
const SENTENCE_BEFORE_STREET =
  /^(?:(?:but|and|or|so|then|otherwise)\s+)?(?:please\s+)?(?:we(?:'|’)re|we are|you(?:'|’)ll find us|find us|located|based|visit us|come and see us|meet us)\b[^0-9]{0,30}?\b(?:at|in|on)\s+/i;
/** The same sentence up to the house number, over a building named on the way ("We are located
 * in the Old Town Hall at 12 Mill Lane"), "Our address is 12 …" and "Our head office is at 12 …". */
const SENTENCE_TO_NUMBER =
  /^(?:(?:but|and|or|so|then|otherwise)\s+)?(?:please\s+)?(?:we(?:'|’)re|we are|you(?:'|’)ll find us|find us|located|based|visit us|come and see us|meet us|we meet|our (?:\w+ )?address|the address|our (?:[\w-]+ ){0,2}(?:office|offices|headquarters|hq|premises|base|building|centre|center|home))\b[^0-9]{0,60}?\b(?:at|in|on|is)\s+(?=\d)/i;

/** "Make checks payable to … and mail to PO Box 1187", "Send your form to us at PO Box 9": where
 * to post something, up to the box. */
const SENTENCE_TO_BOX =
  /^.{0,120}?\b(?:mail|send|post|write|return|forward)\b[^.]{0,60}?\bto(?:\s+us)?(?:\s+at)?:?\s+(?=(?:p\.?\s?o\.?\s?box|gpo box|box|postbus|postfach|locked bag|private bag)\s+\d)/i;

/** The end of a numberless street run in after a name: "… The Street", "… Mill Lane". */
const NUMBERLESS_STREET_END =
  /(?:^|\s)((?:The\s+)?\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}.]*|The\s+\p{Lu}[\p{L}]*)$/u;

/** Words after a street that continue it or name a site, not a village: "King Street West",
 * "Mill Lane Business Park". */
const NOT_A_VILLAGE =
  /\b(north|south|east|west|upper|lower|extension|park|estate|centre|center|house|hall|building|campus|complex|mall|arcade|yard|works|industrial|business|trading|retail|enterprise|suite|unit|floor|level)\b/i;

/** A line that ends in a kind of body: a school, church, club or centre named after its street. */
const NAMED_BODY =
  /\b(school|academy|college|nursery|pre-?school|church|chapel|library|centre|center|club|surgery|hospice|hospital|museum|society|association|trust|council|institute|N\.?S)\.?$/i;

/** A short label of words before the street on its line: "Mailing:", "Clubrooms:", "Studio:". */
const LABEL_BEFORE_STREET = /^\p{L}[\p{L} '’-]{1,24}:\s*(?=\S)/u;

/** Pictographs, dingbats and technical symbols (📍 ☎ ✉ ⌂) used as icons before a field. */
const ICON_CHAR = /(?![©®™])[\p{Extended_Pictographic}\u2300-\u23ff\u2600-\u27bf]/u;
const ICON_CHARS = /(?![©®™])[\p{Extended_Pictographic}\u2300-\u23ff\u2600-\u27bf]\ufe0f?/gu;

/** A phone or e-mail label, with what it labels, after other text on the line. */
const CONTACT_LABEL_AFTER =
  /(?<=\S)\s+((?:tel(?:ephone)?|phone|ph|t[ée]l|telefon|mobile|fax|e-?mail)\.?\s*:?\s*(?=[+(\d]|[\w.+-]+@))/gi;

/** A field's label on its own ("Postcode", "Plaats", "City:" in a form-like table): not a place. */
const FIELD_LABEL =
  /^(?:post(?:al)?\s?code|zip(?:\s?code)?|eircode|plz|code postal|postleitzahl|ort|plaats|woonplaats|city|town|stadt|ville|state|province|provincie|county|country|land|pays|street|stra(?:ß|ss)e|straat|adres|huisnummer|hausnummer)\s*:?$/i;

/** Where a line splits into parts: commas and the like, dashes, a hyphen before a number. */
const SEPARATORS = /\s*[,;·|•]\s*|\s+[–—]\s+|\s+-\s+(?=\d)(?!\d{6}\b)/u;
/** On a short line with a street word, also a hyphen after a number and a full stop after a
 * code; elsewhere (scores, dates, prose) these would only multiply the parts. */
const SHORT_LINE = 300;
const ADDRESS_LINE_SEPARATORS =
  /\s*[,;·|•]\s*|\s+[–—]\s+|\s+-\s+(?=\d)(?!\d{6}\b)|\s+-\s+(?<=\d[^,;·|•]{0,60}\s+-\s+)(?=[\p{Lu}(+])|(?<=\d[A-Z]{0,2})\.\s+(?=\p{Lu}\p{Ll})/u;

/** "12 - 14 Mill Lane": two house numbers joined by a spaced dash before the street's name. */
const NUMBER_RANGE = /(?<![\d,.])\b(\d{1,4}[a-z]?)\s+[-–]\s+(\d{1,4}[a-z]?)(?=\s+\p{Lu}\p{Ll})/gu;
/** "47300 - Peñafiel": a European postal code and its town joined by a spaced dash, one field
 * (a year and a word after it, "2016 – Present", are not). */
const CODE_DASH_TOWN = /(?<![\d,.-])\b(?!(?:19|20)\d\d\b)(\d{4,5})\s+[-–]\s+(?=\p{Lu}\p{Ll})/gu;

/** Welsh and Irish words for a street ("Heol y Capel", "Bóthar na Trá"), read only where a
 * village follows the street: as street words everywhere they would also cut a building's name
 * off the street before them. */
const CELTIC_STREET = /^(?:heol|ffordd|stryd|lôn|rhodfa|b[óo]thar|sr[áa]id)\s/i;

/** "P.O. Box 2218–40100, Kisumu": a box number, a dash and the postal code, then the town. */
const BOX_DASH_CODE =
  /(\bP\.?\s?O\.?\s?Box\s+\d+)\s*[-–]\s*(\d{5}),\s*(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)/u;
/** "Gurugram, Haryana – 122011", "New Delhi - 110048": an Indian PIN after its town or state and a
 * spaced dash, one field. */
const TOWN_DASH_PIN = /(\p{L})\s+[-–]\s+(\d{6}|\d{3}\s\d{3})(?!\d)/gu;

/** A map link written after an address: "Get directions", "View on Google Maps", "(Map)". */
const MAP_LINK =
  /\s*[([]?\b(?:(?:get|view|see|show|open)\s+(?:directions|(?:on\s+|in\s+)?(?:(?:google|apple)\s+)?maps?)|directions|map)\b[)\]]?\s*$/i;

/** A bracketed remark with directions or opening times. */
const BRACKETED_REMARK =
  /\s*\((?=[^()]*\b(?:entrance|entry|enter|access|behind|opposite|next to|near|across|corner|rear|back of|parking|car park|gate|open|opening|hours|closed|daily|upstairs|downstairs|above|below|beside|off|via|through|entr[ée]e|acc[eè]s|derri[eè]re|en face|porte|cour|eingang|zugang|hinter|gegen[uü]ber|hof|ingresso|accesso|dietro|di fronte|entrada|acceso|detr[aá]s|enfrente|ingang|achter|tegenover|ing[aå]ng|indgang|inngang)\b)[^()]*\)/gi;

/** An address field's label alone on its line, as a definition list or a table writes it. */
const ADDRESS_LABEL_LINE =
  /^(?:(?:postal |mailing |street |visiting |school |office )?address|adresse|anschrift|indirizzo|direcci[oó]n|adres|bezoekadres|postadres|location)\s*:?$/i;

/** A field's label with its value after it on the same part ("Town: Ware", "Zip: 06355"). */
const FIELD_LABEL_BEFORE_VALUE =
  /^(?:post(?:al)?\s?code|zip(?:\s?code)?|eircode|plz|code postal|postleitzahl|ort|plaats|woonplaats|city|town|stadt|ville|state|province|provincie|county|country|land|pays|street|stra(?:ß|ss)e|straat|adres|huisnummer|hausnummer)\s*:\s*(?=\S)/i;

/** Score at or above which an address is trusted wherever on the page it is. */
export const STRONG_ADDRESS_SCORE = 4;

export interface FoundAddress {
  address: CaptureAddress;
  score: number;
  /** Index of the first part the address uses. */
  index: number;
}

/** Split lines into comma parts, keeping line numbers. */
export function toParts(lines: { text: string; heading: boolean }[]): AddrPart[] {
  const parts: AddrPart[] = [];
  lines.forEach((l, i) => {
    let t = l.text;
    // icons written as characters ("📍 12 Elm Road ☎ 0113 …") separate the parts they stand before
    if (ICON_CHAR.test(t)) t = t.replace(ICON_CHARS, ' · ').trim();
    // "… CT 06355 Get directions": a map link's words after the address
    if (MAP_LINK.test(t)) t = t.replace(MAP_LINK, ' · ').trim();
    // "… Leeds LS6 2AB Tel: 0113 …": a contact label after the address starts another field
    if (CONTACT_LABEL_AFTER.test(t)) t = t.replace(CONTACT_LABEL_AFTER, ' · $1');
    // "88 Maple Avenue (entrance on Oak St.)", "(gate open 7 days, dawn to dusk)": a remark in
    // brackets on how to get in or when is not part of the address
    if (t.includes('(')) t = t.replace(BRACKETED_REMARK, '');
    // a field's label on a line of its own ("Address" in a <dt>): a heading, so the street walk
    // stops there and the fields above it (an age range, a status) are not read as streets
    if (ADDRESS_LABEL_LINE.test(t)) {
      parts.push({ text: t.replace(/\s*:?\s*$/, '') + ':', heading: true, line: i });
      return;
    }
    const lab = ADDRESS_LABEL.exec(t);
    if (lab) {
      parts.push({ text: lab[1]! + ':', heading: true, line: i });
      t = t.slice(lab[0].length);
    }
    // "12 - 14 Mill Lane": a range of house numbers, not two fields
    // "P.O. Box 2218–40100, Kisumu": a Kenyan box and its postal code before the town
    if (BOX_DASH_CODE.test(t)) t = t.replace(BOX_DASH_CODE, '$1, $2 $3');
    if (t.includes(' - ') || t.includes(' – '))
      t = t
        .replace(NUMBER_RANGE, '$1-$2')
        .replace(CODE_DASH_TOWN, '$1 ')
        .replace(TOWN_DASH_PIN, '$1 $2');
    // a spaced hyphen before a number, or after a numbered street, separates fields too ("Grace
    // Church - 400 Main St - Franklin, TN …"); between words it may be part of a name. A sentence
    // ends after a code or number ("… Ware SG11 2AB. Registered charity …")
    const addressLike = t.length <= SHORT_LINE && STREET_WORD.test(t);
    for (const raw of t.split(addressLike ? ADDRESS_LINE_SEPARATORS : SEPARATORS)) {
      // a sentence's full stop after a code or number ("Leeds LS6 2AB. Tel …") is not part of it
      // "Town: Ware", "Postcode: SG11 2AB": a form's field label before its value
      const text = raw
        .trim()
        .replace(/(?<=\d|\d[A-Z]{2})\.$/, '')
        .replace(FIELD_LABEL_BEFORE_VALUE, '');
      if (!text || FIELD_LABEL.test(text)) continue;
      // "Ware SG11 2AB 01920 555123": a phone or e-mail run into the end of the address
      const tail = contactAfterAnchor(text);
      if (tail) {
        parts.push({ text: tail[0], heading: l.heading, line: i });
        parts.push({ text: tail[1], heading: l.heading, line: i });
        continue;
      }
      // "12 Rue Victor Hugo 75001 Paris": a street run into a European code and town
      const m = MERGED_EU.exec(text);
      if (m && STREET_WORD.test(m[1]!) && /\d/.test(m[1]!) && !/^(19|20)\d\d$/.test(m[2]!)) {
        parts.push({ text: m[1]!, heading: l.heading, line: i });
        parts.push({ text: `${m[2]} ${m[3]}`, heading: l.heading, line: i });
      } else parts.push({ text, heading: l.heading, line: i });
    }
  });
  return parts;
}

/** A phone number as written after an address, with eight digits or more. */
const PHONE_TAIL = /^(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)|\d{2,5})(?:[\s./-]?\d{2,4}){1,3}$/;

/** "Ware SG11 2AB 01920 555123", "CT 06355 (860) 555-0144", "… NSW 2780 info@…": the address's
 * last part with a phone or e-mail run into it, split where what comes before is a whole anchor. */
function contactAfterAnchor(text: string): [string, string] | undefined {
  if (text.length > 90) return undefined;
  const email = text.includes('@');
  if (!email && (text.match(/\d/g)?.length ?? 0) < 12) return undefined;
  for (let k = text.indexOf(' '); k > 0; k = text.indexOf(' ', k + 1)) {
    const tail = text.slice(k + 1);
    const ok = email
      ? /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(tail)
      : PHONE_TAIL.test(tail) && (tail.match(/\d/g)?.length ?? 0) >= 8;
    if (ok && parseAnchor(text.slice(0, k))?.strong) return [text.slice(0, k), tail];
  }
  return undefined;
}

/**
 * Find addresses in parts; returns each with a strength score. Works on its own copy of `parts`:
 * reading a locality off a street part shortens that part for the rest of the search, and the
 * caller's parts (which it uses to find an address's line) stay as they were.
 */
export function findAddresses(input: readonly AddrPart[]): FoundAddress[] {
  const parts = [...input];
  const out: FoundAddress[] = [];
  for (let i = 0; i < parts.length; i++) {
    const found = addressAt(parts, i);
    if (!found) continue;
    out.push(found.address);
    i = found.last;
  }
  // "Church Road, Ballymahon, Co. Longford / Eircode: N39 F6X2": the county read first as a weak
  // anchor, then the code after it; the fuller reading of the same lines stands
  for (let k = out.length - 1; k > 0; k--)
    if (out[k]!.index === out[k - 1]!.index && out[k]!.score > out[k - 1]!.score)
      out.splice(k - 1, 1);
  if (!out.length) {
    const labelled = labelledOneLine(parts);
    if (labelled) out.push(labelled);
  }
  return out;
}

/** The address anchored at part `i`, and the index of its last part. */
function addressAt(
  parts: AddrPart[],
  i: number,
): { address: FoundAddress; last: number } | undefined {
  const part = parts[i]!;
  if (part.heading) return undefined;
  const parsed = parseAnchor(part.text);
  if (!parsed) return undefined;
  const a = withRegionOutOfLocality(parsed);
  // "1420 Harbor Blvd Suite 200 Oakland CA 94607": the street written into the town's part
  let inlineStreet = '';
  if (a.locality && /\d/.test(a.locality)) {
    const split = splitStreetLocality(a.locality);
    if (split) {
      inlineStreet = split[0];
      a.locality = split[1];
    }
  } else if (a.locality && a.locality.split(' ').length >= 5 && THOROUGHFARE.test(a.locality)) {
    // "Little Snoring Village Hall The Street Little Snoring Fakenham NR21 0HU": a name, a
    // numberless street and the town on one line without commas; the street is its last words
    // ("The Street", "Mill Lane") and the town what follows it
    const split = splitStreetLocality(a.locality);
    const street = split && NUMBERLESS_STREET_END.exec(split[0]);
    if (split && street) {
      inlineStreet = street[1]!;
      a.locality = split[1];
    }
  }
  const addr: CaptureAddress = {};
  if (a.postalCode) addr.postalCode = a.postalCode;
  if (a.region) addr.region = a.region;
  if (a.locality) addr.locality = a.locality;
  let streetEnd = i - 1;
  let codeFirst = false;
  let last = i;
  if (a.localityAfter) {
    const after = localityAfter(parts, i, addr);
    if (after !== undefined) last = after;
    else {
      // one field a line, town before code: "Elbchaussee 112 / Hamburg / 22763 / DE"
      const town = parts[i - 1];
      const street = parts[i - 2];
      if (
        !town ||
        !street ||
        town.heading ||
        !PLACE_WORDS.test(town.text) ||
        STREET_WORD.test(town.text) ||
        isCountry(town.text) ||
        !/\d/.test(street.text) ||
        !looksStreet(street.text) ||
        /^(19|20)\d\d$/.test(part.text)
      )
        return undefined;
      addr.locality = town.text;
      streetEnd = i - 2;
      codeFirst = true;
    }
  } else if (a.needLocalityBefore || (!a.locality && a.postalCode)) {
    const before = localityBefore(parts, i, addr);
    if (before === undefined) return undefined;
    streetEnd = before;
  }
  if (a.country) addr.country = a.country;
  last = codeAndCountryAfter(parts, last, addr);
  // after a European code a two-letter part is a country ("DE"), not a US state
  if (codeFirst && addr.region && !addr.country && EUROPEAN_ISO.test(addr.region)) {
    addr.country = addr.region;
    delete addr.region;
  }
  const { street, first } = inlineStreet
    ? { street: [inlineStreet], first: i }
    : streetBefore(parts, streetEnd);
  // "12 High St, Hartley, Bristol BS8 4AB": a village written between the street and the post
  // town is a locality, not part of the street
  const lastStreet = street[street.length - 1];
  if (
    lastStreet &&
    street.length >= 2 &&
    PLACE_WORDS.test(lastStreet) &&
    !hasStreetWord(lastStreet) &&
    // ("…, bureau 12": a unit, not a district like "Dublin 12")
    !UNIT_LINE.test(lastStreet) &&
    (THOROUGHFARE.test(street[street.length - 2]!) ||
      CELTIC_STREET.test(street[street.length - 2]!) ||
      /^The (?:Green|Street|Square|Causeway|Strand|Common|Hill|Parade|Crescent|Avenue|Drive|Close|Croft|Mall|Terrace|Row|Walk|Lane|Quay|Wharf)$/.test(
        street[street.length - 2]!,
      ))
  ) {
    street.pop();
    addr.locality ??= lastStreet;
  }
  // "2 Church Street Great Bardfield / Braintree CM7 4SA": the village written on the street's
  // line after the street, before the post town
  const end = street.length - 1;
  if (end >= 0 && addr.locality && /\d/.test(street[end]!)) {
    const split = splitStreetLocality(street[end]!);
    if (
      split &&
      // a number, a name and the street type last ("2 Church Street"), not a type that comes
      // before the name ("102 rue Oberkampf")
      /^\d\S*\s+\S.*\s\S+$/.test(split[0]) &&
      THOROUGHFARE.test(split[0].split(' ').pop()!) &&
      !NOT_A_VILLAGE.test(split[1]) &&
      split[1].split(' ').length <= 3 &&
      split[1].toLowerCase() !== addr.locality.toLowerCase()
    )
      street[end] = split[0];
  }
  // a building or organisation line before the street ("Scoil Bhríde N.S., Church Road") is not
  // part of it
  if (
    street.length >= 2 &&
    !/\d/.test(street[0]!) &&
    // ("Elm Road Primary School" is a name even with a street word in it)
    (!hasStreetWord(street[0]!) || NAMED_BODY.test(street[0]!)) &&
    !/^(c\/[-o]|care of)\s/i.test(street[0]!) &&
    THOROUGHFARE.test(street[1]!)
  )
    street.shift();
  // "We're at Shop 2/45 High Street": the sentence around the street is not part of it; nor is a
  // name run into it ("Riverside Library 12 Mill Lane"), nor a short label ("Mailing: PO Box 9")
  if (street.length)
    street[0] = dropNameBeforeNumber(
      street[0]!
        .replace(
          SENTENCE_TO_NUMBER.test(street[0]!) ? SENTENCE_TO_NUMBER : SENTENCE_BEFORE_STREET,
          '',
        )
        .replace(LABEL_BEFORE_STREET, '')
        .replace(SENTENCE_TO_BOX, ''),
    );
  if (street.length && street[0]) addr.street = street.join(', ');
  if (!enoughForWeakAnchor(a, street)) return undefined;
  let score =
    (a.strong ? STRONG_ANCHOR : WEAK_ANCHOR) +
    (addr.street ? WITH_STREET : 0) +
    (addr.locality ? WITH_LOCALITY : 0) +
    (addr.country ? WITH_COUNTRY : 0);
  if (addr.street && !/\d/.test(addr.street)) score += STREET_WITHOUT_NUMBER;
  if (addr.street && BOX.test(addr.street)) score += BOX_STREET;
  return { address: { address: addr, score, index: first }, last };
}

/**
 * A county or province read as the anchor's town is the region, and the town is the part before:
 * "Co. Kildare W91 X2K4", "Tyne and Wear NE9 6DX", "Chinchón (Madrid)" → town Chinchón, region Madrid.
 */
function withRegionOutOfLocality(a: Anchor): Anchor {
  const loc = a.locality;
  if (!loc || a.region) return a;
  // "75001 Paris France": a country run into the town
  const words = loc.split(/\s+/);
  for (let k = 1; k < words.length && k <= 3; k++) {
    const tail = words.slice(-k).join(' ');
    if (!a.country && isCountry(tail))
      return { ...a, locality: words.slice(0, -k).join(' '), country: tail };
    // "12 Mill Lane Ware Hertfordshire SG11 2AB": a county run into the town
    if (UK_COUNTIES.has(tail.toLowerCase()))
      return { ...a, locality: words.slice(0, -k).join(' '), region: tail };
    // "45 Bridge Street Westport Co. Mayo F28 X2K4": an Irish county run into the town
    if (COUNTY_PREFIXED.test(tail))
      return { ...a, locality: words.slice(0, -k).join(' '), region: tail };
  }
  // "00184 Roma RM": an Italian province code after the town
  const it = /^(.+?)\s+([A-Z]{2})$/.exec(loc);
  if (it && /^\d{5}$/.test(a.postalCode ?? '')) return { ...a, locality: it[1]!, region: it[2]! };
  const b = BRACKETED_PROVINCE.exec(loc);
  if (b && (b[2]!.length === 2 || PROVINCES.has(b[2]!.toLowerCase()) || isRegion(b[2]!)))
    return { ...a, locality: b[1]!.trim(), region: b[2]! };
  if (COUNTY_PREFIXED.test(loc) || UK_COUNTIES.has(loc.toLowerCase()))
    return { ...a, locality: undefined, region: loc, needLocalityBefore: true };
  return a;
}

/** A labelled line that is only "Town, Country" or "Town, ST": the town and where it is. */
function townAndPlace(same: readonly AddrPart[]): CaptureAddress | undefined {
  if (same.length !== 2) return undefined;
  const [town, where] = [same[0]!.text, same[1]!.text];
  if (/\d/.test(town) || !/^\p{Lu}/u.test(town) || !PLACE_WORDS.test(town)) return undefined;
  if (isCountryCode(where)) return { locality: town, country: where };
  return townWithPlace(town, where);
}

/** "Registered office address: 1 A Street, London" — a labelled one-line address without a code. */
function labelledOneLine(parts: readonly AddrPart[]): FoundAddress | undefined {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.heading || !p.text.endsWith(':') || !ADDRESS_LABEL.test(p.text + ' ')) continue;
    const same = parts.slice(i + 1).filter((x) => x.line === p.line && !x.heading);
    // "Location: Valencia, ES", "Address: Fouilloy, France": a town and its country or state
    const town = townAndPlace(same);
    if (town) return { address: town, score: LABELLED_TOWN, index: i + 1 };
    if (same.length < 2 || !/^\d/.test(same[0]!.text)) continue;
    const addr: CaptureAddress = { street: same[0]!.text };
    const rest = same.slice(1);
    const lastPart = rest[rest.length - 1]!;
    if (isCountry(lastPart.text) && rest.length > 1) {
      addr.country = lastPart.text;
      rest.pop();
    }
    addr.locality = rest[rest.length - 1]!.text;
    return { address: addr, score: LABELLED_ONE_LINE, index: i + 1 };
  }
  return undefined;
}

/** Parse an address written on one line or a few lines; undefined when nothing is recognised. */
export function parseAddressText(text: string): CaptureAddress | undefined {
  const lines = text
    .split(/\n+/)
    .map((t) => ({ text: t.trim(), heading: false }))
    .filter((l) => l.text);
  const found = findAddresses(toParts(lines));
  return found[0]?.address;
}
