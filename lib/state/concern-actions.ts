import type * as Y from 'yjs';
import {
  deleteConcern,
  moveConcern,
  raiseConcern,
  restoreConcern,
  type ConcernInput,
  type PostAnalysis,
  type StepInput,
} from '../model/concern';

/** What the concern actions need of a workspace session. */
export interface ConcernSession {
  readonly doc: Y.Doc;
  act: <T>(action: () => T) => T;
  undo: () => void;
}

/**
 * The concern screens' writes (ConcernActions in components/concerns/types.ts, matched
 * structurally), each one undo step through lib/model. `me` (the display name) is recorded as
 * who raised it in the doc, who took each step, and who deleted.
 */
export function concernActions(session: ConcernSession, me: string) {
  const { doc } = session;
  const by = me.trim() || undefined;
  return {
    raise: (input: Omit<ConcernInput, 'createdBy'>) =>
      session.act(() => raiseConcern(doc, { ...input, createdBy: by })),
    move: (id: string, step: Omit<StepInput, 'by'>, analysis?: PostAnalysis) =>
      session.act(() => moveConcern(doc, id, { ...step, by }, analysis)),
    remove: (id: string) => session.act(() => deleteConcern(doc, id, by)),
    restore: (id: string) => session.act(() => restoreConcern(doc, id)),
    undo: () => session.undo(),
  };
}
