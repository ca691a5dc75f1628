/**
 * The phases of reading one address around its anchor part (see findAddresses): the locality
 * after or before the anchor, a postal code, region or country after it, and the street before it.
 * Each phase reads `parts`; only `localityBefore` writes, into the working copy findAddresses owns.
 */
import type { CaptureAddress } from '../types';
import { MONTH_NAME, STOP_PART, STREET_WORD, THOROUGHFARE } from '../data/address-words';
import { parseAnchor, type Anchor } from './anchor';
import { splitStreetLocality } from './street';
import { isCountry, isRegion, looksStreet, PLACE_WORDS, readsAsPlace } from './words';

export interface AddrPart {
  text: string;
  /** the part starts a new line / block; headings stop the street walk */
  heading: boolean;
  line: number;
}

/** European "6020 / Innsbruck [/ Tyrol]": the town follows a bare postal code. Returns the index of
 * the last part used, or undefined when this is no address (a date, a lone number). */
export function localityAfter(
  parts: readonly AddrPart[],
  i: number,
  addr: CaptureAddress,
): number | undefined {
  const next = parts[i + 1];
  const prev = parts[i - 1];
  if (!next || !prev || !readsAsPlace(next.text) || !looksStreet(prev.text) || isCountry(next.text))
    return undefined;
  if (MONTH_NAME.test(prev.text) || /^(19|20)\d\d$/.test(parts[i]!.text)) return undefined;
  addr.locality = next.text;
  const n2 = parts[i + 2];
  if (n2 && !n2.heading && isRegion(n2.text)) {
    addr.region = n2.text;
    return i + 2;
  }
  if (
    n2 &&
    !n2.heading &&
    /^\p{L}[\p{L} .'-]{1,30}$/u.test(n2.text) &&
    parts[i + 3] &&
    isCountry(parts[i + 3]!.text)
  ) {
    addr.region = n2.text;
    return i + 2;
  }
  return i + 1;
}

/**
 * "Portland, OR 97211" split over parts, or "… Suite 207 San Francisco, CA 94107": walk back from
 * the anchor over a country and a region to the locality. When the locality shares its part with
 * the street, that part in `parts` is cut down to the street. Returns the index the street walk
 * starts from (the anchor's index - 1 less the parts used), or undefined when no locality is found.
 */
export function localityBefore(
  parts: AddrPart[],
  i: number,
  addr: CaptureAddress,
): number | undefined {
  let j = i - 1;
  const before: string[] = [];
  while (j >= 0 && before.length < 3 && !parts[j]!.heading) {
    const t = parts[j]!.text;
    if (!addr.country && isCountry(t) && before.length === 0) {
      addr.country = t;
      j--;
      continue;
    }
    if (isRegion(t) && !(PLACE_WORDS.test(t) && t.length > 3 && addr.region)) {
      // a region (or the state's code repeated beside its name: "Columbus, OH, …, Ohio 43207")
      addr.region ??= t;
      j--;
      continue;
    }
    if (PLACE_WORDS.test(t) && !STREET_WORD.test(t)) {
      addr.locality = t;
      j--;
    } else {
      const split = splitStreetLocality(t);
      if (split) {
        addr.locality = split[1];
        parts[j] = { ...parts[j]!, text: split[0] };
      }
    }
    break;
  }
  return addr.locality ? j : undefined;
}

/** A Canadian postal code ("K1P 5W1"). */
const CA_CODE = /^[A-Z]\d[A-Z]\s?\d[A-Z]\d$/;

/** "CA, 94086" and "…, Oregon, USA": a bare code, a region or a country on the following parts.
 * Returns the index of the last part used. */
export function codeAndCountryAfter(
  parts: readonly AddrPart[],
  last: number,
  addr: CaptureAddress,
): number {
  if (
    !addr.postalCode &&
    parts[last + 1] &&
    /^(\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/.test(parts[last + 1]!.text)
  ) {
    addr.postalCode = parts[last + 1]!.text;
    last++;
  }
  for (let k = last + 1; k <= last + 2 && k < parts.length; k++) {
    const t = parts[k]!.text;
    if (parts[k]!.heading) break;
    // ("CA" after a Canadian postal code is Canada, not California)
    if (!addr.country && (isCountry(t) || (t === 'CA' && CA_CODE.test(addr.postalCode ?? '')))) {
      addr.country = t;
      last = k;
      break;
    }
    if (!addr.region && isRegion(t) && k === last + 1) {
      addr.region = t;
      last = k;
      continue;
    }
    break;
  }
  return last;
}

/** "Building C", "Block B2", "Wing A", "Tower 2": a building named by a letter within a site. */
const BUILDING_LETTER = /^(?:building|bldg\.?|block|wing|tower|pavilion)\s+[A-Z]{1,2}\d?$/i;

/** A line that is only a unit within a building: "12th Floor", "Suite 200", "Unit 4", and in
 * French, Spanish, Italian, German and Dutch ("bureau 200", "local 3", "oficina 4", "interno 5"). */
export const UNIT_LINE =
  /^(?:(?:suite|ste\.?|unit|floor|fl\.?|level|room|rm\.?|apt\.?|flat|shop|office|bureau|local|app\.?|appartement|oficina|despacho|interno|int\.|b[üu]ro|kantoor)\s+\w(?:[\w.-]{0,4}\w)?|\d{1,2}(?:st|nd|rd|th)\s+floor|(?:ground|first|second|third|top)\s+floor)$/i;

/** A building's name: "Hadley Building", "Fry House", "Arts Centre", "Tower B". */
const BUILDING_NAME =
  /^\p{Lu}[\p{L}'’. -]{0,40}\s(?:building|bldg\.?|house|hall|centre|center|tower|wing|block|pavilion|annexe?|court|laborator(?:y|ies)|institute)$/iu;

export const TIME_PART = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s*[ap]\.?m\b/i;

/** Directions ("Entrance via …", "Parking behind …") or opening times ("Open Tue–Sat 10–4"). */
const DIRECTIONS_OR_HOURS =
  /^(?:(?:main|rear|side|front|back|public|disabled|wheelchair|step-free)\s+)?(?:entrance|entry|enter|access|parking|car park|behind|opposite|next to|across from|beside|around the corner|use the|go through|open|opening|hours|closed)\b(?!\s+(?:house|court|building|centre|center|hall)\b)/i;

/** A part that ends in a legal form ("TSV Cappel 1908 e.V.", "Harbour Rowing Club 1898 Ltd"). */
const ENDS_IN_LEGAL_FORM =
  /\s(?:e\.\s?V\.?|g?GmbH|gAG|AG|UG|KG|Ltd\.?|Limited|Inc\.?|LLC|CIC|CLG|plc|SARL|SAS|S\.L\.|S\.A\.|B\.V\.|vzw|asbl)$/u;

/** A sentence: five words or more, two of them in lower case, ending in a full stop, ! or ?. */
const SENTENCE = /^(?=(?:\S+\s+){4,}\S+$)(?=(?:.*?\s\p{Ll}{3,}){2}).*[^\s.]{2}[.!?]$/u;

/** A note on how to get there: minutes from somewhere, a walk or drive from it, a bus route. */
const TRAVEL_NOTE =
  /\b\d+\s*(?:mins?|minutes?)\b|\b(?:walk|drive|ride)\s+(?:from|to)\b|\b(?:bus(?:es)?|trams?|trains?)\s+(?:routes?|stops?|numbers?|services?|lines?)\b|\bstops?\s+(?:outside|nearby|opposite)\b|\bsat ?nav\b/i;

/** The part is a whole line of its own. */
function wholeLine(parts: readonly AddrPart[], k: number): boolean {
  const line = parts[k]!.line;
  return parts[k - 1]?.line !== line && parts[k + 1]?.line !== line;
}

/** Up to four street parts ending at `from`, walking back; `first` is the first part used. */
export function streetBefore(
  parts: readonly AddrPart[],
  from: number,
): { street: string[]; first: number } {
  const street: string[] = [];
  let digits = false;
  let k = from;
  while (k >= 0 && street.length < 4) {
    const p = parts[k]!;
    const t = p.text;
    // a line of directions or opening times between the street and the town ("Entrance via the
    // car park on Tudor Way", "Open Tue–Sat 10–4") is skipped; elsewhere it ends the street
    if (!street.length && !p.heading && wholeLine(parts, k) && DIRECTIONS_OR_HOURS.test(t)) {
      k--;
      continue;
    }
    if (p.heading || t.endsWith(':') || t.length > 70 || STOP_PART.test(t)) break;
    if (DIRECTIONS_OR_HOURS.test(t)) break;
    // "5 mins walk from the station", "Bus routes 2, 7 and 15 stop outside": a travel note, whose
    // numbers are no house number
    if (TRAVEL_NOTE.test(t)) break;
    // a time or a dated line ("7:30pm", "Friday 12 March 2027") is an event's, not a street
    // ("Room 3.04" is a room, not a time)
    if (
      (TIME_PART.test(t) && !UNIT_LINE.test(t)) ||
      (MONTH_NAME.test(t) && /\b(19|20)\d\d\b/.test(t)) ||
      // "June 25th" before ", 2012": a byline's date split at its comma
      (MONTH_NAME.test(t) && /\b\d{1,2}(?:st|nd|rd|th)\b/i.test(t)) ||
      // its year and the word after it ("2012 by")
      /^(?:19|20)\d\d\s+\p{Ll}+$/u.test(t) ||
      // "January 20" before ", 1968", and a date written the ISO way ("2014-12-01")
      (MONTH_NAME.test(t) && /^\p{L}+\.?\s\d{1,2}$/u.test(t)) ||
      /^(?:19|20)\d\d-\d\d-\d\d\b/.test(t)
    )
      break;
    if (parseAnchor(t)?.strong) break;
    // "TSV Cappel 1908 e.V. · Am Sportplatz 3": a name ending in its legal form is the
    // organisation's, whatever digits (a founding year) it holds; the street starts after it
    if (street.length && ENDS_IN_LEGAL_FORM.test(t)) break;
    // "Training on Tuesdays from 7pm.": a sentence of prose is not a line of the street
    if (street.length && SENTENCE.test(t)) break;
    // "…for carers, with a lunch club from Room 4": a comma part in lower case is the tail of a
    // sentence, unless a street's type starts it ("rue des Écoles 5", "via Roma 3", "c/o …")
    if (
      street.length &&
      /^\p{Ll}/u.test(t) &&
      !STREET_WORD.test(t.split(/\s/)[0]!) &&
      !/^c\/\s?o?\b/.test(t)
    )
      break;
    const hasDigit = /\d/.test(t);
    // "Carrer de Verdi, 12", "C/ Mayor, 14, 2º B", "C/ Bodegas Protos, 24-28": the house number
    // (or numbers) follows the street's name
    const numberAfter =
      !hasDigit &&
      /^\d{1,4}[a-z]?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?$|^s\/n$/i.test(street[0] ?? '') &&
      THOROUGHFARE.test(t);
    if (numberAfter) {
      street.unshift(t);
      k--;
      break;
    }
    // "2210 E Speedway Blvd / Building C, Suite 140": a building or wing named by a letter sits
    // between the street and the suite
    // "One Liberty Plaza / 12th Floor", "Mill Lane / Unit 4": a street without a number before
    // the unit line that carries the only digits
    const unitOnly = street.length > 0 && !street.some((x) => THOROUGHFARE.test(x));
    // "Hadley Building / Room G.21 / Queen's Road": a room or suite line between a building and a
    // street without a number holds the only digits; the building above it is part of the address
    if (
      !hasDigit &&
      street.length >= 2 &&
      UNIT_LINE.test(street[0]!) &&
      !street.slice(1).some((x) => /\d/.test(x)) &&
      BUILDING_NAME.test(t)
    ) {
      street.unshift(t);
      k--;
      break;
    }
    if (
      !hasDigit &&
      digits &&
      !(unitOnly && BUILDING_LETTER.test(t)) &&
      !(unitOnly && UNIT_LINE.test(street[0]!) && THOROUGHFARE.test(t))
    )
      break;
    // "Unit 3B, Block C, Ballymount Industrial Estate, Walkinstown": a lettered block above an
    // estate and a suburb is still the address
    if (!hasDigit && street.length >= 2 && !(BUILDING_LETTER.test(t) && street.length < 3)) break;
    // a line of plain words right before a street line is usually the entity's name
    if (
      !hasDigit &&
      street.length &&
      !STREET_WORD.test(t) &&
      parts[k]!.line !== parts[k + 1]!.line &&
      /\d/.test(street[0]!)
    )
      break;
    street.unshift(t);
    if (hasDigit) digits = true;
    k--;
  }
  // Drop a leading plain-word part that is the entity/org line when a numbered street follows.
  if (
    street.length >= 2 &&
    !/\d/.test(street[0]!) &&
    /\d/.test(street[1]!) &&
    !STREET_WORD.test(street[0]!)
  ) {
    street.shift();
    return { street, first: k + 2 };
  }
  return { street, first: k + 1 };
}

/** A weak anchor (no postal code) counts only with a street before it that looks like one. */
export function enoughForWeakAnchor(anchor: Anchor, street: string[]): boolean {
  return anchor.strong || (street.length > 0 && looksStreet(street[street.length - 1]!));
}
