import type * as Y from 'yjs';
import { collection, newId, transactLocal } from './doc';
import { getPartner, type PartnerInput } from './partner';
import { listPeopleOf, type Person, type PersonInput } from './person';
import { getRecordMap, insertRecord, patchRecord } from './records';

export type IncomingPerson = Omit<PersonInput, 'partnerId'>;

export interface MergeSummary {
  filled: string[];
  added: { emails: number; phones: number; socials: number; people: number };
}

/**
 * Two ways of writing one number (with or without the country code or the
 * trunk 0) share their last nine digits.
 */
export const phoneKey = (phone: string) => phone.replace(/\D/g, '').slice(-9);
const personKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Items of `incoming` not already in `existing` under `key`, in order. */
function newItems(
  existing: string[],
  incoming: string[] = [],
  key = (s: string) => s.toLowerCase(),
) {
  const seen = new Set(existing.map(key));
  return incoming.filter((item) => {
    const k = key(item);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Merges a capture into an existing partner: fills empty fields and adds new
 * emails, phones, social profiles and people. Never overwrites a value that is
 * already there: what someone typed wins over what a page says.
 */
export function mergeIntoPartner(
  doc: Y.Doc,
  partnerId: string,
  incoming: PartnerInput,
  people: IncomingPerson[] = [],
  now = Date.now(),
  /**
   * The partner's live people, when the caller already has them (an import merging into many
   * partners reads every person once, not once per partner); read from the doc otherwise.
   */
  currentPeople?: readonly Person[],
): MergeSummary {
  const current = getPartner(doc, partnerId);
  const record = getRecordMap(doc, 'partners', partnerId);
  if (!current || !record) throw new Error('The partner to merge into no longer exists.');
  const summary: MergeSummary = {
    filled: [],
    added: { emails: 0, phones: 0, socials: 0, people: 0 },
  };
  transactLocal(doc, () => {
    const patch: Record<string, unknown> = {};
    for (const field of ['website', 'description', 'logo', 'stakeholderGroup'] as const) {
      if (!current[field] && incoming[field]) {
        patch[field] = incoming[field];
        summary.filled.push(field);
      }
    }
    if (current.kind === 'other' && incoming.kind && incoming.kind !== 'other') {
      patch.kind = incoming.kind;
      summary.filled.push('kind');
    }
    const incomingAddress = Object.fromEntries(
      Object.entries(incoming.address ?? {}).filter(([, value]) => value),
    );
    if (!current.address && Object.keys(incomingAddress).length > 0) {
      patch.address = incomingAddress;
      summary.filled.push('address');
    }
    const emails = newItems(current.emails, incoming.emails);
    const phones = newItems(current.phones, incoming.phones, phoneKey);
    const socials = newItems(current.socials, incoming.socials);
    const tags = newItems(current.tags, incoming.tags);
    if (emails.length) patch.emails = [...current.emails, ...emails];
    if (phones.length) patch.phones = [...current.phones, ...phones];
    if (socials.length) patch.socials = [...current.socials, ...socials];
    if (tags.length) patch.tags = [...current.tags, ...tags];
    summary.added.emails = emails.length;
    summary.added.phones = phones.length;
    summary.added.socials = socials.length;
    if (incoming.capturedFrom) patch.capturedFrom = incoming.capturedFrom;
    if (patchRecord(record, patch)) record.set('updatedAt', now);

    const known = people.length ? (currentPeople ?? listPeopleOf(doc, partnerId)) : [];
    const existingPeople = new Map(known.map((p) => [personKey(p.name), p]));
    for (const person of people) {
      const key = personKey(person.name);
      if (!key) continue;
      const match = existingPeople.get(key);
      if (!match) {
        const id = newId();
        insertRecord(doc, 'people', id, {
          emails: [],
          phones: [],
          ...person,
          partnerId,
          createdAt: now,
          updatedAt: now,
        });
        existingPeople.set(key, {
          ...person,
          id,
          partnerId,
          emails: person.emails ?? [],
          phones: person.phones ?? [],
          createdAt: now,
        });
        summary.added.people++;
        continue;
      }
      const personRecord = collection(doc, 'people').get(match.id);
      if (!personRecord) continue;
      const personPatch: Record<string, unknown> = {};
      if (!match.role && person.role) personPatch.role = person.role;
      const moreEmails = newItems(match.emails, person.emails);
      const morePhones = newItems(match.phones, person.phones, phoneKey);
      if (moreEmails.length) personPatch.emails = [...match.emails, ...moreEmails];
      if (morePhones.length) personPatch.phones = [...match.phones, ...morePhones];
      if (patchRecord(personRecord, personPatch)) personRecord.set('updatedAt', now);
    }
  });
  return summary;
}
