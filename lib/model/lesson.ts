import type * as Y from 'yjs';
import { z } from 'zod';
import { deletionFields, restoreRecord, softDelete } from './deletion';
import { newId } from './doc';
import {
  idList,
  LIMITS,
  optionalId,
  optionalLine,
  optionalText,
  requiredLine,
  timestamp,
} from './fields';
import { optionalDay } from './followup';
import { insertRecord, readOne, updateRecord } from './records';

/**
 * A lesson learned: what happened, what was learned, what changes. A resolved concern leaves
 * one behind (`concernId` links back to it); the stories feature may add lessons of its own.
 */
export const lessonSchema = z.object({
  title: requiredLine(LIMITS.shortText),
  /** What happened. */
  body: optionalText(),
  learned: optionalText(4000),
  change: optionalText(4000),
  date: optionalDay,
  partnerIds: idList,
  goalIds: idList,
  concernId: optionalId,
  createdBy: optionalLine(100),
  createdAt: timestamp,
  ...deletionFields,
});

export type Lesson = z.output<typeof lessonSchema> & { id: string };

export interface LessonInput {
  title: string;
  body?: string | undefined;
  learned?: string | undefined;
  change?: string | undefined;
  date?: string | undefined;
  partnerIds?: readonly string[];
  goalIds?: readonly string[];
  concernId?: string | undefined;
  createdBy?: string | undefined;
}

/**
 * Writes a lesson inside the caller's transaction (a concern's resolution writes the lesson and
 * the concern's link to it as one step, so Undo takes both back). Returns the new id.
 */
export function insertLesson(doc: Y.Doc, input: LessonInput, now: number): string {
  const id = newId();
  insertRecord(doc, 'lessons', id, {
    title: input.title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.shortText),
    body: input.body?.trim() || undefined,
    learned: input.learned?.trim() || undefined,
    change: input.change?.trim() || undefined,
    date: input.date || undefined,
    partnerIds: [...(input.partnerIds ?? [])],
    goalIds: [...(input.goalIds ?? [])],
    concernId: input.concernId,
    createdBy: input.createdBy?.trim() || undefined,
    createdAt: now,
  });
  return id;
}

/** The live lesson, or null when missing, unreadable or soft-deleted. */
export function getLesson(doc: Y.Doc, id: string): Lesson | null {
  const lesson = readOne(doc, 'lessons', lessonSchema, id);
  return lesson && lesson.deletedAt === undefined ? lesson : null;
}

export function deleteLesson(doc: Y.Doc, id: string, by?: string, now = Date.now()) {
  softDelete(doc, 'lessons', id, by, { now });
}

export function restoreLesson(doc: Y.Doc, id: string) {
  restoreRecord(doc, 'lessons', id);
}

/** Edits a lesson's texts and links in place (a peer's concurrent edit of another field stays). */
export function updateLesson(
  doc: Y.Doc,
  id: string,
  input: Omit<LessonInput, 'concernId' | 'createdBy'>,
  now = Date.now(),
) {
  updateRecord(
    doc,
    'lessons',
    id,
    {
      title: input.title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.shortText),
      body: input.body?.trim() || undefined,
      learned: input.learned?.trim() || undefined,
      change: input.change?.trim() || undefined,
      date: input.date || undefined,
      partnerIds: [...(input.partnerIds ?? [])],
      goalIds: [...(input.goalIds ?? [])],
    },
    now,
    'This lesson no longer exists.',
  );
}
