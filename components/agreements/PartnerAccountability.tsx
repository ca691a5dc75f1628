import type { AgreementHistory } from '../../lib/model/agreement';
import type { Commitment, CommitmentSummary } from '../../lib/model/commitment';
import './agreements.css';
import { AgreementSection } from './AgreementSection';
import { CommitmentsSection } from './CommitmentsSection';
import type { AgreementActions, GoalChoice, Notify } from './types';

interface Props {
  partner: { id: string; name: string; cadenceDays: number };
  agreement: AgreementHistory;
  commitments: Commitment[];
  summary: CommitmentSummary;
  today: number;
  me: string;
  goals: GoalChoice[];
  actions: AgreementActions;
  notify: Notify;
}

/** The partner page's agreement and commitments (PartnerDetail's agreement slot). */
export function PartnerAccountability(props: Props) {
  return (
    <>
      <AgreementSection
        partner={props.partner}
        history={props.agreement}
        today={props.today}
        me={props.me}
        actions={props.actions}
        notify={props.notify}
      />
      <CommitmentsSection
        partner={props.partner}
        commitments={props.commitments}
        summary={props.summary}
        today={props.today}
        goals={props.goals}
        actions={props.actions}
        notify={props.notify}
      />
    </>
  );
}
