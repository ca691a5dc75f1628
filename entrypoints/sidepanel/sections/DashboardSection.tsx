import '../../../components/dashboard/dashboard.css';
import { useMemo } from 'preact/hooks';
import { totalParts, contributionKindLabel } from '../../../components/contributions/labels';
import { DashboardView } from '../../../components/dashboard/DashboardView';
import { DigestPanel } from '../../../components/dashboard/DigestPanel';
import type { DashboardFigures } from '../../../components/dashboard/types';
import { stakeholderGroupName } from '../../../components/partners/stakeholder-group-label';
import { formatList } from '../../../lib/i18n';
import { schoolYearSpan } from '../../../lib/model/school-year';
import { dashboardOf, digestOf } from '../../../lib/state/dashboard-view';
import { lastMonth } from '../../../lib/model/digest';
import { openLogTab, openSection } from '../../../lib/state/navigation';
import { valueViewOf } from '../../../lib/state/value-view';
import { usePanel } from '../panel-context';
import { StoriesSlot } from './ValueSection';

/** The figures in the reader's words: group and kind names, totals per currency. */
function useFigures(): DashboardFigures {
  const { session } = usePanel();
  const core = dashboardOf(session).value;
  const stories = valueViewOf(session).recentStories(5);
  return useMemo(() => {
    const { startYear, endYear } = schoolYearSpan(
      core.contributions.year,
      core.contributions.startMonth,
    );
    const year =
      startYear === endYear ? String(startYear) : `${startYear}–${String(endYear).slice(-2)}`;
    const given = core.contributions.byKind.filter((row) => row.direction === 'from-partner');
    const most = Math.max(1, ...given.map((row) => row.total.count));
    return {
      ...core,
      contributions: {
        year,
        rows: given.map((row) => ({
          kind: row.kind,
          label: contributionKindLabel(row.kind),
          total: formatList(totalParts(row.total)),
          weight: row.total.count / most,
        })),
      },
      inclusion: core.inclusion.map((row) => ({
        ...row,
        label: stakeholderGroupName(row.group),
      })),
      stories: stories.map((story) => ({
        id: story.id,
        title: story.title,
        date: story.date,
        celebrate: story.celebrate,
      })),
    };
  }, [core, stories]);
}

export function DashboardSection() {
  const { session, notify, workspaceName } = usePanel();
  const figures = useFigures();
  const today = dashboardOf(session).value.today;
  return (
    <DashboardView
      figures={figures}
      links={{
        openGoals: () => openSection('Goals'),
        openDueForContact: () => openLogTab('due'),
        openOverdueFollowups: () => openLogTab('followups'),
      }}
    >
      <DigestPanel
        initial={lastMonth(today)}
        workspaceName={workspaceName}
        create={(from, to) => digestOf(session, from, to)}
        notify={notify}
      />
      <StoriesSlot />
    </DashboardView>
  );
}
