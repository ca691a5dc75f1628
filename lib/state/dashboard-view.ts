import { computed, type ReadonlySignal } from '@preact/signals';
import { dayNumber, dayString } from '../model/days';
import type { SchoolYearTotals } from '../model/contribution-totals';
import { schoolYearOf } from '../model/school-year';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../model/stakeholder-group';
import { agreementsViewOf } from './agreements-view';
import {
  contactActivity,
  goalProgressSummary,
  inclusionCoverage,
  type GoalProgressSummary,
  type GroupCoverage,
  type MonthCount,
} from './dashboard-data';
import { buildDigest, type Digest } from '../model/digest';
import { feedbackViewOf } from './feedback-view';
import { goalsBoardOf } from './goals-board';
import { logViewOf } from './log-view';
import { valueViewOf } from './value-view';
import type { WorkspaceSession } from './workspace-session';
import type { YearHistory } from './year-history';

/** How far back contact activity reaches (its twelve months, and a day). */
const ACTIVITY_WINDOW_DAYS = 366;

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
  inclusion: GroupCoverage<StakeholderGroup>[];
  /** This school year's contributions by direction and kind (money per currency, hours). */
  contributions: { year: number; startMonth: number; byKind: SchoolYearTotals['byKind'] };
}

/**
 * The dashboard's figures as computed signals over the feature view models the panel already
 * keeps (goals board, log index, agreements, feedback, value): never a read of the doc. Each
 * figure is its own computed, so a change recomputes only the figures that read what changed (a
 * logged contact redoes contact activity, due for contact and inclusion; goals and contributions
 * stay as they were). Each is one pass over in-memory data.
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
    const value = valueViewOf(session);
    const today = computed(() => dayString(log.today.value));
    // Contact activity covers the last twelve months: in a split workspace that reaches into
    // last school year, which the panel has not loaded (the log counts it once indexed).
    void loadYearsBetween(
      session.history,
      dayString(log.today.value - ACTIVITY_WINDOW_DAYS),
      today.value,
    ).catch((error: unknown) =>
      console.warn('Bridgework: an earlier school year did not load', error),
    );
    const goals = computed(() => goalProgressSummary([...board.byColumn.value.values()].flat()));
    const activity = computed(() => {
      if (!log.ready.value) return contactActivity([], today.value);
      void log.changes.value;
      // The index is newest first, so counting stops at the window's start.
      const entries = log.timeline({});
      const dates = function* () {
        for (const entry of entries) yield entry.date;
      };
      return contactActivity(dates(), today.value, 12, true);
    });
    const due = computed(() => {
      if (!log.ready.value) return 0;
      void log.changes.value;
      return log.dueForContact(session.sortedPartners.value).length;
    });
    const contributions = computed(() => {
      const totals = value.contributionTotals();
      const year = schoolYearOf(today.value, totals.startMonth) ?? Number(today.value.slice(0, 4));
      return {
        year,
        startMonth: totals.startMonth,
        byKind: totals.bySchoolYear.find((y) => y.year === year)?.byKind ?? [],
      };
    });
    const inclusion = computed(() => {
      const since = dayString(log.today.value - ENGAGED_WINDOW_DAYS);
      const ready = log.ready.value;
      void log.changes.value;
      void feedback.pulses.changes.value;
      const contributed = value.engagedPartnerIds(since, today.value);
      const engaged = (partnerId: string) => {
        if (contributed.has(partnerId)) return true;
        const last = ready ? log.lastContactOf(partnerId) : undefined;
        if (last && last.slice(0, 10) >= since) return true;
        return feedback.pulsesOf(partnerId).some((pulse) => pulse.date >= since);
      };
      return inclusionCoverage(STAKEHOLDER_GROUPS, session.sortedPartners.value, engaged);
    });
    this.figures = computed(() => ({
      ready: log.ready.value,
      today: today.value,
      goals: goals.value,
      activity: activity.value,
      dueForContact: due.value,
      overdueFollowups: log.overdueFollowups.value.length,
      overdueCommitments: agreements.overdueCommitments.value.length,
      inclusion: inclusion.value,
      contributions: contributions.value,
    }));
  }

  dispose() {}
}

/** How far ahead a digest looks for meetings and agreement reviews. */
export const DIGEST_LOOKAHEAD_DAYS = 30;

/**
 * The digest of `from`…`to` (both `YYYY-MM-DD`, included) for this workspace, from the view
 * models. Made on request (a click), so it may walk the period's slice of the log; a period
 * reaching into school years not loaded (the last month, in September) loads them first, and
 * waits until the log has indexed them, so their contacts and check-ins count.
 */
export async function digestOf(
  session: WorkspaceSession,
  from: string,
  to: string,
): Promise<Digest> {
  const board = goalsBoardOf(session);
  const log = logViewOf(session);
  const agreements = agreementsViewOf(session);
  const value = valueViewOf(session);
  const end = dayNumber(to);
  const after = end === null ? to : dayString(end + 1);
  const horizon = end === null ? to : dayString(end + DIGEST_LOOKAHEAD_DAYS);
  await loadYearsBetween(session.history, from, horizon);
  await log.settled();
  const meetings = log
    .timeline({ kinds: ['meeting'], from: after, to: horizon })
    .map((item) => log.entry(item.id))
    .filter((entry): entry is NonNullable<typeof entry> => entry !== undefined)
    .map((entry) => ({ title: entry.title, date: entry.date, partnerIds: entry.partnerIds }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return buildDigest({
    from,
    to,
    goals: [...board.byColumn.value.values()].flat(),
    historyOf: (id) => board.history(id),
    contactDates: log.timeline({ from, to }).map((item) => item.date),
    upcomingMeetings: meetings,
    reviews: agreements.reviews.value.filter(
      (r) => r.reviewDate >= after && r.reviewDate <= horizon,
    ),
    stories: value.storiesBetween(from, to),
    contributions: value.contributionsBetween(from, to),
    partnerName: (id) => session.partners.get(id)?.name,
  });
}

/** Loads the known school years not loaded yet whose span meets `from`…`to`. */
async function loadYearsBetween(
  history: Pick<YearHistory, 'split' | 'yearOf' | 'unloadedYears' | 'load'>,
  from: string,
  to: string,
): Promise<void> {
  if (!history.split) return;
  const first = history.yearOf(from);
  const last = history.yearOf(to);
  await Promise.all(
    history
      .unloadedYears()
      .filter((year) => year >= first && year <= last)
      .map((year) => history.load(year)),
  );
}
