import { storage } from 'wxt/utils/storage';

/** Personal filter state: lives in the goals view model and chrome.storage, never in the doc. */
export interface GoalFilters {
  query: string;
  partnerId: string;
  owner: string;
  tag: string;
  column: string;
  /** Only goals flagged overdue, or without a check-in for 30 days. */
  flagged: '' | 'overdue' | 'stale';
}

export const EMPTY_FILTERS: GoalFilters = {
  query: '',
  partnerId: '',
  owner: '',
  tag: '',
  column: '',
  flagged: '',
};

export type BoardLayout = 'board' | 'list';

/** How this person last looked at the goals board: personal, never in the shared doc. */
export interface GoalBoardPrefs {
  filters: GoalFilters;
  layout: BoardLayout | 'auto';
}

export const DEFAULT_GOAL_PREFS: GoalBoardPrefs = { filters: EMPTY_FILTERS, layout: 'auto' };

let item: ReturnType<typeof defineItem> | undefined;
const defineItem = () =>
  storage.defineItem<GoalBoardPrefs>('local:goalBoardPrefs', {
    fallback: DEFAULT_GOAL_PREFS,
    version: 1,
  });

/** Defined on first use, so the view model can import the filter types without a browser. */
export function goalPrefsItem() {
  return (item ??= defineItem());
}

const text = (value: unknown, max = 200) => (typeof value === 'string' ? value.slice(0, max) : '');

/** Cleans what storage hands back (an older build may have written something else). */
export function normaliseGoalPrefs(raw: unknown): GoalBoardPrefs {
  const value = (raw ?? {}) as Partial<GoalBoardPrefs>;
  const filters = (value.filters ?? {}) as Partial<GoalFilters>;
  const flagged =
    filters.flagged === 'overdue' || filters.flagged === 'stale' ? filters.flagged : '';
  return {
    filters: {
      query: text(filters.query),
      partnerId: text(filters.partnerId, 100),
      owner: text(filters.owner),
      tag: text(filters.tag),
      column: text(filters.column, 100),
      flagged,
    },
    layout: value.layout === 'board' || value.layout === 'list' ? value.layout : 'auto',
  };
}

export async function loadGoalPrefs(): Promise<GoalBoardPrefs> {
  return normaliseGoalPrefs(await goalPrefsItem().getValue());
}

export async function saveGoalPrefs(prefs: GoalBoardPrefs): Promise<void> {
  await goalPrefsItem().setValue(normaliseGoalPrefs(prefs));
}
