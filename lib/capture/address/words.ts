/** Is this part of an address a country, a region, a street? */
import type { CaptureAddress } from '../types';
import { COUNTRY_NAMES } from '../data/countries';
import { COUNTY_PREFIXED, REGION_NAMES, STATE_CODES } from '../data/regions';
import { STREET_WORD } from '../data/address-words';

export function isCountry(s: string): boolean {
  const t = s.trim().toLowerCase().replace(/\s+/g, ' ');
  return COUNTRY_NAMES.has(t) || englishCountryNames().has(t);
}

let englishNames: Set<string> | undefined;

/**
 * Every country's English name as the platform's region names (CLDR) give it ("Kenya", "Ghana",
 * "Philippines"), so an address may end with any of them without a shipped list. Names that are
 * also a state's or a region's ("Georgia") are left out: after a town they are its region.
 */
function englishCountryNames(): Set<string> {
  if (englishNames) return englishNames;
  englishNames = new Set();
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (NOT_COUNTRIES.has(code)) continue;
        const name = names.of(code)?.toLowerCase();
        if (name && name !== code.toLowerCase() && !REGION_NAMES.has(name)) englishNames.add(name);
      }
  } catch {
    // no region names on this platform: the shipped list still answers
  }
  return englishNames;
}

let regionNames: Intl.DisplayNames | undefined;

/**
 * A two-letter country code (ISO 3166, "FR", "ES") that is not also a state's ("CA", "IN"):
 * known to the platform's own region names (CLDR), so no list is shipped for it.
 */
export function isCountryCode(s: string): boolean {
  const t = s.trim();
  if (!/^[A-Z]{2}$/.test(t) || STATE_CODES.has(t) || NOT_COUNTRIES.has(t)) return false;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    return regionNames.of(t) !== t;
  } catch {
    return false;
  }
}
/** Region codes that name no country: unions, currency areas, test and unknown regions. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/**
 * A town and the state or country written after it ("Leeds, UK", "Bozeman, MT", "Philadelphia,
 * Pennsylvania, USA"): the address they state, only when the state and country are known as such.
 */
export function townWithPlace(
  town: string,
  second: string,
  third?: string,
): CaptureAddress | undefined {
  if (third !== undefined)
    return isRegion(second) && isCountry(third)
      ? { locality: town, region: second, country: third }
      : undefined;
  if (isCountry(second)) return { locality: town, country: second };
  if (isRegion(second)) return { locality: town, region: second };
  return undefined;
}

export function isRegion(s: string): boolean {
  const t = s.trim().replace(/\.$/, '');
  return STATE_CODES.has(t) || REGION_NAMES.has(t.toLowerCase()) || COUNTY_PREFIXED.test(t);
}

/** A number next to a word ("12 Main", "Plot 42") or a street word ("Bondi Road"). */
export function looksStreet(s: string): boolean {
  // a year run into a word ("2011Album", a discography's line) is no house and street
  if (/^\d{4}\p{L}{3,}$/u.test(s.trim())) return false;
  // a sentence's end ("… all in one place."), not a street: lower case, no number, a full stop
  if (/^\p{Ll}[^\d]*\.$/u.test(s.trim())) return false;
  // one token of letters and digits ("123ABC", "SKU4471X"): an order's or a part's number
  if (/^(?=\S*\d)(?=\S*\p{L}{2})\S+$/u.test(s.trim()) && !STREET_WORD.test(s)) return false;
  return /\d/.test(s) && /\p{L}{2,}/u.test(s) ? true : STREET_WORD.test(s);
}

/** A run of words, as a town or region is written ("Navi Mumbai", "Saint-Denis"), with a postal
 * district number where a city has them ("Dublin 9", "Dublin 6W"). */
export const PLACE_WORDS = /^\p{L}[\p{L} .'-]{1,40}(?: \d{1,2}[A-Za-z]?)?$/u;

/** Words of a sentence that no town's name holds ("I was there", a button's text). */
const SENTENCE_WORD =
  /(?:^|\s)(?:I|was|were|is|are|been|has|have|had|there|here|we|you|they|he|she|it|this|that|my|our|your|their|will|can|not)(?=\s|$)/;

/** Words that can be a town's or region's name: a run of words, not a sentence's. */
export function readsAsPlace(s: string): boolean {
  return PLACE_WORDS.test(s) && !SENTENCE_WORD.test(s);
}

/** A street word other than "St" before a name, which is a saint's ("St Mary's Church", "Stanton
 * St John"), not a street's. */
export function hasStreetWord(s: string): boolean {
  return STREET_WORD.test(s.replace(/\bSt\.?\s(?=\p{Lu})/gu, ''));
}
