import type * as Y from 'yjs';
import { z } from 'zod';
import { deletionFields, restoreRecord, softDelete, withoutDeleted } from './deletion';
import { newId, transactLocal } from './doc';
import {
  LIMITS,
  optionalId,
  optionalLine,
  optionalText,
  optionalTimestamp,
  requiredLine,
  stringList,
  timestamp,
} from './fields';
import { insertRecord, readAll, readOne, type ReadResult, updateRecord } from './records';

export const personSchema = z.object({
  name: requiredLine(),
  role: optionalLine(200),
  partnerId: optionalId,
  emails: stringList(LIMITS.name),
  phones: stringList(60),
  notes: optionalText(),
  createdAt: timestamp,
  updatedAt: optionalTimestamp,
  ...deletionFields,
});

export type Person = z.output<typeof personSchema> & { id: string };
type DeletionKeys = 'deletedAt' | 'deletedBy' | 'deletedWith';
export type PersonInput = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt' | DeletionKeys>> & {
  name: string;
};
export type PersonPatch = Partial<Omit<Person, 'id' | 'createdAt' | DeletionKeys>>;

/** Live people (soft-deleted ones are hidden; `invalid` counts unreadable records). */
export function listPeople(doc: Y.Doc): ReadResult<Person> {
  const { items, invalid } = readAll(doc, 'people', personSchema);
  return { items: withoutDeleted(items), invalid };
}

export function listPeopleOf(doc: Y.Doc, partnerId: string): Person[] {
  return listPeople(doc)
    .items.filter((person) => person.partnerId === partnerId)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The live person, or null when missing, unreadable or soft-deleted. */
export function getPerson(doc: Y.Doc, id: string): Person | null {
  const person = readOne(doc, 'people', personSchema, id);
  return person && person.deletedAt === undefined ? person : null;
}

export function addPerson(doc: Y.Doc, input: PersonInput, now = Date.now()): string {
  const id = newId();
  transactLocal(doc, () => {
    insertRecord(doc, 'people', id, {
      emails: [],
      phones: [],
      ...input,
      createdAt: now,
      updatedAt: now,
    });
  });
  return id;
}

export function updatePerson(doc: Y.Doc, id: string, patch: PersonPatch, now = Date.now()) {
  updateRecord(doc, 'people', id, patch, now, 'This person no longer exists.');
}

/** Soft-deletes one person; `by` is the user's display name, shown to peers. */
export function deletePerson(doc: Y.Doc, id: string, by?: string, now = Date.now()) {
  softDelete(doc, 'people', id, by, { now });
}

export function restorePerson(doc: Y.Doc, id: string) {
  restoreRecord(doc, 'people', id);
}
