import type { FeedbackInput } from '../../lib/model/feedback';

/** The feedback screens' writes, each one undo step (lib/state/feedback-actions.ts makes them). */
export interface FeedbackActions {
  record: (input: Omit<FeedbackInput, 'createdBy'>) => string;
  remove: (id: string) => void;
  undo: () => void;
}
