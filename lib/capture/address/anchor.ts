/**
 * The anchor of an address: the part that holds its postal code (or, weakly, its region), read as
 * "locality [region] postal" in the conventions of US, CA, UK, IE, DE/AT/CH/FR/IT/ES/NL, IN and AU.
 * The rest of the address is found around it (see findAddresses).
 */
import { COUNTY_PREFIXED, STATE_CODES, REGION_NAMES } from '../data/regions';
import { MONTH_NAME, STREET_WORD } from '../data/address-words';
import { isCountry } from './words';

/** Lower case without accents: "Québec" → "quebec". */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words written before a year, not a town before its code: "Since 1994", "Class of 2019",
 * "Summer 2024", "Vol 1998". */
const BEFORE_A_YEAR =
  /^(?:since|in|from|until|till|by|before|after|during|circa|around|summer|winter|spring|autumn|fall|class(?: of)?|season|version|model|vol|volume|issue|no|page|chapter|year|est|founded|copyright)$/i;

/** A unit written after a number in a product's table ("1000 Pa", "2400 Hz"), not a town. */
const MEASURE_UNIT = /^(?:Pa|kPa|Hz|kHz|MHz|GHz|W|kW|V|Wh|kWh|Ah|mAh|GB|MB|TB|PSI|BTU|RPM)$/;

const CA_PC = /^([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i;

export interface Anchor {
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  /** locality must be taken from the part before */
  needLocalityBefore?: boolean;
  /** locality may be the next part (European "6020 / Innsbruck") */
  localityAfter?: boolean;
  strong: boolean;
}

/** Try to read one part as "locality [region] postal" (or a variant). */
export function parseAnchor(part: string): Anchor | undefined {
  const p = part.trim().replace(/\s+/g, ' ');
  if (p.length > 80) return undefined;
  // trailing country: "CA 94107 U.S.A."
  const cm = /^(.*\d.*?)[,\s]+((?:\p{L}[\p{L}.]*\s?){1,4})$/u.exec(p);
  if (cm && isCountry(cm[2]!.trim())) {
    const a = parseAnchor(cm[1]!);
    if (a && a.strong) return { ...a, country: cm[2]!.trim() };
  }
  let m: RegExpExecArray | null;
  // City, ST 12345 / City ST 12345 / City, ST A1A 1A1 / Suburb NSW 2026
  m = /^(.*?)[,\s]+([A-Z]{2,3})\.?,?\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4})$/.exec(p);
  if (m && STATE_CODES.has(m[2]!)) {
    const loc = m[1]!.trim().replace(/,$/, '');
    return {
      locality: loc || undefined,
      region: m[2],
      postalCode: m[3],
      needLocalityBefore: !loc,
      strong: true,
    };
  }
  // ST 12345 alone
  m = /^([A-Z]{2,3})\.?\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4})$/.exec(p);
  if (m && STATE_CODES.has(m[1]!))
    return { region: m[1], postalCode: m[2], needLocalityBefore: true, strong: true };
  // Region-name 400703 (IN) / Oregon 97211 / Nova Scotia B0J 2C0
  m =
    /^(\p{L}[\p{L} .-]+?)\s*[-–,]?\s+(\d{6}|\d{3}\s\d{3}|\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/u.exec(
      p,
    );
  if (m && REGION_NAMES.has(m[1]!.toLowerCase().trim())) {
    return { region: m[1]!.trim(), postalCode: m[2], needLocalityBefore: true, strong: true };
  }
  // "Mystic Connecticut 06355": the town and the state written out, no comma between
  if (m) {
    const words = m[1]!.trim().split(/\s+/);
    for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
      const region = words.slice(-k).join(' ');
      if (REGION_NAMES.has(region.toLowerCase()))
        return { locality: words.slice(0, -k).join(' '), region, postalCode: m[2], strong: true };
    }
  }
  // City - 400703 / City 400703 (IN PIN)
  // (a space or a dash between: "registration D612345" is an ID)
  m = /^(\p{L}[\p{L} .]+?)(?:\s*[-–]\s*|\s+)(\d{6}|\d{3}\s\d{3})$/u.exec(p);
  if (m) return { locality: m[1]!.trim(), postalCode: m[2], strong: true };
  // UK / IE: Town POSTCODE or POSTCODE alone
  m = /^(?:(.*?)[,\s]+)?([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/.exec(p);
  if (m)
    return {
      locality: m[1]?.trim() || undefined,
      postalCode: m[2],
      needLocalityBefore: !m[1],
      strong: true,
    };
  m = /^(?:(.*?)[,\s]+)?((?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})$/.exec(p);
  // (run together with no letter after the routing key, "D612345" is an ID number, not an Eircode)
  if (m && /\d/.test(m[2]!.slice(3)) && (/\s/.test(m[2]!) || /[A-Z]/.test(m[2]!.slice(3))))
    return {
      locality: m[1]?.trim() || undefined,
      postalCode: m[2],
      needLocalityBefore: !m[1],
      strong: true,
    };
  // Québec: "Montréal (Québec) H2X 1Y4", the province in brackets before the postal code
  m = /^(\p{Lu}[\p{L} .'-]*?)\s*\((\p{Lu}[\p{L} .-]{1,30})\)\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/u.exec(
    p,
  );
  if (m && (STATE_CODES.has(m[2]!) || REGION_NAMES.has(fold(m[2]!))))
    return { locality: m[1]!.trim(), region: m[2]!, postalCode: m[3]!, strong: true };
  // Canadian postcode alone
  if (CA_PC.test(p)) return { postalCode: p, needLocalityBefore: true, strong: true };
  // NL: 1234 AB alone, the town on the next part (one field a line or a table row)
  m = /^(\d{4}\s?[A-Z]{2})$/.exec(p);
  if (m) return { postalCode: m[1], localityAfter: true, strong: true };
  // NL: 1234 AB City
  m = /^(\d{4}\s?[A-Z]{2})\s+(\p{Lu}[\p{L} .'-]+)$/u.exec(p);
  if (m && !STREET_WORD.test(m[2]!))
    return { postalCode: m[1], locality: m[2]!.trim(), strong: true };
  // DE/AT/CH/FR/IT/ES: [D-]12345 City [CEDEX]
  m = /^(?:[A-Z]{1,2}-)?(\d{4,5})\s+(\p{Lu}[\p{L} .'()/-]*\p{L}\)?)$/u.exec(p);
  if (m && m[2]!.length <= 40 && !STREET_WORD.test(m[2]!) && !MEASURE_UNIT.test(m[2]!))
    return { postalCode: m[1], locality: m[2]!.trim(), strong: true };
  // SE / CZ / SK / GR: "582 23 Linköping", "SE-582 23 Linköping", "110 00 Praha 1" (three digits,
  // a space, two: a form no other convention here writes before a town)
  m = /^(?:[A-Z]{2}-\s?)?(\d{3}\s\d{2})\s+(\p{Lu}[\p{L} .'-]*\p{L}(?:\s\d{1,2})?)$/u.exec(p);
  if (m && m[2]!.length <= 40 && !STREET_WORD.test(m[2]!))
    return { postalCode: m[1], locality: m[2]!.trim(), strong: true };
  // PT / PL: 1100-053 Lisboa, 00-238 Warszawa
  m = /^(\d{4}-\d{3}|\d{2}-\d{3})\s+(\p{Lu}[\p{L} .'()/-]*\p{L})$/u.exec(p);
  if (m && m[2]!.length <= 40 && !STREET_WORD.test(m[2]!))
    return { postalCode: m[1], locality: m[2]!.trim(), strong: true };
  // NZ: Auckland 1010 — weak (a street must come before it), never a month and year
  m = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})\s(\d{4})$/u.exec(p);
  if (
    m &&
    !STREET_WORD.test(m[1]!) &&
    !MONTH_NAME.test(m[1]!) &&
    !STATE_CODES.has(m[1]!) &&
    !BEFORE_A_YEAR.test(m[1]!)
  )
    return { postalCode: m[2], locality: m[1], strong: false };
  // postal code alone: locality follows ("6020 / Innsbruck")
  m = /^(\d{4,5})$/.exec(p);
  if (m) return { postalCode: m[1], localityAfter: true, strong: false };
  // City, ST (no postal code): weak, needs a street before it
  m = /^(\p{L}[\p{L} .'-]+?),\s*([A-Z]{2})$/u.exec(p);
  if (m && STATE_CODES.has(m[2]!)) return { locality: m[1]!.trim(), region: m[2], strong: false };
  // an Irish county with no Eircode ("Main Street, Ballymore, Co. Westmeath"): weak, the town and
  // a street must come before it
  if (COUNTY_PREFIXED.test(p)) return { region: p, needLocalityBefore: true, strong: false };
  // ST alone (after a "City," part)
  if (/^[A-Z]{2,3}$/.test(p) && STATE_CODES.has(p))
    return { region: p, needLocalityBefore: true, strong: false };
  return undefined;
}
