import {
  addFeedback,
  deleteFeedback,
  restoreFeedback,
  type FeedbackInput,
} from '../model/feedback';
import type { HistoryDocs } from '../model/history-docs';

/** What the feedback actions need of a workspace session. */
export interface FeedbackSession {
  act: <T>(action: () => T) => T;
  undo: () => void;
}

/**
 * The feedback screens' writes (FeedbackActions in components/feedback/types.ts), each one undo
 * step, written through the history docs (lib/model/history-docs.ts), never a doc of their own.
 */
export function feedbackActions(session: FeedbackSession, history: HistoryDocs, me: string) {
  const by = me.trim() || undefined;
  return {
    record: (input: Omit<FeedbackInput, 'createdBy'>) =>
      session.act(() => addFeedback(history, { ...input, createdBy: by })),
    remove: (id: string) => session.act(() => deleteFeedback(history, id, by)),
    restore: (id: string) => session.act(() => restoreFeedback(history, id)),
    undo: () => session.undo(),
  };
}
