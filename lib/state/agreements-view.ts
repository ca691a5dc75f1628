import { computed, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import { agreementHistory, agreementSchema, type Agreement } from '../model/agreement';
import type { AgreementHistory } from '../model/agreement';
import {
  commitmentDaysOverdue,
  commitmentSchema,
  isCommitmentOverdue,
  isOpenStatus,
  summariseCommitments,
  type Commitment,
  type CommitmentSide,
  type CommitmentStatus,
  type CommitmentSummary,
} from '../model/commitment';
import { PartnerRecordIndex } from './partner-record-index';
import { sharedToday, Today } from './today';

/** The all-commitments view's filters; absent means any. */
export interface CommitmentFilters {
  side?: CommitmentSide | undefined;
  /** A status, or 'open' for pledged and in progress together. */
  status?: CommitmentStatus | 'open' | undefined;
  overdueOnly?: boolean | undefined;
}

/** What a partner's health line needs to know about its commitments. */
export interface CommitmentCounts {
  /** Pledged or in progress, either side. */
  open: number;
  /** Open and past the due day. */
  overdue: number;
}

/** A review date on a partner's current agreement (for reminders). */
export interface ReviewReminder {
  partnerId: string;
  versionId: string;
  reviewDate: string;
}

/**
 * Open first, soonest due first (undated last); then finished ones, most recently changed first.
 */
export function compareCommitments(a: Commitment, b: Commitment): number {
  const openA = isOpenStatus(a.status);
  if (openA !== isOpenStatus(b.status)) return openA ? -1 : 1;
  if (openA) {
    const dueA = a.due ?? '9999-99-99';
    const dueB = b.due ?? '9999-99-99';
    if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  } else {
    const atA = a.history.at(-1)?.at ?? a.createdAt;
    const atB = b.history.at(-1)?.at ?? b.createdAt;
    if (atA !== atB) return atB - atA;
  }
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Agreements and commitments for the panel. Both collections are indexed by partner once and
 * kept current record by record (PartnerRecordIndex), so a partner's page costs that partner's
 * records; the all-commitments list and the reminders read every commitment, which is fine for
 * the few hundred a workspace has (they are promises people make, not a log).
 */
export class AgreementsView {
  readonly agreements: PartnerRecordIndex<Agreement>;
  readonly commitments: PartnerRecordIndex<Commitment>;
  /** Today's day number in local time; moves on at midnight. */
  readonly today: ReadonlySignal<number>;
  private readonly ownToday: Today | undefined;
  /** Open commitments past their due day, most overdue first. */
  readonly overdueCommitments: ReadonlySignal<Commitment[]>;
  /** Current agreements with a review date, soonest first. */
  readonly reviews: ReadonlySignal<ReviewReminder[]>;

  constructor(
    readonly doc: Y.Doc,
    options: { clock?: () => number; today?: Today } = {},
  ) {
    this.ownToday = options.clock ? new Today(options.clock, { follow: false }) : undefined;
    this.today = (options.today ?? this.ownToday ?? sharedToday()).number;
    this.agreements = new PartnerRecordIndex<Agreement>(doc, 'agreements', agreementSchema);
    this.commitments = new PartnerRecordIndex<Commitment>(doc, 'commitments', commitmentSchema);
    this.overdueCommitments = computed(() => {
      const today = this.today.value;
      void this.commitments.changes.value;
      return [...this.commitments.live()]
        .filter((c) => isCommitmentOverdue(c, today))
        .sort((a, b) => commitmentDaysOverdue(b, today) - commitmentDaysOverdue(a, today));
    });
    this.reviews = computed(() => {
      void this.agreements.changes.value;
      const reviews: ReviewReminder[] = [];
      for (const partnerId of this.agreements.partnerIds()) {
        const current = this.agreementOf(partnerId).current;
        if (current?.reviewDate)
          reviews.push({ partnerId, versionId: current.id, reviewDate: current.reviewDate });
      }
      return reviews.sort((a, b) => a.reviewDate.localeCompare(b.reviewDate));
    });
  }

  /** The partner's agreement: current version, earlier ones, and any saved at the same time. */
  agreementOf(partnerId: string): AgreementHistory {
    return agreementHistory(this.agreements.of(partnerId));
  }

  /** The partner's live commitments, open ones first. */
  commitmentsOf(partnerId: string): Commitment[] {
    return this.commitments.of(partnerId).sort(compareCommitments);
  }

  /** Pledged against delivered per side, for the partner's page. */
  summaryOf(partnerId: string): CommitmentSummary {
    return summariseCommitments(this.commitments.of(partnerId), this.today.value);
  }

  /** Open and overdue commitments of one partner (for its health line). Reads signals. */
  commitmentCounts(partnerId: string): CommitmentCounts {
    const today = this.today.value;
    let open = 0;
    let overdue = 0;
    for (const commitment of this.commitments.of(partnerId)) {
      if (!isOpenStatus(commitment.status)) continue;
      open++;
      if (isCommitmentOverdue(commitment, today)) overdue++;
    }
    return { open, overdue };
  }

  /** Every live commitment that passes the filters, open ones first. */
  allCommitments(filters: CommitmentFilters = {}): Commitment[] {
    const today = this.today.value;
    const list: Commitment[] = [];
    for (const commitment of this.commitments.live()) {
      if (filters.side && commitment.side !== filters.side) continue;
      if (filters.status === 'open' && !isOpenStatus(commitment.status)) continue;
      if (filters.status && filters.status !== 'open' && commitment.status !== filters.status)
        continue;
      if (filters.overdueOnly && !isCommitmentOverdue(commitment, today)) continue;
      list.push(commitment);
    }
    return list.sort(compareCommitments);
  }

  dispose() {
    this.agreements.dispose();
    this.commitments.dispose();
    this.ownToday?.dispose();
  }
}

export const AGREEMENTS_FEATURE = 'agreements';

/** The session's agreements view model, created on first use. */
export function agreementsViewOf(session: {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
}): AgreementsView {
  return session.feature(AGREEMENTS_FEATURE, (doc) => new AgreementsView(doc));
}
