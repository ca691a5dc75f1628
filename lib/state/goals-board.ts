import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import { checkinSchema, compareCheckins, type Checkin } from '../model/checkin';
import {
  observeCheckinSummary,
  raiseLatestCheckins,
  summaryCheckins,
} from '../model/checkin-summary';
import {
  columnSchema,
  DEFAULT_COLUMNS,
  goalSchema,
  type BoardColumn,
  type Goal,
} from '../model/goal';
import { buildGoalCard, type GoalCardView } from '../model/goal-view';
import { singleDocHistory, type HistoryDocs } from '../model/history-docs';
import { isYearLayout } from '../model/history-years';
import { compareOrdered } from '../model/ordering';
import { matchesQuery } from '../model/search';
import { EMPTY_FILTERS, type BoardLayout, type GoalFilters } from '../storage/goal-filters';
import { sharedToday, type Today } from './today';
import { HistoryRecords } from './history-records';
import { RecordCache } from './record-cache';

export { EMPTY_FILTERS, type BoardLayout, type GoalCardView, type GoalFilters };

const NO_CHECKINS: Checkin[] = [];

function sameItems<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Raising the latest-check-in summary is a repair, not the user's edit: Undo leaves it. */
const SUMMARY_ORIGIN = 'bridgework:checkin-summary';

/**
 * The goals board as signals: columns, cards per column with progress and
 * flags, and the personal filters. Validated through lib/model schemas via
 * RecordCache, so a remote move re-reads one goal, not a thousand.
 *
 * Check-ins are read from every history doc loaded (`historyDocs`: in the split layout, the
 * workspace doc and each school year loaded so far). A goal whose latest check-in is in a year
 * not loaded still shows it: the card takes the later of its loaded history's last check-in and
 * the workspace's summary (lib/model/checkin-summary.ts), which the board raises from what it
 * reads.
 */
export class GoalsBoard {
  readonly goals: RecordCache<Goal>;
  readonly checkins: HistoryRecords<Checkin>;
  private readonly columnRecords: RecordCache<BoardColumn>;
  readonly filters = signal<GoalFilters>(EMPTY_FILTERS);
  readonly layout = signal<BoardLayout>('board');
  /** Today as `YYYY-MM-DD`; overdue and stale flags move on with it at local midnight. */
  readonly today: ReadonlySignal<string>;
  private readonly cardMemo = new WeakMap<
    Goal,
    {
      checkins: Checkin[];
      summary: Checkin | undefined;
      today: string;
      columns: BoardColumn[];
      card: GoalCardView;
    }
  >();
  /** Each goal's latest check-in as the workspace doc records it (split layout only). */
  private readonly summaries: ReadonlySignal<Map<string, Checkin>>;
  private readonly stopSummary: () => void;

  readonly columns: ReadonlySignal<BoardColumn[]>;
  readonly checkinsByGoal: ReadonlySignal<Map<string, Checkin[]>>;
  /** Every live (not deleted) goal as a card, by column, in board order. */
  readonly byColumn: ReadonlySignal<Map<string, GoalCardView[]>>;
  /** The same after the personal filters. */
  readonly visibleByColumn: ReadonlySignal<Map<string, GoalCardView[]>>;
  readonly liveCount: ReadonlySignal<number>;
  readonly visibleCount: ReadonlySignal<number>;
  /** Owners and tags in use, for the filter menus. */
  readonly filterOptions: ReadonlySignal<{
    owners: string[];
    tags: string[];
    partnerIds: string[];
  }>;

  constructor(
    readonly doc: Y.Doc,
    today: Today = sharedToday(),
    historyDocs: HistoryDocs = singleDocHistory(doc),
  ) {
    this.today = today.string;
    this.goals = new RecordCache(doc, 'goals', goalSchema);
    this.checkins = new HistoryRecords(historyDocs, 'checkins', checkinSchema);
    const summaryChanges = signal(0);
    this.stopSummary = observeCheckinSummary(doc, () => summaryChanges.value++);
    let previousSummaries = new Map<string, Checkin>();
    // Read again only when the summary changes (not on every goal edit).
    this.summaries = computed(() => {
      void summaryChanges.value;
      const found = isYearLayout(doc) ? summaryCheckins(doc) : new Map<string, Checkin>();
      for (const [goalId, latest] of found) {
        // The same check-in keeps its object, so the goal's card is not rebuilt.
        const old = previousSummaries.get(goalId);
        if (old?.id === latest.id) found.set(goalId, old);
      }
      previousSummaries = found;
      return found;
    });
    this.columnRecords = new RecordCache(doc, 'boardColumns', columnSchema);

    this.columns = computed(() => {
      void this.columnRecords.changes.value;
      const written = [...this.columnRecords.values()].sort(compareOrdered);
      return written.length ? written : [...DEFAULT_COLUMNS];
    });

    let previous = new Map<string, Checkin[]>();
    this.checkinsByGoal = computed(() => {
      void this.checkins.changes.value;
      const groups = new Map<string, Checkin[]>();
      for (const checkin of this.checkins.values()) {
        const group = groups.get(checkin.goalId);
        if (group) group.push(checkin);
        else groups.set(checkin.goalId, [checkin]);
      }
      // Keep the old array when a goal's history did not change, so its card is not rebuilt.
      for (const [goalId, group] of groups) {
        group.sort(compareCheckins);
        const old = previous.get(goalId);
        if (old && sameItems(old, group)) groups.set(goalId, old);
      }
      previous = groups;
      this.raiseSummary(groups);
      return groups;
    });

    let previousByColumn = new Map<string, GoalCardView[]>();
    this.byColumn = computed(() => {
      void this.goals.changes.value;
      const columns = this.columns.value;
      const history = this.checkinsByGoal.value;
      const summaries = this.summaries.value;
      const today = this.today.value;
      const result = new Map<string, GoalCardView[]>(columns.map((c) => [c.id, []]));
      for (const goal of this.goals.values()) {
        if (goal.deletedAt !== undefined) continue;
        const card = this.card(
          goal,
          history.get(goal.id) ?? NO_CHECKINS,
          summaries.get(goal.id),
          today,
          columns,
        );
        result.get(card.column)!.push(card);
      }
      // Keep a column's old array when its cards did not change, so only the columns a move
      // touched re-render.
      for (const [column, cards] of result) {
        cards.sort((a, b) => compareOrdered(a.goal, b.goal));
        const old = previousByColumn.get(column);
        if (old && sameItems(old, cards)) result.set(column, old);
      }
      previousByColumn = result;
      return result;
    });

    this.liveCount = computed(() => {
      let count = 0;
      for (const cards of this.byColumn.value.values()) count += cards.length;
      return count;
    });

    let previousVisible = new Map<string, GoalCardView[]>();
    this.visibleByColumn = computed(() => {
      const all = this.byColumn.value;
      const filters = this.filters.value;
      if (!isFiltering(filters)) return all;
      const result = new Map<string, GoalCardView[]>();
      for (const [column, cards] of all) {
        const shown =
          filters.column && filters.column !== column
            ? []
            : cards.filter((card) => matchesFilters(card, filters));
        const old = previousVisible.get(column);
        result.set(column, old && sameItems(old, shown) ? old : shown);
      }
      previousVisible = result;
      return result;
    });

    this.visibleCount = computed(() => {
      let count = 0;
      for (const cards of this.visibleByColumn.value.values()) count += cards.length;
      return count;
    });

    this.filterOptions = computed(() => {
      const owners = new Set<string>();
      const tags = new Set<string>();
      const partnerIds = new Set<string>();
      for (const cards of this.byColumn.value.values()) {
        for (const { goal } of cards) {
          goal.owners.forEach((owner) => owners.add(owner));
          goal.tags.forEach((tag) => tags.add(tag));
          goal.partnerIds.forEach((id) => partnerIds.add(id));
        }
      }
      const sort = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
      return { owners: sort(owners), tags: sort(tags), partnerIds: [...partnerIds] };
    });
  }

  private card(
    goal: Goal,
    checkins: Checkin[],
    summary: Checkin | undefined,
    today: string,
    columns: BoardColumn[],
  ): GoalCardView {
    const memo = this.cardMemo.get(goal);
    if (
      memo &&
      memo.checkins === checkins &&
      memo.summary === summary &&
      memo.today === today &&
      memo.columns === columns
    ) {
      return memo.card;
    }
    const card = buildGoalCard(goal, checkins, today, columns, summary);
    this.cardMemo.set(goal, { checkins, summary, today, columns, card });
    return card;
  }

  /**
   * Raises the workspace's latest-check-in summary from the check-ins read (split layout only),
   * after the computation that read them, as a repair that is not the user's edit.
   */
  private raiseSummary(groups: Map<string, Checkin[]>) {
    if (!isYearLayout(this.doc)) return;
    const latest: Checkin[] = [];
    for (const [goalId, group] of groups) {
      const last = group[group.length - 1]!;
      const known = this.summaries.peek().get(goalId);
      if (!known || compareCheckins(last, known) > 0) latest.push(last);
    }
    if (!latest.length) return;
    queueMicrotask(() => {
      if (this.disposed) return;
      this.doc.transact(() => raiseLatestCheckins(this.doc, latest), SUMMARY_ORIGIN);
    });
  }

  private disposed = false;

  /** A goal by id, deleted ones included (the detail view explains a deletion). */
  goal(id: string): Goal | undefined {
    return this.goals.get(id);
  }

  history(goalId: string): Checkin[] {
    return this.checkinsByGoal.value.get(goalId) ?? NO_CHECKINS;
  }

  cardOf(goalId: string): GoalCardView | undefined {
    const goal = this.goals.get(goalId);
    if (!goal) return undefined;
    return this.card(
      goal,
      this.history(goalId),
      this.summaries.value.get(goalId),
      this.today.value,
      this.columns.value,
    );
  }

  /** Live goals linked to a partner, in board order by column. */
  goalsOfPartner(partnerId: string): GoalCardView[] {
    const result: GoalCardView[] = [];
    for (const cards of this.byColumn.value.values()) {
      for (const card of cards) if (card.goal.partnerIds.includes(partnerId)) result.push(card);
    }
    return result;
  }

  /**
   * Where "before `beforeId`" (or the end, for null) is in the whole column,
   * counted without the moved goal: filtered views move among visible cards,
   * the model places among all of them.
   */
  positionFor(columnId: string, goalId: string, beforeId: string | null): number {
    const others = (this.byColumn.value.get(columnId) ?? []).filter((c) => c.goal.id !== goalId);
    const at = beforeId === null ? -1 : others.findIndex((c) => c.goal.id === beforeId);
    return at < 0 ? others.length : at;
  }

  setFilters(patch: Partial<GoalFilters>) {
    this.filters.value = { ...this.filters.value, ...patch };
  }

  dispose() {
    this.disposed = true;
    this.stopSummary();
    this.goals.dispose();
    this.checkins.dispose();
    this.columnRecords.dispose();
  }
}

export function isFiltering(filters: GoalFilters): boolean {
  return Object.values(filters).some(Boolean);
}

export function matchesFilters(card: GoalCardView, filters: GoalFilters): boolean {
  const { goal } = card;
  if (filters.column && card.column !== filters.column) return false;
  if (filters.partnerId && !goal.partnerIds.includes(filters.partnerId)) return false;
  if (filters.owner && !goal.owners.includes(filters.owner)) return false;
  if (filters.tag && !goal.tags.includes(filters.tag)) return false;
  if (filters.flagged === 'overdue' && !card.overdue) return false;
  if (filters.flagged === 'stale' && !card.stale) return false;
  if (filters.query.trim() && !matchesQuery(card.searchText, filters.query)) return false;
  return true;
}

/** The key this feature's view model is registered under in the session. */
export const GOALS_FEATURE = 'goals';

export function goalsBoardOf(session: {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
  /** The workspace's history docs (check-ins per school year); the workspace doc alone without. */
  history?: HistoryDocs;
}): GoalsBoard {
  return session.feature(
    GOALS_FEATURE,
    (doc) => new GoalsBoard(doc, sharedToday(), session.history ?? singleDocHistory(doc)),
  );
}
