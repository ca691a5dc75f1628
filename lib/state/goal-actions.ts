import type * as Y from 'yjs';
import type { CheckinInput } from '../model/checkin';
import { recordCheckin } from '../model/checkin-history';
import {
  addColumn,
  addGoal,
  deleteGoal,
  moveColumn,
  moveGoal,
  renameColumn,
  restoreGoal,
  updateGoal,
  type GoalInput,
  type GoalPatch,
} from '../model/goal';
import { singleDocHistory, type HistoryDocs } from '../model/history-docs';
import type { GoalsBoard } from './goals-board';

/** What the goal actions need of a workspace session. */
export interface GoalSession {
  readonly doc: Y.Doc;
  /** Where a check-in dated `day` is written (its school year's doc once history is split). */
  readonly history?: HistoryDocs;
  act: <T>(action: () => T) => T;
  undo: () => void;
}

/**
 * The goal screens' writes (GoalActions in components/goals/types.ts, matched structurally since
 * components may not import lib/state), each one undo step through lib/model. `me` (the display
 * name) marks who created, deleted or checked in.
 */
export function goalActions(
  session: GoalSession,
  board: Pick<GoalsBoard, 'positionFor'>,
  me: string,
) {
  const { doc } = session;
  const by = me || undefined;
  return {
    add: (input: GoalInput) => session.act(() => addGoal(doc, { ...input, createdBy: by })),
    update: (id: string, patch: GoalPatch) => session.act(() => updateGoal(doc, id, patch)),
    /** Puts the goal in `columnId` just before `beforeId`, or at the end for null. */
    move: (id: string, columnId: string, beforeId: string | null) =>
      session.act(() => moveGoal(doc, id, columnId, board.positionFor(columnId, id, beforeId))),
    remove: (id: string) => session.act(() => deleteGoal(doc, id, by)),
    restore: (id: string) => session.act(() => restoreGoal(doc, id)),
    addCheckin: (input: Omit<CheckinInput, 'author'>) =>
      session.act(() =>
        recordCheckin(session.history ?? singleDocHistory(doc), { ...input, author: by }),
      ),
    addColumn: (name: string) => session.act(() => addColumn(doc, name)),
    renameColumn: (id: string, name: string) => session.act(() => renameColumn(doc, id, name)),
    moveColumn: (id: string, index: number) => session.act(() => moveColumn(doc, id, index)),
    undo: () => session.undo(),
  };
}

/** Links the goal to the partner, or unlinks it; one undo step. A goal not on the board is left. */
export function setGoalPartnerLink(
  session: GoalSession,
  board: Pick<GoalsBoard, 'goal'>,
  goalId: string,
  partnerId: string,
  link: boolean,
) {
  const goal = board.goal(goalId);
  if (!goal) return;
  const partnerIds = link
    ? [...new Set([...goal.partnerIds, partnerId])]
    : goal.partnerIds.filter((id) => id !== partnerId);
  session.act(() => updateGoal(session.doc, goalId, { partnerIds }));
}
