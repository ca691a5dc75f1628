import type * as Y from 'yjs';
import { feedbackSchema, type Feedback } from '../model/feedback';
import { feedbackTrend, type FeedbackTrend } from '../model/feedback-trend';
import { singleDocHistory, type HistoryDocs } from '../model/history-docs';
import { PartnerRecords } from './partner-records';

/** Oldest first (the chart reads left to right); same day by when it was recorded. */
function compareByDate(a: Feedback, b: Feedback): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
}

/**
 * A partner's feedback pulses and their trend, read from every history doc (`history.all()`),
 * so when feedback moves to per-year docs this view keeps working once each doc is loaded.
 */
export class FeedbackView {
  readonly pulses: PartnerRecords<Feedback>;

  constructor(readonly history: HistoryDocs) {
    this.pulses = new PartnerRecords(history.all(), 'feedback', feedbackSchema);
  }

  /** The partner's pulses, oldest first. */
  pulsesOf(partnerId: string): Feedback[] {
    return this.pulses.ofPartner(partnerId).sort(compareByDate);
  }

  /** Last 90 days against the 90 before; `today` is a day number (lib/model/days.ts). */
  trendOf(partnerId: string, today: number): FeedbackTrend {
    return feedbackTrend(this.pulses.ofPartner(partnerId), today);
  }

  dispose() {
    this.pulses.dispose();
  }
}

export const FEEDBACK_FEATURE = 'feedback';

export function feedbackViewOf(session: {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
}): FeedbackView {
  return session.feature(FEEDBACK_FEATURE, (doc) => new FeedbackView(singleDocHistory(doc)));
}
