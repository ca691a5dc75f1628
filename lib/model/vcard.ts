import ICAL from 'ical.js';
import type * as Y from 'yjs';
import { emptyRecord, type ImportRecord } from './import-record';
import { listPartners } from './partner';
import { listPeople } from './person';

/**
 * People and their organisations to and from vCard files, the format address books and phones
 * exchange: 3.0 (RFC 2426, still what many phones write) and 4.0 (RFC 6350). ical.js does the
 * file syntax both ways (folded lines, escaping, parameters, both versions' value types); this
 * module only maps its properties to our fields. A card becomes an import row
 * (import-record.ts), so vCards go through the same checks, duplicate matching and single
 * transaction as a CSV import.
 */

export type VCardVersion = '3.0' | '4.0';

/** Whether a text looks like a vCard file rather than CSV. */
export function isVCardText(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 4096));
}

type JCard = [string, unknown[], unknown[]];

function texts(card: ICAL.Component, name: string): string[] {
  return card
    .getAllProperties(name)
    .flatMap((property) => property.getValues())
    .map((value) => (Array.isArray(value) ? value.join(' ') : String(value ?? '')))
    .map((value) => value.trim())
    .filter(Boolean);
}

function first(card: ICAL.Component, name: string): string {
  const value = card.getFirstPropertyValue(name) as unknown;
  if (Array.isArray(value)) return String(value[0] ?? '').trim();
  return typeof value === 'string' ? value.trim() : '';
}

function cardRecord(card: ICAL.Component, index: number): ImportRecord {
  const record = emptyRecord(index + 1);
  const n = card.getFirstPropertyValue('n') as unknown;
  const parts = Array.isArray(n) ? n.map((p) => String(p ?? '').trim()) : [];
  const nameFromParts = [parts[1], parts[0]].filter(Boolean).join(' ');
  const kind = first(card, 'kind').toLowerCase();
  record.organisation = first(card, 'org');
  const person = first(card, 'fn') || nameFromParts;
  if (kind === 'org' || kind === 'organization') {
    record.organisation ||= person;
    record.website = first(card, 'url');
  } else {
    record.person = person === record.organisation && !nameFromParts ? '' : person;
    if (!record.person) record.website = first(card, 'url');
  }
  record.role = first(card, 'title');
  record.emails = texts(card, 'email');
  record.phones = texts(card, 'tel').map((tel) => tel.replace(/^tel:/i, ''));
  record.notes = texts(card, 'note').join('\n');
  return record;
}

export type VCardRead = { ok: true; records: ImportRecord[] } | { ok: false; detail: string };

/** The cards of a vCard file as import rows, numbered from 1 in file order. */
export function parseVCards(text: string): VCardRead {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  const jcards = (
    Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])
  ) as JCard[];
  const records = jcards
    .filter((jcard) => Array.isArray(jcard) && jcard[0] === 'vcard')
    .map((jcard, i) => cardRecord(new ICAL.Component(jcard), i));
  return { ok: true, records };
}

export interface VCardPerson {
  name: string;
  role?: string;
  organisation?: string;
  emails: readonly string[];
  phones: readonly string[];
  notes?: string;
}

function nameParts(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : '';
  return [family, words.join(' '), '', '', ''];
}

export function personToVCard(person: VCardPerson, version: VCardVersion): string {
  const card = new ICAL.Component(['vcard', [], []]);
  card.addPropertyWithValue('version', version);
  const add = (name: string, value: string | string[], asText = false) => {
    const property = new ICAL.Property(name, card);
    // In 4.0 a TEL is a URI unless marked as text; a number as people write it is text.
    if (asText) property.resetType('text');
    property.setValue(value as string);
    card.addProperty(property);
  };
  add('fn', person.name);
  add('n', nameParts(person.name));
  if (person.organisation) add('org', [person.organisation]);
  if (person.role) add('title', person.role);
  for (const email of person.emails) add('email', email);
  for (const phone of person.phones) add('tel', phone, version === '4.0');
  if (person.notes) add('note', person.notes);
  return `${card.toString()}\r\n`;
}

/** Every live person of the workspace as a vCard file, with their organisation's name. */
export function exportVCards(doc: Y.Doc, version: VCardVersion): string {
  const partnerNames = new Map(listPartners(doc).items.map((p) => [p.id, p.name]));
  return listPeople(doc)
    .items.sort((a, b) => a.name.localeCompare(b.name))
    .map((person) =>
      personToVCard(
        {
          name: person.name,
          role: person.role,
          organisation: person.partnerId ? partnerNames.get(person.partnerId) : undefined,
          emails: person.emails,
          phones: person.phones,
          notes: person.notes,
        },
        version,
      ),
    )
    .join('');
}
