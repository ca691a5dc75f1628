/** The entity's postal address: a PostalAddress node, a Place wrapping one, or a line of text. */
import type { Candidate, CaptureAddress } from '../../types';
import { asArray, cleanValueText } from '../../util';
import { isCountry, isRegion, parseAddressText } from '../../address';
import type { Category } from '../category';
import type { Found } from '../confidence';
import { str, typeNames, type SchemaNode } from '../values';
import { dereferenced } from '../entity';

/** An address written as text: recognised if possible, else split at commas from a house number. */
function addressFromText(s: string): CaptureAddress {
  const parsed = parseAddressText(s);
  if (parsed) return parsed;
  const parts = s.split(/\s*,\s*/).filter(Boolean);
  // "London, UK": a town and its country, no street
  if (parts.length === 2 && !/\d/.test(s) && isCountry(parts[1]!))
    return { locality: parts[0], country: parts[1] };
  if (parts.length >= 2 && /^\d/.test(parts[0]!)) {
    // "220 S. Michigan Ave, Chicago, Illinois, USA": country and region off the end, if written
    const rest = [...parts];
    const country = rest.length >= 3 && isCountry(rest[rest.length - 1]!) ? rest.pop() : undefined;
    const region = rest.length >= 3 && isRegion(rest[rest.length - 1]!) ? rest.pop() : undefined;
    const locality = rest.pop();
    return {
      street: rest.join(', '),
      locality,
      ...(region ? { region } : {}),
      ...(country ? { country } : {}),
    };
  }
  return { street: s };
}

/** The first address among a value's strings and nodes; countries are kept as the page wrote them. */
export function parseAddressValue(v: unknown): CaptureAddress | undefined {
  for (const o of asArray(v as unknown)) {
    if (typeof o === 'string') {
      const s = cleanValueText(o, 300);
      if (s) return addressFromText(s);
      continue;
    }
    if (!o || typeof o !== 'object') continue;
    const a = o as SchemaNode;
    const country = a.addressCountry;
    const addr: CaptureAddress = {
      // lines of a street address (<br> in microdata/RDFa, \n in JSON-LD) joined with commas
      street: streetLines(a.streetAddress) || poBox(a.postOfficeBoxNumber) || undefined,
      locality: str(a.addressLocality, 200) || undefined,
      region: str(a.addressRegion, 200) || undefined,
      postalCode: str(a.postalCode, 40) || undefined,
      country:
        (typeof country === 'object' && country
          ? str(country as SchemaNode, 100)
          : str(country, 100)) || undefined,
    };
    // "Paris, France" in addressLocality: the town, and the country when none is given
    const townCountry = /^(.+?),\s*([^,]+)$/.exec(addr.locality ?? '');
    if (townCountry && isCountry(townCountry[2]!)) {
      addr.locality = townCountry[1];
      addr.country ??= townCountry[2];
    }
    // the whole address written into streetAddress, no other field: read it as text
    if (addr.street && !addr.locality && !addr.postalCode && !addr.region) {
      const parsed = parseAddressText(addr.street);
      if (parsed?.street && (parsed.locality || parsed.postalCode))
        return parsed.country || !addr.country ? parsed : { ...parsed, country: addr.country };
    }
    // a street that repeats the code and town given in their own fields ends before them
    if (addr.street && (addr.postalCode || addr.locality))
      addr.street = withoutTown(addr.street, addr);
    if (addr.street || addr.locality || addr.postalCode || addr.region) return addr;
    // a PostalAddress that gives only its country ("addressCountry": "CZ") still says where
    if (addr.country && typeNames(a).includes('postaladdress')) return addr;
    // Place wrapper: {address: ...}
    if (a.address) return parseAddressValue(a.address);
  }
  return undefined;
}

/** "1234" in postOfficeBoxNumber, the street line when there is no street: "P.O. Box 1234". */
function poBox(v: unknown): string {
  const n = str(v, 40);
  if (!n) return '';
  return /box|postfach|apartado|casilla|boîte|\bbp\b/i.test(n) ? n : `P.O. Box ${n}`;
}

/**
 * The entity's address, else its location's (an event's venue, a business's `location`), else the
 * entity itself when the page's item is a PostalAddress that names someone.
 */
export function addressCandidates(
  node: SchemaNode,
  cat: Category,
  found: Found,
  byId: ReadonlyMap<string, SchemaNode> = new Map(),
): Candidate[] {
  // an address or place given by reference ({"@id": "#address"}) is the node it names
  const follow = (v: unknown): unknown =>
    asArray(v).map((o) =>
      o && typeof o === 'object' && !Array.isArray(o) ? dereferenced(o as SchemaNode, byId) : o,
    );
  let address = parseAddressValue(follow(node.address));
  if (!address && cat === 'Place' && typeNames(node).includes('postaladdress'))
    address = parseAddressValue(node);
  if (!address) {
    for (const loc of follow(node.location) as unknown[]) {
      if (!loc || typeof loc !== 'object') continue;
      address = parseAddressValue(follow((loc as SchemaNode).address)) ?? parseAddressValue(loc);
      if (address) break;
    }
  }
  return address ? [{ field: 'address', value: address, ...found }] : [];
}

/** Lines of a street address (\n or <br> in the value, or a list of lines) joined with commas. */
function streetLines(v: unknown): string {
  if (Array.isArray(v))
    return str(
      v
        .map((x) => streetLines(x))
        .filter(Boolean)
        .join(', '),
      300,
    );
  if (typeof v !== 'string' || !/\n|<br\s*\/?>/i.test(v)) return str(v, 300);
  return str(
    v
      .split(/\s*(?:\n|<br\s*\/?>)\s*/i)
      .filter(Boolean)
      .join(', '),
    300,
  );
}

/** "Hauptstraße 12, 79098 Freiburg" with postalCode 79098 and locality Freiburg: the street part. */
function withoutTown(street: string, a: CaptureAddress): string {
  const parts = street.split(/\s*,\s*/);
  if (parts.length < 2) return street;
  const last = parts[parts.length - 1]!.toLowerCase();
  const code = a.postalCode?.toLowerCase();
  const town = a.locality?.toLowerCase();
  const repeats =
    (!!code && last.includes(code) && (!town || last.includes(town) || last === code)) ||
    (!!town && last === town);
  return repeats ? parts.slice(0, -1).join(', ') : street;
}
