import { useEffect, useMemo } from 'preact/hooks';
import '../../../components/goals/goals.css';
import { columnLabelById } from '../../../components/goals/column-label';
import { GoalsView } from '../../../components/goals/GoalsView';
import { PartnerGoals } from '../../../components/goals/PartnerGoals';
import { t } from '../../../lib/i18n';
import { goalActions, setGoalPartnerLink } from '../../../lib/state/goal-actions';
import { goalsNotLinkedTo, ownerSuggestions, partnerRefs } from '../../../lib/state/goal-choices';
import { GoalPrefsBinding } from '../../../lib/state/goal-prefs';
import { peersByGoal } from '../../../lib/state/goal-presence';
import { openLogEntry } from '../../../lib/state/navigation';
import { meetingTitle } from '../../../lib/model/meeting-checkins';
import { DescriptionEditors } from '../../../lib/state/goals-description';
import { goalsBoardOf } from '../../../lib/state/goals-board';
import { usePanel } from '../panel-context';
import { earlierYears } from '../../../lib/state/earlier-years';

export function GoalsSection() {
  const { session, settings, notify, sync } = usePanel();
  const board = goalsBoardOf(session);
  // Personal view settings: loaded once, saved on change, never written to the doc.
  const prefs = useMemo(() => new GoalPrefsBinding(board), [board]);
  useEffect(() => prefs.start(), [prefs]);
  const editors = useMemo(() => new DescriptionEditors(session.doc), [session]);
  useEffect(() => () => editors.dispose(), [editors]);

  const partnersList = session.sortedPartners.value;
  const partners = useMemo(() => partnerRefs(partnersList), [partnersList]);
  const options = board.filterOptions.value;
  const peopleByPartner = session.peopleByPartner.value;
  const owners = useMemo(
    () => ownerSuggestions(options.owners, settings.displayName, peopleByPartner),
    [options.owners, settings.displayName, peopleByPartner],
  );
  const peers = sync.peers.value;
  const onGoal = useMemo(() => peersByGoal(peers), [peers]);

  return (
    <GoalsView
      columns={board.columns.value}
      cardsByColumn={board.visibleByColumn.value}
      totalCount={board.liveCount.value}
      visibleCount={board.visibleCount.value}
      filters={board.filters.value}
      onFilters={(patch) => board.setFilters(patch)}
      owners={options.owners}
      tags={options.tags}
      partners={partners}
      ownerSuggestions={owners}
      layout={prefs.layout.value}
      onLayout={(layout) => (prefs.layout.value = layout)}
      getCard={(id) => board.cardOf(id)}
      history={(id) => board.history(id)}
      description={(id) => editors.editor(id, sync)}
      actions={goalActions(session, board, settings.displayName)}
      notify={notify}
      peersByGoal={onGoal}
      onViewGoal={(id) =>
        sync.setLocalFocus(id ? { goalId: id, field: 'description', editing: false } : null)
      }
      meetingTitle={(id) => {
        // Read again once another year's doc has loaded: the meeting may be in it.
        void session.history.changes.value;
        return meetingTitle(session.history.all(), id);
      }}
      onOpenMeeting={openLogEntry}
      earlierYears={() => earlierYears(session.history)}
    />
  );
}

/** The partner page's goals: rendered into PartnerDetail's goals slot by PartnersSection. */
export function PartnerGoalsSlot({ partner }: { partner: { id: string; name: string } }) {
  const { session, settings, notify } = usePanel();
  const board = goalsBoardOf(session);
  const columns = board.columns.value;
  const setLinked = (goalId: string, link: boolean) =>
    setGoalPartnerLink(session, board, goalId, partner.id, link);
  return (
    <PartnerGoals
      partnerName={partner.name}
      goals={board.goalsOfPartner(partner.id)}
      otherGoals={goalsNotLinkedTo(board.byColumn.value, partner.id)}
      columnName={(id) => columnLabelById(columns, id) ?? ''}
      onCreate={(title) => {
        goalActions(session, board, settings.displayName).add({ title, partnerIds: [partner.id] });
        notify({ text: t('goals.toast.addedToBoard', { title }) });
      }}
      onLink={(id) => setLinked(id, true)}
      onUnlink={(id) => setLinked(id, false)}
    />
  );
}
