import type { Agreement } from './agreement';
import type { Commitment, CommitmentSide, CommitmentStatus } from './commitment';
import type { Concern, ConcernStatus } from './concern';
import type { ContributionDirection, ContributionKind, Contribution } from './contribution';
import { localDateTime } from './days';
import type { Feedback, FeedbackChannel } from './feedback';
import type { Lesson } from './lesson';
import type { Story } from './story';

/**
 * A partner's timeline beyond its contact log: one dated row per thing that happened to an
 * accountability or value record (an agreement saved, a commitment's status changed, a concern
 * resolved, a feedback pulse, a contribution, a story, a lesson), merged into the log's rows.
 *
 * Pure: the view model hands in the partner's validated records (already without soft-deleted
 * ones) and gets plain rows back; the components turn the codes into words.
 */

/** Which part of the partner page a row opens (and which record in it). */
export type RecordSection =
  'agreement' | 'commitment' | 'concern' | 'feedback' | 'contribution' | 'story' | 'lesson';

export type RecordEvent = { id: string; recordId: string; date: string; at: number } & (
  | { type: 'agreement-saved'; text: string }
  | { type: 'agreement-confirmed'; text: string; side: CommitmentSide }
  | { type: 'commitment-pledged'; text: string; side: CommitmentSide }
  | { type: 'commitment-status'; text: string; status: CommitmentStatus; note: string }
  | { type: 'concern-raised'; text: string }
  | { type: 'concern-step'; text: string; status: ConcernStatus; note: string }
  | { type: 'feedback'; text: string; score: number; channel: FeedbackChannel }
  | {
      type: 'contribution';
      text: string;
      direction: ContributionDirection;
      kind: ContributionKind;
      amount?: number | undefined;
      currency?: string | undefined;
      hours?: number | undefined;
    }
  | { type: 'story'; text: string }
  | { type: 'lesson'; text: string }
);

export type RecordEventType = RecordEvent['type'];

/** A record found by a search, and the partner whose page shows it (none: a story of no partner). */
export type RecordHit = RecordEvent & { partnerId: string | undefined };

/** The Show filter's groups: contacts are the log's rows, the rest are record events. */
export type TimelineShow = 'all' | 'contacts' | 'accountability' | 'value';
export const TIMELINE_SHOWS: readonly TimelineShow[] = [
  'all',
  'contacts',
  'accountability',
  'value',
];

const SECTION: Record<RecordEventType, RecordSection> = {
  'agreement-saved': 'agreement',
  'agreement-confirmed': 'agreement',
  'commitment-pledged': 'commitment',
  'commitment-status': 'commitment',
  'concern-raised': 'concern',
  'concern-step': 'concern',
  feedback: 'feedback',
  contribution: 'contribution',
  story: 'story',
  lesson: 'lesson',
};

export const sectionOf = (event: RecordEvent): RecordSection => SECTION[event.type];

export function groupOf(event: RecordEvent): 'accountability' | 'value' {
  const section = sectionOf(event);
  return section === 'contribution' || section === 'story' || section === 'lesson'
    ? 'value'
    : 'accountability';
}

/** A merged row is a record event (it has a `type`) or one of the log's index items. */
export function isRecordEvent(item: object): item is RecordEvent {
  return 'type' in item && 'recordId' in item;
}

/** A partner's records, as the view models hold them (live ones only). */
export interface PartnerRecordSet {
  agreements?: readonly Agreement[];
  commitments?: readonly Commitment[];
  concerns?: readonly Concern[];
  feedback?: readonly Feedback[];
  contributions?: readonly Contribution[];
  stories?: readonly Story[];
  lessons?: readonly Lesson[];
}

/** A record's own day, or the local day and minute it was written when it has none. */
const dayOr = (date: string | undefined, at: number) => date ?? localDateTime(at);

/** Every dated thing that happened to these records, newest first. */
export function recordEvents(records: PartnerRecordSet): RecordEvent[] {
  const events: RecordEvent[] = [];
  for (const version of records.agreements ?? []) {
    const text = version.purpose ?? '';
    events.push({
      id: `agreement:${version.id}`,
      recordId: version.id,
      type: 'agreement-saved',
      date: localDateTime(version.createdAt),
      at: version.createdAt,
      text,
    });
    version.agreedBy.forEach((confirmation, index) =>
      events.push({
        id: `agreed:${version.id}:${index}`,
        recordId: version.id,
        type: 'agreement-confirmed',
        date: confirmation.date,
        at: confirmation.at,
        text: confirmation.name,
        side: confirmation.side,
      }),
    );
  }
  for (const commitment of records.commitments ?? []) {
    events.push(pledgeEvent(commitment));
    commitment.history.forEach((change, index) => {
      // The first "pledged" is the pledge itself, already a row of its own.
      if (change.from === undefined && change.to === 'pledged') return;
      events.push({
        id: `commitment:${commitment.id}:${index}`,
        recordId: commitment.id,
        type: 'commitment-status',
        date: localDateTime(change.at),
        at: change.at,
        text: commitment.text,
        status: change.to,
        note: change.note ?? '',
      });
    });
  }
  for (const concern of records.concerns ?? []) {
    events.push(raisedEvent(concern));
    concern.steps.forEach((step, index) =>
      events.push({
        id: `concern:${concern.id}:${index}`,
        recordId: concern.id,
        type: 'concern-step',
        date: step.date,
        at: step.at,
        text: concern.text,
        status: step.to,
        note: step.note ?? '',
      }),
    );
  }
  for (const pulse of records.feedback ?? []) events.push(feedbackEvent(pulse));
  for (const record of records.contributions ?? []) events.push(contributionEvent(record));
  for (const story of records.stories ?? []) events.push(storyEvent(story));
  for (const lesson of records.lessons ?? []) events.push(lessonEvent(lesson));
  return events.sort(compareEvents);
}

/** A commitment's pledge: the row a search hit on the commitment shows. */
export function pledgeEvent(commitment: Commitment): RecordEvent {
  return {
    id: `commitment:${commitment.id}`,
    recordId: commitment.id,
    type: 'commitment-pledged',
    date: localDateTime(commitment.createdAt),
    at: commitment.createdAt,
    text: commitment.text,
    side: commitment.side,
  };
}

/** A concern being raised: the row a search hit on the concern shows. */
export function raisedEvent(concern: Concern): RecordEvent {
  return {
    id: `concern:${concern.id}`,
    recordId: concern.id,
    type: 'concern-raised',
    date: dayOr(concern.date, concern.createdAt),
    at: concern.createdAt,
    text: concern.text,
  };
}

export function feedbackEvent(pulse: Feedback): RecordEvent {
  return {
    id: `feedback:${pulse.id}`,
    recordId: pulse.id,
    type: 'feedback',
    date: pulse.date,
    at: pulse.createdAt,
    text: pulse.comment ?? '',
    score: pulse.score,
    channel: pulse.channel,
  };
}

export function contributionEvent(record: Contribution): RecordEvent {
  return {
    id: `contribution:${record.id}`,
    recordId: record.id,
    type: 'contribution',
    date: record.date,
    at: record.createdAt,
    text: record.note ?? '',
    direction: record.direction,
    kind: record.kind,
    amount: record.amount,
    currency: record.currency,
    hours: record.hours,
  };
}

export function storyEvent(story: Story): RecordEvent {
  return {
    id: `story:${story.id}`,
    recordId: story.id,
    type: 'story',
    date: dayOr(story.date, story.createdAt),
    at: story.createdAt,
    text: story.title,
  };
}

export function lessonEvent(lesson: Lesson): RecordEvent {
  return {
    id: `lesson:${lesson.id}`,
    recordId: lesson.id,
    type: 'lesson',
    date: dayOr(lesson.date, lesson.createdAt),
    at: lesson.createdAt,
    text: lesson.title,
  };
}

/**
 * Newest first by date (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, compared as text: a day without a
 * time sorts below that day's timed rows, as in the log); the same date, the later written first;
 * then by id, so the order never depends on the order records were read in.
 */
export function compareEvents(a: RecordEvent, b: RecordEvent): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.at !== b.at) return b.at - a.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The log's rows (already newest first) with the record events merged in by date. On the same
 * date the contact comes first. The events are few (tens) and the log may be thousands of rows,
 * so this is one pass over both; with no events the log's own array comes back untouched.
 */
export function mergeTimeline<T extends { id: string; date: string }, E extends RecordEvent>(
  log: readonly T[],
  events: readonly E[],
): readonly (T | E)[] {
  if (events.length === 0) return log;
  const sorted = [...events].sort(compareEvents);
  const merged: (T | E)[] = [];
  let i = 0;
  let j = 0;
  while (i < log.length && j < sorted.length) {
    if (sorted[j]!.date > log[i]!.date) merged.push(sorted[j++]!);
    else merged.push(log[i++]!);
  }
  while (i < log.length) merged.push(log[i++]!);
  while (j < sorted.length) merged.push(sorted[j++]!);
  return merged;
}

/** The rows the Show filter keeps. Contacts alone is the log itself (nothing merged). */
export function showTimeline<T extends { id: string; date: string }>(
  log: readonly T[],
  events: readonly RecordEvent[],
  show: TimelineShow,
): readonly (T | RecordEvent)[] {
  switch (show) {
    case 'contacts':
      return log;
    case 'all':
      return mergeTimeline(log, events);
    default:
      return events.filter((event) => groupOf(event) === show).sort(compareEvents);
  }
}
