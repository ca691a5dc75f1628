import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import type { Contribution } from '../model/contribution';
import {
  givenAndReceived,
  RunningTotals,
  type GivenAndReceived,
  type SchoolYearTotals,
} from '../model/contribution-totals';
import { metaMap } from '../model/doc';
import { singleDocHistory, type HistoryDocs } from '../model/history-docs';
import { lessonSchema, type Lesson } from '../model/lesson';
import { readSchoolYearStart, SCHOOL_YEAR_META_KEY } from '../model/school-year';
import { foldForSearch, matchesQuery } from '../model/search';
import { storySchema, type Story } from '../model/story';
import { ContributionIndex } from './contribution-index';
import { RecordCache } from './record-cache';

/** Workspace totals of contributions, as the dashboard and the digest read them. */
export interface ContributionTotals {
  /** The workspace's first month of the school year (1–12) the years were cut with. */
  startMonth: number;
  /** Newest school year first. */
  bySchoolYear: SchoolYearTotals[];
}

/** Dated records newest first; undated ones last; then the newest written first. */
function newestFirst<T extends { id: string; date?: string | undefined; createdAt: number }>(
  a: T,
  b: T,
): number {
  const [da, db] = [a.date ?? '', b.date ?? ''];
  if (da !== db) return da < db ? 1 : -1;
  return b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
}

const inWindow = (date: string | undefined, from: string, to: string) =>
  date !== undefined && date >= from && date <= to;

/** A partner id → records index over a small collection, rebuilt when the collection changes. */
function byPartnerIndex<T extends { partnerIds: string[] }>(
  live: () => readonly T[],
): ReadonlySignal<Map<string, T[]>> {
  return computed(() => {
    const index = new Map<string, T[]>();
    for (const record of live())
      for (const id of record.partnerIds) {
        const list = index.get(id);
        if (list) list.push(record);
        else index.set(id, [record]);
      }
    return index;
  });
}

/**
 * What the partnership achieved: contributions (through the history docs), success stories and
 * lessons learned, with the totals and windows the dashboard and digest read.
 *
 * Costs: a contribution, story or lesson saved re-reads that record only (ContributionIndex,
 * RecordCache), and workspace totals take that record's old value out and its new one in.
 * Lists are computed signals: computed on first read, then again only after their records
 * changed — never per keystroke or per render. Date windows (`contributionsBetween`,
 * `engagedPartnerIds`) go over every contribution's counted fields once per call (a few ms for
 * 20,000) and validate only the records in the window; stories
 * and lessons are tens a year, so their lists are sorted whole.
 */
export class ValueView {
  readonly contributions: ContributionIndex;
  readonly stories: RecordCache<Story>;
  readonly lessons: RecordCache<Lesson>;
  private readonly startMonthSignal = signal(9);
  /** Built on the first read of the totals (the dashboard), then kept one record at a time. */
  private running: RunningTotals | undefined;
  /** Bumps when the running totals were rebuilt for another start month. */
  private readonly rebuilt = signal(0);
  private readonly stopMeta: () => void;
  private readonly storyTexts = new WeakMap<Story, string>();
  private readonly lessonTexts = new WeakMap<Lesson, string>();

  /** Live stories, newest first. */
  readonly allStories: ReadonlySignal<Story[]>;
  /** Live lessons (written here or left by a resolved concern), newest first. */
  readonly allLessons: ReadonlySignal<Lesson[]>;
  private readonly storiesByPartner: ReadonlySignal<Map<string, Story[]>>;
  private readonly lessonsByPartner: ReadonlySignal<Map<string, Lesson[]>>;
  private readonly totals: ReadonlySignal<ContributionTotals>;

  constructor(
    doc: Y.Doc,
    readonly history: HistoryDocs = singleDocHistory(doc),
  ) {
    this.startMonthSignal.value = readSchoolYearStart(doc);
    this.contributions = new ContributionIndex(history);
    this.stories = new RecordCache(doc, 'stories', storySchema);
    this.lessons = new RecordCache(doc, 'lessons', lessonSchema);
    const meta = metaMap(doc);
    const onMeta = (event: Y.YMapEvent<unknown>) => {
      if (!event.keysChanged.has(SCHOOL_YEAR_META_KEY)) return;
      const month = readSchoolYearStart(doc);
      if (month === this.startMonthSignal.value) return;
      // Another first month regroups every contribution: the one time all are summed again.
      if (this.running) this.running = this.sumAll(month);
      this.startMonthSignal.value = month;
      this.rebuilt.value++;
    };
    meta.observe(onMeta);
    this.stopMeta = () => meta.unobserve(onMeta);

    this.allStories = computed(() => {
      void this.stories.changes.value;
      return [...this.stories.live()].sort(newestFirst);
    });
    this.allLessons = computed(() => {
      void this.lessons.changes.value;
      return [...this.lessons.live()].sort(newestFirst);
    });
    this.storiesByPartner = byPartnerIndex(() => this.allStories.value);
    this.lessonsByPartner = byPartnerIndex(() => this.allLessons.value);
    this.totals = computed(() => {
      void this.contributions.changes.value;
      void this.rebuilt.value;
      const running = this.runningTotals();
      return { startMonth: running.startMonth, bySchoolYear: running.result() };
    });
  }

  private sumAll(month: number): RunningTotals {
    const running = new RunningTotals(month);
    for (const record of this.contributions.liveCounted()) running.add(record);
    return running;
  }

  /** The running totals, summing every contribution the first time they are asked for. */
  private runningTotals(): RunningTotals {
    if (!this.running) {
      this.running = this.sumAll(this.startMonthSignal.value);
      this.contributions.listen((before, after) => {
        if (before) this.running?.remove(before);
        if (after) this.running?.add(after);
      });
    }
    return this.running;
  }

  /** The workspace's first month of the school year (1–12), live. */
  get schoolYearStart(): ReadonlySignal<number> {
    return this.startMonthSignal;
  }

  /** The partner's contributions, newest first. */
  contributionsOf(partnerId: string): Contribution[] {
    return this.contributions.ofPartner(partnerId).sort(newestFirst);
  }

  /** What the partner gave and what the school gave back, all years. */
  givenAndReceivedOf(partnerId: string): GivenAndReceived {
    return givenAndReceived(this.contributions.ofPartner(partnerId));
  }

  /**
   * Workspace totals by school year, direction and kind. Kept up to date one record at a time
   * (RunningTotals), so reading them after an edit costs the number of years and kinds.
   */
  contributionTotals(): ContributionTotals {
    return this.totals.value;
  }

  /** Contributions dated `from`…`to` (`YYYY-MM-DD`, both included), newest first. */
  contributionsBetween(from: string, to: string): Contribution[] {
    return this.contributions.between(from, to).sort(newestFirst);
  }

  /**
   * Ids of partners with a contribution (either direction) dated `sinceDay` or later (up to
   * `untilDay` when given): the contributions' share of "engaged" for inclusion coverage.
   */
  engagedPartnerIds(sinceDay: string, untilDay = '9999-12-31'): Set<string> {
    const ids = new Set<string>();
    for (const fields of this.contributions.liveCounted())
      if (inWindow(fields.date, sinceDay, untilDay)) ids.add(fields.partnerId);
    return ids;
  }

  /** The newest `limit` stories. */
  recentStories(limit: number): Story[] {
    return this.allStories.value.slice(0, Math.max(0, limit));
  }

  /** Stories dated `from`…`to` (both included), newest first; undated stories are left out. */
  storiesBetween(from: string, to: string): Story[] {
    return this.allStories.value.filter((story) => inWindow(story.date, from, to));
  }

  storiesOf(partnerId: string): Story[] {
    return this.storiesByPartner.value.get(partnerId) ?? [];
  }

  lessonsOf(partnerId: string): Lesson[] {
    return this.lessonsByPartner.value.get(partnerId) ?? [];
  }

  /** The partner's lessons written as lessons (a resolved concern's show with the concern). */
  ownLessonsOf(partnerId: string): Lesson[] {
    return this.lessonsOf(partnerId).filter((lesson) => lesson.concernId === undefined);
  }

  /** Stories whose title, text or thanks hold every word of the query (accents folded). */
  searchStories(query: string): Story[] {
    const all = this.allStories.value;
    if (!query.trim()) return all;
    return all.filter((story) => {
      let text = this.storyTexts.get(story);
      if (text === undefined) {
        text = foldForSearch([story.title, story.body ?? '', ...story.thanks].join('\n'));
        this.storyTexts.set(story, text);
      }
      return matchesQuery(text, query);
    });
  }

  searchLessons(query: string): Lesson[] {
    const all = this.allLessons.value;
    if (!query.trim()) return all;
    return all.filter((lesson) => {
      let text = this.lessonTexts.get(lesson);
      if (text === undefined) {
        const parts = [lesson.title, lesson.body ?? '', lesson.learned ?? '', lesson.change ?? ''];
        text = foldForSearch(parts.join('\n'));
        this.lessonTexts.set(lesson, text);
      }
      return matchesQuery(text, query);
    });
  }

  dispose() {
    this.contributions.dispose();
    this.stories.dispose();
    this.lessons.dispose();
    this.stopMeta();
  }
}

export const VALUE_FEATURE = 'value';

export function valueViewOf(session: {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
  /** The workspace's history docs (contributions per school year); the workspace doc without. */
  history?: HistoryDocs;
}): ValueView {
  return session.feature(
    VALUE_FEATURE,
    (doc) => new ValueView(doc, session.history ?? singleDocHistory(doc)),
  );
}
