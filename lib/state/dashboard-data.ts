import type { GoalCardView } from '../model/goal-view';

/**
 * The dashboard's figures, as pure functions over what the view models already hold (the log's
 * index, the goals board's cards, the partners list): the dashboard never reads the doc itself,
 * and each figure is a single pass over data already in memory (100,000 index items take a few
 * milliseconds), recomputed only when its view model changes.
 */

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

/** The `months` calendar months ending with the month of `today` (`YYYY-MM-DD`), oldest first. */
export function monthsEnding(today: string, months: number): string[] {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const result: string[] = [];
  for (let i = 0; i < months; i++) {
    result.push(`${year}-${String(month).padStart(2, '0')}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return result.reverse();
}

/**
 * Logged contacts per month over the last `months` months. Entry dates are local (`YYYY-MM-DD`
 * or `YYYY-MM-DDTHH:MM`), so the month is read from the text and no time zone moves an entry.
 * With `newestFirst` the dates come sorted newest first (the log's index is), and the count stops
 * at the first one before the window: a district's older years are never walked.
 */
export function contactActivity(
  dates: Iterable<string>,
  today: string,
  months = 12,
  newestFirst = false,
): MonthCount[] {
  const window = monthsEnding(today, months);
  const counts = new Map(window.map((month) => [month, 0]));
  const first = window[0]!;
  for (const date of dates) {
    const month = date.slice(0, 7);
    const count = counts.get(month);
    if (count !== undefined) counts.set(month, count + 1);
    else if (newestFirst && month < first) break;
  }
  return [...counts].map(([month, count]) => ({ month, count }));
}

export interface GoalProgressRow {
  id: string;
  title: string;
  /** 0…1, or null when the goal has no measurable target. */
  fraction: number | null;
  met: boolean;
  overdue: boolean;
  stale: boolean;
}

export interface GoalProgressSummary {
  total: number;
  met: number;
  /** Measurable, not met, not overdue. */
  underway: number;
  overdue: number;
  /** No check-in for a while (the board's "needs a check-in"). */
  stale: number;
  /** No target to measure against. */
  unmeasured: number;
  /** Measurable goals, least progress first (the ones to talk about), at most `limit`. */
  rows: GoalProgressRow[];
}

export function goalProgressSummary(cards: Iterable<GoalCardView>, limit = 8): GoalProgressSummary {
  const summary: GoalProgressSummary = {
    total: 0,
    met: 0,
    underway: 0,
    overdue: 0,
    stale: 0,
    unmeasured: 0,
    rows: [],
  };
  const measured: GoalProgressRow[] = [];
  for (const card of cards) {
    summary.total += 1;
    const met = card.progress.met === true;
    if (card.stale) summary.stale += 1;
    if (met) summary.met += 1;
    else if (card.overdue) summary.overdue += 1;
    if (card.progress.fraction === null) {
      if (!met) summary.unmeasured += 1;
      continue;
    }
    if (!met && !card.overdue) summary.underway += 1;
    measured.push({
      id: card.goal.id,
      title: card.goal.title,
      fraction: card.progress.fraction,
      met,
      overdue: card.overdue,
      stale: card.stale,
    });
  }
  measured.sort(
    (a, b) =>
      Number(a.met) - Number(b.met) ||
      (a.fraction ?? 0) - (b.fraction ?? 0) ||
      a.title.localeCompare(b.title),
  );
  summary.rows = measured.slice(0, limit);
  return summary;
}

export interface GroupCoverage<G extends string = string> {
  /** A stakeholder group code. */
  group: G;
  partners: number;
  engaged: number;
}

/**
 * Which stakeholder groups were engaged in the window: a group counts as engaged when one of its
 * partners is (`isEngaged`: a logged contact, a contribution or feedback in the window). Every
 * group in `groups` is listed, also those with no partner at all — a group nobody works with is
 * the gap the dashboard is there to show.
 */
export function inclusionCoverage<G extends string>(
  groups: readonly G[],
  partners: Iterable<{ id: string; stakeholderGroup?: string | undefined }>,
  isEngaged: (partnerId: string) => boolean,
): GroupCoverage<G>[] {
  const byGroup = new Map<string, GroupCoverage<G>>(
    groups.map((group) => [group, { group, partners: 0, engaged: 0 }]),
  );
  for (const partner of partners) {
    const row = partner.stakeholderGroup ? byGroup.get(partner.stakeholderGroup) : undefined;
    if (!row) continue;
    row.partners += 1;
    if (isEngaged(partner.id)) row.engaged += 1;
  }
  return [...byGroup.values()];
}
