import { useMemo, useState } from 'preact/hooks';
import {
  CommitmentsTab,
  NO_COMMITMENT_FILTERS,
} from '../../../components/agreements/CommitmentsTab';
import { PartnerAccountability } from '../../../components/agreements/PartnerAccountability';
import type { Partner } from '../../../lib/model/partner';
import { agreementActions } from '../../../lib/state/agreement-actions';
import { agreementsViewOf } from '../../../lib/state/agreements-view';
import { logViewOf } from '../../../lib/state/log-view';
import { usePanel } from '../panel-context';

/** The agreements view model and its actions, written as the user. */
function useAgreements() {
  const { session, settings, notify } = usePanel();
  const view = agreementsViewOf(session);
  const me = settings.displayName;
  const actions = useMemo(() => agreementActions(session, view, me), [session, view, me]);
  return { session, view, actions, me, notify, goals: logViewOf(session).goalChoices.value };
}

/** The partner page's agreement and commitments: rendered into PartnerDetail's agreement slot. */
export function PartnerAgreementSlot({ partner }: { partner: Partner }) {
  const { view, actions, me, notify, goals } = useAgreements();
  return (
    <PartnerAccountability
      partner={partner}
      agreement={view.agreementOf(partner.id)}
      commitments={view.commitmentsOf(partner.id)}
      summary={view.summaryOf(partner.id)}
      today={view.today.value}
      me={me}
      goals={goals}
      actions={actions}
      notify={notify}
    />
  );
}

/** Every partner's commitments, with filters: the Log's Commitments tab. */
export function CommitmentsSlot() {
  const { session, view, actions, notify, goals } = useAgreements();
  const [filters, setFilters] = useState(NO_COMMITMENT_FILTERS);
  const commitments = view.allCommitments({
    side: filters.side || undefined,
    status: filters.status || undefined,
    overdueOnly: filters.overdueOnly,
  });
  return (
    <CommitmentsTab
      filters={filters}
      onFilters={setFilters}
      commitments={commitments}
      today={view.today.value}
      partnerName={(id) => session.partners.get(id)?.name}
      goals={goals}
      actions={actions}
      notify={notify}
    />
  );
}
