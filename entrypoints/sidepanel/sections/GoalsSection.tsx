import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '../../../components/goals/goals.css';
import { columnLabelById } from '../../../components/goals/column-label';
import { GoalsView } from '../../../components/goals/GoalsView';
import { PartnerGoals } from '../../../components/goals/PartnerGoals';
import type { DescriptionEditor } from '../../../components/goals/types';
import { t } from '../../../lib/i18n';
import { goalDescriptionText } from '../../../lib/model/goal';
import { goalActions, setGoalPartnerLink } from '../../../lib/state/goal-actions';
import { descriptionCarets, peersByGoal } from '../../../lib/state/goal-presence';
import { DescriptionBinding } from '../../../lib/state/goals-description';
import { goalsBoardOf } from '../../../lib/state/goals-board';
import {
  loadGoalPrefs,
  saveGoalPrefs,
  type GoalBoardPrefs,
} from '../../../lib/storage/goal-filters';
import { usePanel } from '../panel-context';

export function GoalsSection() {
  const { session, settings, notify, sync } = usePanel();
  const board = goalsBoardOf(session);
  const [layout, setLayout] = useState<GoalBoardPrefs['layout']>('auto');
  const loaded = useRef(false);
  const bindings = useRef(new Map<string, DescriptionBinding>());

  // Personal view settings: loaded once, saved on change, never written to the doc.
  useEffect(() => {
    let live = true;
    void loadGoalPrefs().then((prefs) => {
      if (!live) return;
      board.filters.value = prefs.filters;
      setLayout(prefs.layout);
      loaded.current = true;
    });
    return () => {
      live = false;
    };
  }, [board]);
  const filters = board.filters.value;
  useEffect(() => {
    if (loaded.current) void saveGoalPrefs({ filters, layout });
  }, [filters, layout]);

  useEffect(() => {
    const open = bindings.current;
    return () => {
      for (const binding of open.values()) binding.dispose();
      open.clear();
    };
  }, [session]);

  const partnersList = session.sortedPartners.value;
  const partners = useMemo(
    () => partnersList.map((partner) => ({ id: partner.id, name: partner.name })),
    [partnersList],
  );
  const options = board.filterOptions.value;
  const peopleByPartner = session.peopleByPartner.value;
  const ownerSuggestions = useMemo(() => {
    const names = new Set(options.owners);
    if (settings.displayName) names.add(settings.displayName);
    for (const people of peopleByPartner.values())
      for (const person of people) names.add(person.name);
    return [...names].sort((a, b) => a.localeCompare(b));
  }, [options.owners, settings.displayName, peopleByPartner]);

  const peers = sync.peers.value;
  const onGoal = useMemo(() => peersByGoal(peers), [peers]);
  const description = (id: string): DescriptionEditor => {
    let binding = bindings.current.get(id);
    if (!binding) {
      binding = new DescriptionBinding(session.doc, id);
      bindings.current.set(id, binding);
    }
    const bound = binding;
    // Typing is grouped into undo steps by the undo manager's capture timeout, not per key.
    return {
      value: bound.value.value,
      edit: (next) => bound.edit(next),
      // Peers' relative positions resolved now; re-run whenever the text or presence changes.
      carets: descriptionCarets(session.doc, peers, id),
      onCaret: (selection) => {
        const text = selection && goalDescriptionText(session.doc, id);
        if (selection && text) sync.setLocalTextCursor(text, selection.anchor, selection.head);
        else sync.setLocalFocus({ goalId: id, field: 'description', editing: false });
      },
    };
  };

  return (
    <GoalsView
      columns={board.columns.value}
      cardsByColumn={board.visibleByColumn.value}
      totalCount={board.liveCount.value}
      visibleCount={board.visibleCount.value}
      filters={filters}
      onFilters={(patch) => board.setFilters(patch)}
      owners={options.owners}
      tags={options.tags}
      partners={partners}
      ownerSuggestions={ownerSuggestions}
      layout={layout}
      onLayout={setLayout}
      getCard={(id) => board.cardOf(id)}
      history={(id) => board.history(id)}
      description={description}
      actions={goalActions(session, board, settings.displayName)}
      notify={notify}
      peersByGoal={onGoal}
      onViewGoal={(id) =>
        sync.setLocalFocus(id ? { goalId: id, field: 'description', editing: false } : null)
      }
    />
  );
}

/** The partner page's goals: rendered into PartnerDetail's goals slot by PartnersSection. */
export function PartnerGoalsSlot({ partner }: { partner: { id: string; name: string } }) {
  const { session, settings, notify } = usePanel();
  const board = goalsBoardOf(session);
  const all = board.byColumn.value;
  const columns = board.columns.value;
  const linked = board.goalsOfPartner(partner.id);
  const others: { id: string; title: string }[] = [];
  for (const cards of all.values()) {
    for (const { goal } of cards) if (!goal.partnerIds.includes(partner.id)) others.push(goal);
  }
  const setLinked = (goalId: string, link: boolean) =>
    setGoalPartnerLink(session, board, goalId, partner.id, link);
  return (
    <PartnerGoals
      partnerName={partner.name}
      goals={linked}
      otherGoals={others}
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
