import * as Y from 'yjs';
import { z } from 'zod';
import { deletionFields, restoreRecord, softDelete } from './deletion';
import { newId, transactLocal } from './doc';
import { isValidDay } from './days';
import {
  LIMITS,
  oneOf,
  optionalId,
  optionalLine,
  optionalText,
  optionalTimestamp,
  timestamp,
} from './fields';
import { optionalDay } from './followup';
import { insertLesson } from './lesson';
import { getRecordMap, insertRecord, readOne } from './records';

/**
 * A concern either side of a partnership raises, and the conversation that settles it.
 *
 * Status is not a field of its own: it is the `to` of the last step in the concern's `steps`
 * (a Y.Array), `raised` before any step. Two people who move the same concern at once both
 * append a step; Yjs orders concurrent appends the same way on every peer, so everyone reads
 * the same status and both conversations stay in the history (the later step's `from` then
 * says what its author saw). A separate `status` field would instead keep one person's status
 * beside the other person's note.
 *
 * Visibility: a workspace syncs peer to peer and every member holds the whole doc, so the only
 * visibility there is, and the only one recorded, is "the whole workspace".
 */

export const CONCERN_STATUSES = [
  'raised',
  'in-dialogue',
  'mediated',
  'resolved',
  'withdrawn',
] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

export const SIDES = ['school', 'partner'] as const;
export type Side = (typeof SIDES)[number];

export const VISIBILITIES = ['workspace'] as const;

const CLOSED: ReadonlySet<ConcernStatus> = new Set(['resolved', 'withdrawn']);
export const isOpenStatus = (status: ConcernStatus) => !CLOSED.has(status);

/** How far along the conversation a status is; a move to a lower stage goes back. */
const STAGE: Record<ConcernStatus, number> = {
  raised: 0,
  'in-dialogue': 1,
  mediated: 2,
  resolved: 3,
  withdrawn: 3,
};

/**
 * Where a concern may go from each status. Raised is only where it starts; a closed concern can
 * only be reopened into dialogue. Mediation is optional: dialogue may end in resolution directly.
 */
const NEXT: Record<ConcernStatus, readonly ConcernStatus[]> = {
  raised: ['in-dialogue', 'mediated', 'resolved', 'withdrawn'],
  'in-dialogue': ['mediated', 'resolved', 'withdrawn'],
  mediated: ['in-dialogue', 'resolved', 'withdrawn'],
  resolved: ['in-dialogue'],
  withdrawn: ['in-dialogue'],
};

export function nextStatuses(from: ConcernStatus): readonly ConcernStatus[] {
  return NEXT[from];
}

/** A move back (mediation to dialogue, reopening a closed concern) must say why. */
export function isStepBack(from: ConcernStatus, to: ConcernStatus): boolean {
  return STAGE[to] < STAGE[from] || (CLOSED.has(from) && from !== to);
}

export type TransitionProblem = 'sameStatus' | 'notAllowed' | 'noteRequired' | 'analysisRequired';

export interface PostAnalysis {
  rootCause: string;
  whatWeChange: string;
}

/** Whether `from → to` may happen with this note and post-analysis; null when it may. */
export function transitionProblem(
  from: ConcernStatus,
  to: ConcernStatus,
  note: string,
  analysis?: Partial<PostAnalysis>,
): TransitionProblem | null {
  if (from === to) return 'sameStatus';
  if (!NEXT[from].includes(to)) return 'notAllowed';
  if (isStepBack(from, to) && !note.trim()) return 'noteRequired';
  if (to === 'resolved' && (!analysis?.rootCause?.trim() || !analysis.whatWeChange?.trim()))
    return 'analysisRequired';
  return null;
}

const PROBLEM_TEXT: Record<TransitionProblem, string> = {
  sameStatus: 'The concern already has this status.',
  notAllowed: 'A concern cannot move there from its status.',
  noteRequired: 'Going back needs a note saying why.',
  analysisRequired: 'Resolving needs a root cause and what we change.',
};

/** Thrown by `moveConcern`; `code` is for the interface to word. */
export class ConcernMoveError extends Error {
  constructor(readonly code: TransitionProblem | 'gone') {
    super(code === 'gone' ? CONCERN_GONE : PROBLEM_TEXT[code]);
  }
}

const stepSchema = z.object({
  date: z.string().refine(isValidDay),
  note: optionalText(4000),
  people: z
    .array(z.string())
    .catch([])
    .transform((names) =>
      names
        .map((name) => name.replace(/\s+/g, ' ').trim().slice(0, LIMITS.name))
        .filter(Boolean)
        .slice(0, LIMITS.listItems),
    ),
  from: oneOf(CONCERN_STATUSES, 'raised'),
  to: z.enum(CONCERN_STATUSES),
  by: optionalLine(100),
  at: timestamp,
});

export type ConcernStep = z.output<typeof stepSchema>;

const MAX_STEPS = 500;

/** The readable steps in order; a step a peer wrote wrong is skipped, never the whole concern. */
const stepList = z
  .unknown()
  .optional()
  .transform((value) => {
    if (!Array.isArray(value)) return [] as ConcernStep[];
    const steps: ConcernStep[] = [];
    for (const item of value.slice(0, MAX_STEPS)) {
      const parsed = stepSchema.safeParse(item);
      if (parsed.success) steps.push(parsed.data);
    }
    return steps;
  });

const requiredText = (max: number) =>
  z
    .string()
    .transform((value) => value.trim().slice(0, max))
    .pipe(z.string().min(1));

export const concernSchema = z
  .object({
    partnerId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
    text: requiredText(4000),
    raisedBy: optionalLine(LIMITS.name),
    side: oneOf(SIDES, 'school'),
    date: optionalDay,
    visibility: oneOf(VISIBILITIES, 'workspace'),
    steps: stepList,
    rootCause: optionalText(4000),
    whatWeChange: optionalText(4000),
    lessonId: optionalId,
    createdBy: optionalLine(100),
    createdAt: timestamp,
    updatedAt: optionalTimestamp,
    ...deletionFields,
  })
  .transform((concern) => ({
    ...concern,
    status: (concern.steps.at(-1)?.to ?? 'raised') as ConcernStatus,
  }));

export type Concern = z.output<typeof concernSchema> & { id: string };

export interface ConcernInput {
  partnerId: string;
  text: string;
  raisedBy?: string | undefined;
  side: Side;
  date: string;
  createdBy?: string | undefined;
}

export interface StepInput {
  to: ConcernStatus;
  date: string;
  note?: string | undefined;
  people?: readonly string[];
  by?: string | undefined;
}

const CONCERN_GONE = 'This concern no longer exists.';

export function raiseConcern(doc: Y.Doc, input: ConcernInput, now = Date.now()): string {
  if (!input.text.trim()) throw new Error('Say what the concern is.');
  if (!isValidDay(input.date)) throw new Error('Enter a valid date.');
  const id = newId();
  transactLocal(doc, () => {
    insertRecord(doc, 'concerns', id, {
      partnerId: input.partnerId,
      text: input.text.trim(),
      raisedBy: input.raisedBy?.trim() || undefined,
      side: input.side,
      date: input.date,
      visibility: 'workspace',
      steps: new Y.Array(),
      createdBy: input.createdBy?.trim() || undefined,
      createdAt: now,
      updatedAt: now,
    });
  });
  return id;
}

/** The live concern, or null when missing, unreadable or soft-deleted. */
export function getConcern(doc: Y.Doc, id: string): Concern | null {
  const concern = readOne(doc, 'concerns', concernSchema, id);
  return concern && concern.deletedAt === undefined ? concern : null;
}

/**
 * Moves a concern to `step.to` with a dated note and who took part, in one local transaction.
 * Resolving writes the post-analysis on the concern and creates the lesson learned that links
 * back to it, in the same transaction (one Undo step takes back both). Returns the lesson's id
 * when one was created. Throws `ConcernMoveError` when the move is not allowed.
 */
export function moveConcern(
  doc: Y.Doc,
  id: string,
  step: StepInput,
  analysis?: PostAnalysis,
  now = Date.now(),
): string | undefined {
  if (!isValidDay(step.date)) throw new Error('Enter a valid date.');
  return transactLocal(doc, () => {
    const concern = getConcern(doc, id);
    const record = getRecordMap(doc, 'concerns', id);
    if (!concern || !record) throw new ConcernMoveError('gone');
    const note = step.note?.trim() ?? '';
    const problem = transitionProblem(concern.status, step.to, note, analysis);
    if (problem) throw new ConcernMoveError(problem);
    let steps = record.get('steps');
    if (!(steps instanceof Y.Array)) {
      // A peer stored something else: keep the steps that read, in a list that merges.
      const kept = new Y.Array<unknown>();
      kept.push(concern.steps.map((s) => ({ ...s })));
      record.set('steps', kept);
      steps = kept;
    }
    (steps as Y.Array<unknown>).push([
      {
        date: step.date,
        ...(note ? { note } : {}),
        people: (step.people ?? []).map((name) => name.trim()).filter(Boolean),
        from: concern.status,
        to: step.to,
        ...(step.by?.trim() ? { by: step.by.trim() } : {}),
        at: now,
      },
    ]);
    record.set('updatedAt', now);
    if (step.to !== 'resolved' || !analysis) return undefined;
    const lessonId = insertLesson(
      doc,
      {
        title: concern.text,
        body: concern.text,
        learned: analysis.rootCause,
        change: analysis.whatWeChange,
        date: step.date,
        partnerIds: [concern.partnerId],
        concernId: id,
        createdBy: step.by,
      },
      now,
    );
    record.set('rootCause', analysis.rootCause.trim());
    record.set('whatWeChange', analysis.whatWeChange.trim());
    record.set('lessonId', lessonId);
    return lessonId;
  });
}

export function deleteConcern(doc: Y.Doc, id: string, by?: string, now = Date.now()) {
  softDelete(doc, 'concerns', id, by, { now });
}

export function restoreConcern(doc: Y.Doc, id: string) {
  restoreRecord(doc, 'concerns', id);
}
