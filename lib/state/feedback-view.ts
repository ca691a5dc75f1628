import { signal } from '@preact/signals';
import type * as Y from 'yjs';
import { feedbackSchema, type Feedback } from '../model/feedback';
import {
  observeRecentPulses,
  recentPulses,
  repairRecentPulses,
  type RecentPulse,
} from '../model/feedback-summary';
import { feedbackTrend, type FeedbackTrend, type Pulse } from '../model/feedback-trend';
import { singleDocHistory, type HistoryDocs } from '../model/history-docs';
import { isYearLayout } from '../model/history-years';
import { PartnerRecords } from './partner-records';

/** Origin of the notes' repair: derived from the pulses, not the user's edit (Undo skips it). */
const NOTES_ORIGIN = 'bridgework:feedback-notes';
/** How long after the pulses change the notes are repaired (a year loads in many batches). */
const REPAIR_DELAY_MS = 1_000;

/** Oldest first (the chart reads left to right); same day by when it was recorded. */
function compareByDate(a: Feedback, b: Feedback): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
}

/**
 * A partner's feedback pulses and their trend, read from every history doc loaded (the workspace
 * doc and, once history is split per school year, each year as it loads).
 *
 * The trend reaches 180 days back, into last school year for half of the year: it also counts
 * the workspace's recent pulses (lib/model/feedback-summary.ts) whose year is not loaded. That
 * summary is indexed by partner on first use and again only after it changes (a pulse added
 * or deleted), a few hundred entries for a school.
 */
export class FeedbackView {
  readonly pulses: PartnerRecords<Feedback>;
  private readonly summaryRevision = signal(0);
  private summaryByPartner: Map<string, RecentPulse[]> | undefined;
  private readonly stopSummary: () => void;

  constructor(
    readonly history: HistoryDocs,
    private readonly now: () => number = Date.now,
  ) {
    this.pulses = new PartnerRecords(history, 'feedback', feedbackSchema);
    this.stopSummary = observeRecentPulses(history.main, () => {
      this.summaryByPartner = undefined;
      this.summaryRevision.value++;
    });
    this.stopRepair = this.pulses.changes.subscribe(() => this.scheduleRepair());
  }

  private repairTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly stopRepair: () => void;

  /**
   * Repairs the workspace's recent-pulse notes from the pulses read in year docs (split layout
   * only), a while after they change (a year loads as many batches): not the user's edit, so
   * outside Undo. Costs a pass over the pulses loaded (a few hundred for a school year).
   */
  private scheduleRepair() {
    if (this.repairTimer !== undefined || !isYearLayout(this.history.main)) return;
    this.repairTimer = setTimeout(() => {
      this.repairTimer = undefined;
      this.repairNotes();
    }, REPAIR_DELAY_MS);
  }

  /** Brings the notes in line with the loaded years' pulses now (tests call it directly). */
  repairNotes() {
    const main = this.history.main;
    const pulses: Feedback[] = [];
    for (const { record, doc } of this.pulses.withDocs())
      if (doc && doc !== main) pulses.push(record);
    main.transact(() => repairRecentPulses(main, pulses, this.now()), NOTES_ORIGIN);
  }

  /** The partner's pulses in the years loaded, oldest first. */
  pulsesOf(partnerId: string): Feedback[] {
    return this.pulses.ofPartner(partnerId).sort(compareByDate);
  }

  /** Last 90 days against the 90 before; `today` is a day number (lib/model/days.ts). */
  trendOf(partnerId: string, today: number): FeedbackTrend {
    const loaded: Pulse[] = this.pulses.ofPartner(partnerId);
    return feedbackTrend([...loaded, ...this.unloadedRecentOf(partnerId)], today);
  }

  /** The partner's recent pulses whose record is in no loaded doc (its year is not loaded). */
  private unloadedRecentOf(partnerId: string): RecentPulse[] {
    void this.summaryRevision.value;
    if (!this.summaryByPartner) {
      this.summaryByPartner = new Map();
      for (const pulse of recentPulses(this.history.main)) {
        const list = this.summaryByPartner.get(pulse.partnerId);
        if (list) list.push(pulse);
        else this.summaryByPartner.set(pulse.partnerId, [pulse]);
      }
    }
    const recent = this.summaryByPartner.get(partnerId);
    return recent ? recent.filter((pulse) => !this.pulses.holds(pulse.id)) : [];
  }

  dispose() {
    this.pulses.dispose();
    this.stopSummary();
    this.stopRepair();
    clearTimeout(this.repairTimer);
  }
}

export const FEEDBACK_FEATURE = 'feedback';

export function feedbackViewOf(session: {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
  /** The workspace's history docs (feedback per school year); the workspace doc alone without. */
  history?: HistoryDocs;
}): FeedbackView {
  return session.feature(
    FEEDBACK_FEATURE,
    (doc) => new FeedbackView(session.history ?? singleDocHistory(doc)),
  );
}
