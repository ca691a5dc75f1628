/**
 * Postal address recognition in plain text lines, for US, CA, UK, IE, DE/AT/CH/FR/IT/ES/NL, IN and AU
 * conventions. Works on "parts": lines further split at commas.
 */
import type { CaptureAddress } from './types';

const US_STATES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI';
const CA_PROV = 'AB BC MB NB NL NS NT NU ON PE QC SK YT';
const AU_STATES = 'NSW VIC QLD WA SA TAS ACT NT';
const STATE_CODES = new Set([
  ...US_STATES.split(' '),
  ...CA_PROV.split(' '),
  ...AU_STATES.split(' '),
]);
const REGION_NAMES = new Set([
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
  'ontario',
  'quebec',
  'british columbia',
  'alberta',
  'manitoba',
  'saskatchewan',
  'nova scotia',
  'new brunswick',
  'new south wales',
  'victoria',
  'queensland',
  'western australia',
  'south australia',
  'tasmania',
  'andhra pradesh',
  'assam',
  'bihar',
  'chhattisgarh',
  'goa',
  'gujarat',
  'haryana',
  'himachal pradesh',
  'jharkhand',
  'karnataka',
  'kerala',
  'madhya pradesh',
  'maharashtra',
  'manipur',
  'meghalaya',
  'mizoram',
  'nagaland',
  'odisha',
  'punjab',
  'rajasthan',
  'sikkim',
  'tamil nadu',
  'telangana',
  'tripura',
  'uttar pradesh',
  'uttarakhand',
  'west bengal',
  'delhi',
  'new delhi',
  'tyrol',
  'tirol',
  'bavaria',
  'bayern',
  'ile-de-france',
  'île-de-france',
]);
const COUNTRIES = new Set([
  'usa',
  'u.s.a.',
  'u.s.a',
  'us',
  'u.s.',
  'united states',
  'united states of america',
  'uk',
  'u.k.',
  'united kingdom',
  'great britain',
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'ireland',
  'éire',
  'germany',
  'deutschland',
  'france',
  'austria',
  'österreich',
  'switzerland',
  'schweiz',
  'suisse',
  'italy',
  'italia',
  'spain',
  'españa',
  'netherlands',
  'the netherlands',
  'nederland',
  'belgium',
  'belgique',
  'belgië',
  'india',
  'bharat',
  'australia',
  'new zealand',
  'canada',
  'japan',
  'brazil',
  'brasil',
  'mexico',
  'méxico',
  'portugal',
  'sweden',
  'norway',
  'denmark',
  'finland',
  'poland',
  'south africa',
  'singapore',
  'kenya',
  'nigeria',
]);

const MONTH_RE =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b/i;
const CA_PC = /^([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i;

export function isCountry(s: string): boolean {
  return COUNTRIES.has(s.trim().toLowerCase().replace(/\s+/g, ' '));
}
function isRegion(s: string): boolean {
  const t = s.trim().replace(/\.$/, '');
  return STATE_CODES.has(t) || REGION_NAMES.has(t.toLowerCase());
}
const STREET_WORD =
  /\b(st|street|str|straße|strasse|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|square|sq|highway|hwy|parkway|pkwy|terrace|crescent|close|row|suite|ste|floor|fl|unit|building|bldg|house|po box|p\.o\. box|plot|sector|rue|chemin|allée|weg|platz|gasse|allee|via|calle|plaza|broadway)\b\.?/i;
export function looksStreet(s: string): boolean {
  return /\d/.test(s) && /\p{L}{2,}/u.test(s) ? true : STREET_WORD.test(s);
}

interface Anchor {
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
function parseAnchor(part: string): Anchor | undefined {
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
  // Region-name 400703 (IN) / Oregon 97211
  m = /^(\p{L}[\p{L} .-]+?)\s*[-–,]?\s+(\d{6}|\d{3}\s\d{3}|\d{5})$/u.exec(p);
  if (m && REGION_NAMES.has(m[1]!.toLowerCase().trim())) {
    return { region: m[1]!.trim(), postalCode: m[2], needLocalityBefore: true, strong: true };
  }
  // City - 400703 / City 400703 (IN PIN)
  m = /^(\p{L}[\p{L} .]+?)\s*[-–]?\s*(\d{6}|\d{3}\s\d{3})$/u.exec(p);
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
  if (m && /\d/.test(m[2]!.slice(3)))
    return {
      locality: m[1]?.trim() || undefined,
      postalCode: m[2],
      needLocalityBefore: !m[1],
      strong: true,
    };
  // Canadian postcode alone
  if (CA_PC.test(p)) return { postalCode: p, needLocalityBefore: true, strong: true };
  // NL: 1234 AB City
  m = /^(\d{4}\s?[A-Z]{2})\s+(\p{Lu}[\p{L} .'-]+)$/u.exec(p);
  if (m && !STREET_WORD.test(m[2]!))
    return { postalCode: m[1], locality: m[2]!.trim(), strong: true };
  // DE/AT/CH/FR/IT/ES: [D-]12345 City [CEDEX]
  m = /^(?:[A-Z]{1,2}-)?(\d{4,5})\s+(\p{Lu}[\p{L} .'()/-]*\p{L}\)?)$/u.exec(p);
  if (m && m[2]!.length <= 40 && !STREET_WORD.test(m[2]!))
    return { postalCode: m[1], locality: m[2]!.trim(), strong: true };
  // postal code alone: locality follows ("6020 / Innsbruck")
  m = /^(\d{4,5})$/.exec(p);
  if (m) return { postalCode: m[1], localityAfter: true, strong: false };
  // City, ST (no postal code): weak, needs a street before it
  m = /^(\p{L}[\p{L} .'-]+?),\s*([A-Z]{2})$/u.exec(p);
  if (m && STATE_CODES.has(m[2]!)) return { locality: m[1]!.trim(), region: m[2], strong: false };
  // ST alone (after a "City," part)
  if (/^[A-Z]{2,3}$/.test(p) && STATE_CODES.has(p))
    return { region: p, needLocalityBefore: true, strong: false };
  return undefined;
}

const STOP_PART =
  /(@|https?:|www\.|\b(phone|tel|telefon|fax|email|e-mail|call|mobile|hours|open|©|copyright)\b)/i;
const LABEL_RE =
  /^(.*?\b(address|adresse|anschrift|indirizzo|direcci[oó]n|location|registered office|head office|office|find us|visit us|mailing address|postal address|sitz)\b[^:]{0,20}):\s*/i;

export interface AddrPart {
  text: string;
  /** the part starts a new line / block; headings stop the street walk */
  heading: boolean;
  line: number;
}

/** Split lines into comma parts, keeping line numbers. */
export function toParts(lines: { text: string; heading: boolean }[]): AddrPart[] {
  const parts: AddrPart[] = [];
  lines.forEach((l, i) => {
    let t = l.text;
    const lab = LABEL_RE.exec(t);
    if (lab) {
      parts.push({ text: lab[1]! + ':', heading: true, line: i });
      t = t.slice(lab[0].length);
    }
    for (const raw of t.split(/\s*[,;·|•]\s*|\s+[–—]\s+|\s+-\s+(?=\d)/)) {
      const text = raw.trim();
      if (text) parts.push({ text, heading: l.heading, line: i });
    }
  });
  return parts;
}

/** Find addresses in parts; returns each with a strength score. */
export function findAddresses(
  parts: AddrPart[],
): { address: CaptureAddress; score: number; index: number }[] {
  const out: { address: CaptureAddress; score: number; index: number }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.heading) continue;
    const a = parseAnchor(part.text);
    if (!a) continue;
    const addr: CaptureAddress = {};
    let first = i; // first part used
    let last = i;
    if (a.postalCode) addr.postalCode = a.postalCode;
    if (a.region) addr.region = a.region;
    if (a.locality) addr.locality = a.locality;
    let j = i - 1;
    if (a.localityAfter) {
      const next = parts[i + 1];
      const prev = parts[i - 1];
      if (
        !next ||
        !prev ||
        !/^\p{L}[\p{L} .'-]{1,40}$/u.test(next.text) ||
        !looksStreet(prev.text) ||
        isCountry(next.text)
      )
        continue;
      if (MONTH_RE.test(prev.text) || /^(19|20)\d\d$/.test(part.text)) continue;
      addr.locality = next.text;
      last = i + 1;
      const n2 = parts[i + 2];
      if (n2 && !n2.heading && isRegion(n2.text)) {
        addr.region = n2.text;
        last = i + 2;
      } else if (
        n2 &&
        !n2.heading &&
        /^\p{L}[\p{L} .'-]{1,30}$/u.test(n2.text) &&
        parts[i + 3] &&
        isCountry(parts[i + 3]!.text)
      ) {
        addr.region = n2.text;
        last = i + 2;
      }
    } else if (a.needLocalityBefore || (!a.locality && a.postalCode)) {
      // walk back over country / region to the locality
      const before: string[] = [];
      while (j >= 0 && before.length < 3 && !parts[j]!.heading) {
        const t = parts[j]!.text;
        if (!addr.country && isCountry(t) && before.length === 0) {
          addr.country = t;
          j--;
          continue;
        }
        if (!addr.region && isRegion(t)) {
          addr.region = t;
          j--;
          continue;
        }
        if (/^\p{L}[\p{L} .'-]{1,40}$/u.test(t) && !STREET_WORD.test(t)) {
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
      if (!addr.locality) continue;
    }
    if (a.country) addr.country = a.country;
    // "CA, 94086": a region part followed by a bare code
    if (
      !addr.postalCode &&
      parts[last + 1] &&
      /^(\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/.test(parts[last + 1]!.text)
    ) {
      addr.postalCode = parts[last + 1]!.text;
      last++;
    }
    // After: country (and region) on following parts
    for (let k = last + 1; k <= last + 2 && k < parts.length; k++) {
      const t = parts[k]!.text;
      if (parts[k]!.heading) break;
      if (!addr.country && isCountry(t)) {
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
    // Before: street parts
    const street: string[] = [];
    let digits = false;
    let k = j;
    while (k >= 0 && street.length < 4) {
      const p = parts[k]!;
      const t = p.text;
      if (p.heading || t.endsWith(':') || t.length > 70 || STOP_PART.test(t)) break;
      if (parseAnchor(t)?.strong) break;
      const hasDigit = /\d/.test(t);
      if (!hasDigit && digits) break;
      if (!hasDigit && street.length >= 2) break;
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
      first = k + 2;
    } else first = k + 1;
    if (street.length) addr.street = street.join(', ');
    if (!a.strong && !(street.length && looksStreet(street[street.length - 1]!))) continue;
    let score =
      (a.strong ? 2 : 1) +
      (addr.street ? 2 : 0) +
      (addr.locality ? 1 : 0) +
      (addr.country ? 0.5 : 0);
    if (addr.street && !/\d/.test(addr.street)) score -= 0.5;
    out.push({ address: addr, score, index: first });
    i = last;
  }
  if (!out.length) {
    // "Registered office address: 1 A Street, London" — a labelled one-line address without a code.
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (!p.heading || !p.text.endsWith(':') || !LABEL_RE.test(p.text + ' ')) continue;
      const same = parts.slice(i + 1).filter((x) => x.line === p.line && !x.heading);
      if (same.length < 2 || !/^\d/.test(same[0]!.text)) continue;
      const addr: CaptureAddress = { street: same[0]!.text };
      const rest = same.slice(1);
      const lastPart = rest[rest.length - 1]!;
      if (isCountry(lastPart.text) && rest.length > 1) {
        addr.country = lastPart.text;
        rest.pop();
      }
      addr.locality = rest[rest.length - 1]!.text;
      out.push({ address: addr, score: 3, index: i + 1 });
      break;
    }
  }
  return out;
}

/** "665 3rd St. Suite 207 San Francisco" -> ["665 3rd St. Suite 207", "San Francisco"]. */
export function splitStreetLocality(s: string): [string, string] | undefined {
  const words = s.split(/\s+/);
  let cut = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/[.,]$/, '');
    if (STREET_WORD.test(w) && i > 0) {
      cut = i + 1;
      // "Suite 207", "Floor 3", "Unit 4B"
      if (
        /^(suite|ste|floor|fl|unit|apt|room|#)$/i.test(w) &&
        words[i + 1] &&
        /\d/.test(words[i + 1]!)
      )
        cut = i + 2;
    } else if (/^#?\d+[a-z]?$/i.test(w) && i > 0 && cut === i) cut = i + 1;
  }
  if (cut <= 0 || cut >= words.length) return undefined;
  const loc = words.slice(cut).join(' ');
  if (!/^\p{Lu}[\p{L} .'-]{1,40}$/u.test(loc)) return undefined;
  return [words.slice(0, cut).join(' '), loc];
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
