import { computed, type ReadonlySignal } from '@preact/signals';
import { dayString } from '../model/days';
import { STAKEHOLDER_GROUPS } from '../model/stakeholder-group';
import { agreementsViewOf } from './agreements-view';
import {
  contactActivity,
  goalProgressSummary,
  inclusionCoverage,
  type GoalProgressSummary,
  type GroupCoverage,
  type MonthCount,
} from './dashboard-data';
import { feedbackViewOf } from './feedback-view';
import { goalsBoardOf } from './goals-board';
import { logViewOf } from './log-view';
import type { WorkspaceSession } from './workspace-session';

/** How far back "engaged" reaches for inclusion coverage. */
export const ENGAGED_WINDOW_DAYS = 90;

export interface DashboardCore {
  /** False while the log's index is still being built (a district's first seconds). */
  ready: boolean;
  today: string;
  goals: GoalProgressSummary;
  activity: MonthCount[];
  dueForContact: number;
  overdueFollowups: number;
  overdueCommitments: number;
  inclusion: GroupCoverage[];
}

/**
 * The dashboard's figures as one computed signal over the feature view models the panel already
 * keeps (goals board, log index, agreements, feedback): it recomputes only when one of them
 * changes, and never reads the doc itself. Each figure is one pass over in-memory data; the
 * costliest is contact activity, one loop over the log index (a few ms for 100,000 entries).
 */
export function dashboardOf(session: WorkspaceSession): ReadonlySignal<DashboardCore> {
  return session.feature('dashboard', () => new DashboardModel(session)).figures;
}

class DashboardModel {
  readonly figures: ReadonlySignal<DashboardCore>;

  constructor(session: WorkspaceSession) {
    const board = goalsBoardOf(session);
    const log = logViewOf(session);
    const agreements = agreementsViewOf(session);
    const feedback = feedbackViewOf(session);
    this.figures = computed(() => {
      const todayNumber = log.today.value;
      const today = dayString(todayNumber);
      const partners = session.sortedPartners.value;
      const ready = log.ready.value;
      void log.changes.value;
      void feedback.pulses.changes.value;
      const goals = goalProgressSummary([...board.byColumn.value.values()].flat());
      const since = dayString(todayNumber - ENGAGED_WINDOW_DAYS);
      const engaged = (partnerId: string) => {
        const last = ready ? log.lastContactOf(partnerId) : undefined;
        if (last && last.slice(0, 10) >= since) return true;
        return feedback.pulsesOf(partnerId).some((pulse) => pulse.date >= since);
      };
      return {
        ready,
        today,
        goals,
        activity: ready
          ? contactActivity(
              (function* () {
                for (const item of log.timeline({})) yield item.date;
              })(),
              today,
            )
          : contactActivity([], today),
        dueForContact: ready ? log.dueForContact(partners).length : 0,
        overdueFollowups: log.overdueFollowups.value.length,
        overdueCommitments: agreements.overdueCommitments.value.length,
        inclusion: inclusionCoverage(STAKEHOLDER_GROUPS, partners, engaged),
      };
    });
  }

  dispose() {}
}
