import type { ConcernInput, PostAnalysis, StepInput } from '../../lib/model/concern';

/** The concern screens' writes, each one undo step (lib/state/concern-actions.ts makes them). */
export interface ConcernActions {
  raise: (input: Omit<ConcernInput, 'createdBy'>) => string;
  /** Returns the lesson's id when resolving created one; throws ConcernMoveError when refused. */
  move: (id: string, step: Omit<StepInput, 'by'>, analysis?: PostAnalysis) => string | undefined;
  remove: (id: string) => void;
  undo: () => void;
}
