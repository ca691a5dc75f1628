import {
  addContribution,
  deleteContribution,
  restoreContribution,
  updateContribution,
  type ContributionInput,
  type ContributionPatch,
} from '../model/contribution';
import { transactLocal } from '../model/doc';
import type { HistoryDocs } from '../model/history-docs';
import {
  deleteLesson,
  insertLesson,
  restoreLesson,
  updateLesson,
  type LessonInput,
} from '../model/lesson';
import { writeSchoolYearStart } from '../model/school-year';
import { addStory, deleteStory, restoreStory, updateStory, type StoryInput } from '../model/story';
import type * as Y from 'yjs';

/** What the value actions need of a workspace session. */
export interface ValueSession {
  readonly doc: Y.Doc;
  act: <T>(action: () => T) => T;
  undo: () => void;
}

export type LessonFields = Omit<LessonInput, 'concernId' | 'createdBy'>;

/**
 * The contributions, stories and lessons screens' writes, each one undo step. Contributions go
 * through the history docs (lib/model/history-docs.ts); stories and lessons live in the
 * workspace doc.
 */
export function valueActions(session: ValueSession, history: HistoryDocs, me: string) {
  const by = me.trim() || undefined;
  const doc = session.doc;
  return {
    addContribution: (input: Omit<ContributionInput, 'createdBy'>) =>
      session.act(() => addContribution(history, { ...input, createdBy: by })),
    updateContribution: (id: string, patch: ContributionPatch) =>
      session.act(() => updateContribution(history, id, patch)),
    removeContribution: (id: string) => session.act(() => deleteContribution(history, id, by)),
    restoreContribution: (id: string) => session.act(() => restoreContribution(history, id)),
    addStory: (input: Omit<StoryInput, 'createdBy'>) =>
      session.act(() => addStory(doc, { ...input, createdBy: by })),
    updateStory: (id: string, input: Omit<StoryInput, 'createdBy'>) =>
      session.act(() => updateStory(doc, id, input)),
    removeStory: (id: string) => session.act(() => deleteStory(doc, id, by)),
    restoreStory: (id: string) => session.act(() => restoreStory(doc, id)),
    addLesson: (input: LessonFields) =>
      session.act(() =>
        transactLocal(doc, () => insertLesson(doc, { ...input, createdBy: by }, Date.now())),
      ),
    updateLesson: (id: string, input: LessonFields) =>
      session.act(() => updateLesson(doc, id, input)),
    removeLesson: (id: string) => session.act(() => deleteLesson(doc, id, by)),
    restoreLesson: (id: string) => session.act(() => restoreLesson(doc, id)),
    setSchoolYearStart: (month: number) =>
      session.act(() => transactLocal(doc, () => writeSchoolYearStart(doc, month))),
    undo: () => session.undo(),
  };
}

export type ValueActions = ReturnType<typeof valueActions>;
