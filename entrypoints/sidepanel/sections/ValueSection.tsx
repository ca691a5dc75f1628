import { useMemo } from 'preact/hooks';
import { PartnerContributions } from '../../../components/contributions/PartnerContributions';
import { StoriesAndLessons } from '../../../components/stories/StoriesAndLessons';
import { StoriesView } from '../../../components/stories/StoriesView';
import { SchoolYearSetting } from '../../../components/settings/SchoolYearSetting';
import { formatMonth, t } from '../../../lib/i18n';
import type { Partner } from '../../../lib/model/partner';
import { earlierYears } from '../../../lib/state/earlier-years';
import { goalsBoardOf } from '../../../lib/state/goals-board';
import { sharedToday } from '../../../lib/state/today';
import { valueActions } from '../../../lib/state/value-actions';
import { valueLinks } from '../../../lib/state/value-links';
import { valueViewOf } from '../../../lib/state/value-view';
import { usePanel } from '../panel-context';

/** The value screens' shared wiring: the view, its actions, links and today. */
function useValue() {
  const { session, settings, notify } = usePanel();
  const view = valueViewOf(session);
  const actions = useMemo(
    () => valueActions(session, view.history, settings.displayName),
    [session, view, settings.displayName],
  );
  const links = valueLinks(session, goalsBoardOf(session).byColumn.value);
  return { view, actions, links, notify, today: sharedToday().string.value };
}

/** The partner page's contributions, stories and lessons: PartnerDetail's value slot. */
export function PartnerValueSlot({ partner }: { partner: Partner }) {
  const { session } = usePanel();
  const { view, actions, links, notify, today } = useValue();
  return (
    <>
      <PartnerContributions
        partnerId={partner.id}
        partnerName={partner.name}
        contributions={view.contributionsOf(partner.id)}
        totals={view.givenAndReceivedOf(partner.id)}
        goals={links.goals}
        today={today}
        actions={actions}
        notify={notify}
        earlier={earlierYears(session.history)}
      />
      <StoriesAndLessons
        idPrefix="partner"
        stories={view.storiesOf(partner.id)}
        lessons={view.ownLessonsOf(partner.id)}
        partnerIds={[partner.id]}
        links={links}
        actions={actions}
        today={today}
        notify={notify}
      />
    </>
  );
}

/** Every story and lesson, searchable (shown on the Dashboard tab for now). */
export function StoriesSlot() {
  const { view, actions, links, notify, today } = useValue();
  return (
    <StoriesView
      searchStories={(query) => view.searchStories(query)}
      searchLessons={(query) => view.searchLessons(query)}
      links={links}
      actions={actions}
      today={today}
      notify={notify}
    />
  );
}

/** Settings → workspace: the month the school year starts in. */
export function SchoolYearSettingSlot() {
  const { view, actions, notify } = useValue();
  return (
    <SchoolYearSetting
      month={view.schoolYearStart.value}
      onChange={(month) => {
        actions.setSchoolYearStart(month);
        const name = formatMonth(`2000-${String(month).padStart(2, '0')}`, { year: false });
        notify({ text: t('value.schoolYear.saved', { month: name }) });
      }}
    />
  );
}
