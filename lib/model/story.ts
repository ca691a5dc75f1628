import type * as Y from 'yjs';
import { z } from 'zod';
import { deletionFields, restoreRecord, softDelete } from './deletion';
import { newId, transactLocal } from './doc';
import {
  flag,
  idList,
  LIMITS,
  optionalLine,
  optionalText,
  optionalTimestamp,
  requiredLine,
  stringList,
  timestamp,
} from './fields';
import { optionalDay } from './followup';
import { insertRecord, readOne, updateRecord } from './records';

/**
 * A success story: what the partnership achieved, told so it can be shared and celebrated.
 * `thanks` names the people to thank; `celebrate` marks a story for the next celebration or
 * digest. Stories stay few (tens a year), so they live in the workspace doc.
 */
export const storySchema = z.object({
  title: requiredLine(LIMITS.name),
  body: optionalText(),
  date: optionalDay,
  partnerIds: idList,
  goalIds: idList,
  thanks: stringList(LIMITS.name),
  celebrate: flag,
  createdBy: optionalLine(100),
  createdAt: timestamp,
  updatedAt: optionalTimestamp,
  ...deletionFields,
});

export type Story = z.output<typeof storySchema> & { id: string };

export interface StoryInput {
  title: string;
  body?: string | undefined;
  date?: string | undefined;
  partnerIds?: readonly string[];
  goalIds?: readonly string[];
  thanks?: readonly string[];
  celebrate?: boolean;
  createdBy?: string | undefined;
}

function fieldsOf(input: Omit<StoryInput, 'createdBy'>): Record<string, unknown> {
  return {
    title: input.title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.name),
    body: input.body?.trim() || undefined,
    date: input.date || undefined,
    partnerIds: [...(input.partnerIds ?? [])],
    goalIds: [...(input.goalIds ?? [])],
    thanks: (input.thanks ?? []).map((name) => name.trim()).filter(Boolean),
    celebrate: input.celebrate ?? false,
  };
}

export function addStory(doc: Y.Doc, input: StoryInput, now = Date.now()): string {
  if (!input.title.trim()) throw new Error('A story needs a title.');
  const id = newId();
  transactLocal(doc, () => {
    insertRecord(doc, 'stories', id, {
      ...fieldsOf(input),
      createdBy: input.createdBy?.trim() || undefined,
      createdAt: now,
    });
  });
  return id;
}

export function updateStory(
  doc: Y.Doc,
  id: string,
  input: Omit<StoryInput, 'createdBy'>,
  now = Date.now(),
) {
  if (!input.title.trim()) throw new Error('A story needs a title.');
  updateRecord(doc, 'stories', id, fieldsOf(input), now, 'This story no longer exists.');
}

/** The live story, or null when missing, unreadable or soft-deleted. */
export function getStory(doc: Y.Doc, id: string): Story | null {
  const story = readOne(doc, 'stories', storySchema, id);
  return story && story.deletedAt === undefined ? story : null;
}

export function deleteStory(doc: Y.Doc, id: string, by?: string, now = Date.now()) {
  softDelete(doc, 'stories', id, by, { now });
}

export function restoreStory(doc: Y.Doc, id: string) {
  restoreRecord(doc, 'stories', id);
}

/**
 * What the share texts are made of, for the layer that words them (lib/state/share-text.ts):
 * the model has no interface language. Partner names are looked up by the caller.
 */
export interface StoryShareParts {
  title: string;
  body: string;
  date: string | undefined;
  partnerNames: string[];
  thanks: string[];
}

export function storyShareParts(
  story: Story,
  partnerName: (id: string) => string | undefined,
): StoryShareParts {
  return {
    title: story.title,
    body: (story.body ?? '').replace(/\s+/g, ' ').trim(),
    date: story.date,
    partnerNames: story.partnerIds.map(partnerName).filter((name): name is string => Boolean(name)),
    thanks: story.thanks,
  };
}
