import type * as Y from 'yjs';
import type { Commitment } from '../model/commitment';
import type { Concern } from '../model/concern';
import type { Contribution } from '../model/contribution';
import type { Feedback } from '../model/feedback';
import { foldForSearch } from '../model/search';
import {
  compareEvents,
  contributionEvent,
  feedbackEvent,
  lessonEvent,
  pledgeEvent,
  raisedEvent,
  recordEvents,
  storyEvent,
  type RecordEvent,
  type RecordHit,
} from '../model/timeline';
import { agreementsViewOf, type AgreementsView } from './agreements-view';
import { concernsViewOf, type ConcernsView } from './concerns-view';
import { feedbackViewOf, type FeedbackView } from './feedback-view';
import { valueViewOf, type ValueView } from './value-view';

/** The view models a partner's records come from (the session's own; this glue does not own them). */
export interface TimelineSources {
  agreements: AgreementsView;
  concerns: ConcernsView;
  feedback: FeedbackView;
  value: ValueView;
}

/** What a record search is narrowed by: the Log timeline's partner and date filters. */
export interface RecordSearchFilters {
  partnerId?: string | undefined;
  /** Inclusive `YYYY-MM-DD` bounds. */
  from?: string | undefined;
  to?: string | undefined;
}

/** How many partners' events are kept between renders (the pages opened lately). */
const CACHED_PARTNERS = 20;

/**
 * The accountability and value records of the partner timeline and of the Log's search.
 *
 * A partner's events come from each view model's per-partner index (PartnerRecordIndex,
 * PartnerRecords, ContributionIndex, ValueView's by-partner maps): a page costs its own records,
 * never a scan of the workspace, and the events are built again only after one of those records
 * changed. A search is the one place that reads every record: it folds each record's text once
 * (kept until the record changes: a changed record is a new object) and matches the query
 * against it, like the log's own search.
 */
export class PartnerTimeline {
  private readonly cache = new Map<string, { key: string; events: RecordEvent[] }>();
  private readonly texts = new WeakMap<object, string>();

  constructor(private readonly sources: TimelineSources) {}

  /** A key that changes whenever any source record does; reading it subscribes a render. */
  get revision(): string {
    const { agreements, concerns, feedback, value } = this.sources;
    return [
      agreements.agreements.changes.value,
      agreements.commitments.changes.value,
      concerns.concerns.changes.value,
      feedback.pulses.changes.value,
      value.contributions.changes.value,
      value.stories.changes.value,
      value.lessons.changes.value,
    ].join(':');
  }

  /** The partner's record events, newest first (soft-deleted records are not in the indexes). */
  eventsOf(partnerId: string): RecordEvent[] {
    const key = this.revision;
    const cached = this.cache.get(partnerId);
    if (cached?.key === key) return cached.events;
    const { agreements, concerns, feedback, value } = this.sources;
    const events = recordEvents({
      agreements: agreements.agreements.of(partnerId),
      commitments: agreements.commitments.of(partnerId),
      concerns: concerns.concerns.ofPartner(partnerId),
      feedback: feedback.pulses.ofPartner(partnerId),
      contributions: value.contributions.ofPartner(partnerId),
      stories: value.storiesOf(partnerId),
      lessons: value.lessonsOf(partnerId),
    });
    if (this.cache.size >= CACHED_PARTNERS) this.cache.clear();
    this.cache.set(partnerId, { key, events });
    return events;
  }

  /**
   * Commitments, concerns, feedback comments, contributions' notes, stories and lessons holding
   * every word of the query (accents and case folded), newest first: one row per record, the
   * row that opens it (a commitment's pledge, a concern's raising…).
   */
  search(query: string, filters: RecordSearchFilters = {}): RecordHit[] {
    if (!query.trim()) return [];
    void this.revision;
    const { agreements, concerns, feedback, value } = this.sources;
    const found: RecordHit[] = [];
    const keep = (event: RecordEvent, partnerIds: readonly string[]) => {
      if (filters.partnerId && !partnerIds.includes(filters.partnerId)) return;
      const day = event.date.slice(0, 10);
      if (filters.from && day < filters.from) return;
      if (filters.to && day > filters.to) return;
      found.push({ ...event, partnerId: filters.partnerId ?? partnerIds[0] });
    };
    // matchesQuery's rule (every word, accents and case folded), with the query folded once
    // rather than once per record: tens of thousands of records are matched per keystroke.
    const words = foldForSearch(query).split(/\s+/).filter(Boolean);
    const matches = (record: object, parts: () => (string | undefined)[]) => {
      let text = this.texts.get(record);
      if (text === undefined) {
        text = foldForSearch(parts().filter(Boolean).join('\n'));
        this.texts.set(record, text);
      }
      return words.every((word) => text.includes(word));
    };
    const partnerId = filters.partnerId;
    const commitments = partnerId
      ? agreements.commitments.of(partnerId)
      : agreements.commitments.live();
    for (const record of commitments)
      if (matches(record, () => commitmentText(record)))
        keep(pledgeEvent(record), [record.partnerId]);
    const concernList = partnerId
      ? concerns.concerns.ofPartner(partnerId)
      : concerns.concerns.live();
    for (const record of concernList)
      if (matches(record, () => concernText(record))) keep(raisedEvent(record), [record.partnerId]);
    const pulses = partnerId ? feedback.pulses.ofPartner(partnerId) : feedback.pulses.live();
    for (const record of pulses)
      if (matches(record, () => feedbackText(record)))
        keep(feedbackEvent(record), [record.partnerId]);
    const contributions = partnerId
      ? value.contributions.ofPartner(partnerId)
      : value.contributions.live();
    for (const record of contributions)
      if (record.note && matches(record, () => contributionText(record)))
        keep(contributionEvent(record), [record.partnerId]);
    // Stories and lessons: the Stories view's own search (title, text, thanks; what we learned).
    for (const story of value.searchStories(query)) keep(storyEvent(story), story.partnerIds);
    for (const lesson of value.searchLessons(query)) keep(lessonEvent(lesson), lesson.partnerIds);
    return found.sort(compareEvents);
  }

  dispose() {
    this.cache.clear();
  }
}

const commitmentText = (record: Commitment) => [
  record.text,
  record.who,
  ...record.history.map((change) => change.note),
];

const concernText = (record: Concern) => [
  record.text,
  record.raisedBy,
  record.rootCause,
  record.whatWeChange,
  ...record.steps.flatMap((step) => [step.note, ...step.people]),
];

const feedbackText = (record: Feedback) => [record.comment, record.from];

const contributionText = (record: Contribution) => [record.note];

export const PARTNER_TIMELINE_FEATURE = 'partner-timeline';

type Session = {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
};

/** The session's partner timeline, over the session's own view models. */
export function partnerTimelineOf(session: Session): PartnerTimeline {
  return session.feature(
    PARTNER_TIMELINE_FEATURE,
    () =>
      new PartnerTimeline({
        agreements: agreementsViewOf(session),
        concerns: concernsViewOf(session),
        feedback: feedbackViewOf(session),
        value: valueViewOf(session),
      }),
  );
}
