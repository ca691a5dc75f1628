import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  COMMITMENT_SIDES,
  type Commitment,
  type CommitmentSummary,
} from '../../lib/model/commitment';
import { CommitmentForm } from './CommitmentForm';
import { CommitmentRow } from './CommitmentRow';
import { EMPTY_COMMITMENT_FORM, commitmentToForm } from './commitment-form-values';
import { sideLabel } from './labels';
import type { AgreementActions, GoalChoice, Notify } from './types';

interface Props {
  partner: { id: string; name: string };
  commitments: Commitment[];
  summary: CommitmentSummary;
  today: number;
  goals: GoalChoice[];
  actions: Pick<
    AgreementActions,
    'addCommitment' | 'updateCommitment' | 'changeStatus' | 'removeCommitment' | 'undo'
  >;
  notify: Notify;
}

/** Pledged against delivered for each side, with what is overdue. */
export function CommitmentSummaryLine({ summary }: { summary: CommitmentSummary }) {
  return (
    <ul class="commitment-summary" aria-label={t('agreements.commitments.summaryLabel')}>
      {COMMITMENT_SIDES.map((side) => (
        <li key={side}>
          {t('agreements.commitments.summary', {
            side: sideLabel(side),
            delivered: summary[side].delivered,
            pledged: summary[side].pledged,
          })}
          {summary[side].overdue > 0 && (
            <span class="agr-flag overdue">
              {t('agreements.commitments.summaryOverdue', { count: summary[side].overdue })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What each side promised this partner, on the partner's page. */
export function CommitmentsSection({
  partner,
  commitments,
  summary,
  today,
  goals,
  actions,
  notify,
}: Props) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const goalTitle = (id: string | undefined) => goals.find((goal) => goal.id === id)?.title;
  const close = () => {
    setEditing(null);
    setTimeout(() => document.getElementById('commitment-add')?.focus(), 0);
  };
  const form = (commitment?: Commitment) => (
    <CommitmentForm
      initial={commitment ? commitmentToForm(commitment) : EMPTY_COMMITMENT_FORM}
      editing={!!commitment}
      goals={goals}
      idPrefix={commitment ? `cm-edit-${commitment.id}` : 'cm-new'}
      onCancel={close}
      onSave={(input) => {
        if (commitment) actions.updateCommitment(commitment.id, input);
        else actions.addCommitment({ ...input, partnerId: partner.id });
        close();
        notify({
          text: commitment
            ? t('agreements.toast.commitmentSaved')
            : t('agreements.toast.commitmentAdded'),
          actionLabel: t('common.undo'),
          onAction: actions.undo,
        });
      }}
    />
  );
  return (
    <section class="section commitments" aria-labelledby="commitments-title">
      <div class="section-header">
        <h3 id="commitments-title">{t('agreements.commitments.heading')}</h3>
        {editing === null && (
          <button
            type="button"
            class="button"
            id="commitment-add"
            onClick={() => setEditing('new')}
          >
            {t('agreements.commitments.add')}
          </button>
        )}
      </div>
      {commitments.length > 0 && <CommitmentSummaryLine summary={summary} />}
      {editing === 'new' && form()}
      {commitments.length === 0 && editing !== 'new' && (
        <p class="muted">{t('agreements.commitments.none')}</p>
      )}
      <ul
        class="commitment-list"
        aria-label={t('agreements.commitments.list', { name: partner.name })}
      >
        {commitments.map((commitment) =>
          editing === commitment.id ? (
            <li key={commitment.id} aria-label={commitment.text}>
              {form(commitment)}
            </li>
          ) : (
            <CommitmentRow
              key={commitment.id}
              commitment={commitment}
              today={today}
              goalTitle={goalTitle(commitment.goalId)}
              actions={actions}
              notify={notify}
              onEdit={() => setEditing(commitment.id)}
              onDelete={() => {
                actions.removeCommitment(commitment.id);
                notify({
                  text: t('agreements.toast.commitmentDeleted', { text: commitment.text }),
                  actionLabel: t('common.undo'),
                  onAction: actions.undo,
                });
              }}
            />
          ),
        )}
      </ul>
    </section>
  );
}
