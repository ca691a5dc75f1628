import { compareCheckins, type Checkin } from './checkin';
import { effectiveColumn, type BoardColumn, type Goal } from './goal';
import { localDay } from './days';
import { computeProgress, goalFlags, type Progress } from './progress';
import { foldForSearch } from './search';

/** What a card shows about one goal: derived from the goal, its history and the day. */
export interface GoalCardView {
  goal: Goal;
  /** The column it shows in (the first one if its own no longer exists). */
  column: string;
  progress: Progress;
  checkinCount: number;
  latest: Checkin | undefined;
  overdue: boolean;
  stale: boolean;
  searchText: string;
}

/**
 * Builds a card from a goal and its history sorted oldest first; `recorded` is the latest
 * check-in the workspace knows of (lib/model/checkin-summary.ts), which counts when the history
 * at hand (the years loaded) holds nothing later. Pure.
 */
export function buildGoalCard(
  goal: Goal,
  checkins: readonly Checkin[],
  today: string,
  columns: readonly BoardColumn[],
  recorded?: Checkin,
): GoalCardView {
  const last = checkins.length ? checkins[checkins.length - 1] : undefined;
  const latest = last && (!recorded || compareCheckins(last, recorded) >= 0) ? last : recorded;
  const progress = computeProgress(goal.metric, latest?.value);
  const flags = goalFlags({
    due: goal.metric.due,
    met: progress.met,
    lastCheckinDay: latest?.date,
    createdDay: goal.createdAt ? localDay(goal.createdAt) : undefined,
    today,
  });
  return {
    goal,
    column: effectiveColumn(goal, columns),
    progress,
    checkinCount: checkins.length,
    latest,
    ...flags,
    searchText: foldForSearch(
      [goal.title, goal.description, goal.metric.name ?? '', ...goal.tags, ...goal.owners].join(
        '\n',
      ),
    ),
  };
}
