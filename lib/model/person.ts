import type * as Y from 'yjs';
import { z } from 'zod';
import { collection, newId, transactLocal } from './doc';
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
});

export type Person = z.output<typeof personSchema> & { id: string };
export type PersonInput = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt'>> & {
  name: string;
};
export type PersonPatch = Partial<Omit<Person, 'id' | 'createdAt'>>;

export function listPeople(doc: Y.Doc): ReadResult<Person> {
  return readAll(doc, 'people', personSchema);
}

export function listPeopleOf(doc: Y.Doc, partnerId: string): Person[] {
  return listPeople(doc)
    .items.filter((person) => person.partnerId === partnerId)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function getPerson(doc: Y.Doc, id: string): Person | null {
  return readOne(doc, 'people', personSchema, id);
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

export function deletePerson(doc: Y.Doc, id: string) {
  transactLocal(doc, () => collection(doc, 'people').delete(id));
}
