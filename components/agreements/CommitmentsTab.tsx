import { t } from '../../lib/i18n';
import {
  COMMITMENT_SIDES,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentSide,
  type CommitmentStatus,
} from '../../lib/model/commitment';
import './agreements.css';
import { CommitmentRow } from './CommitmentRow';
import { sideLabel, statusLabel } from './labels';
import type { AgreementActions, GoalChoice, Notify } from './types';

/** The list's filters; empty strings mean any. */
export interface CommitmentFilterState {
  side: CommitmentSide | '';
  status: CommitmentStatus | 'open' | '';
  overdueOnly: boolean;
}

export const NO_COMMITMENT_FILTERS: CommitmentFilterState = {
  side: '',
  status: '',
  overdueOnly: false,
};

interface Props {
  filters: CommitmentFilterState;
  onFilters: (filters: CommitmentFilterState) => void;
  /** The commitments that pass the filters, open ones first. */
  commitments: Commitment[];
  today: number;
  partnerName: (partnerId: string) => string | undefined;
  goals: GoalChoice[];
  actions: Pick<AgreementActions, 'changeStatus' | 'undo'>;
  notify: Notify;
}

/** Every partner's commitments, filtered by side, status and overdue. */
export function CommitmentsTab({
  filters,
  onFilters,
  commitments,
  today,
  partnerName,
  goals,
  actions,
  notify,
}: Props) {
  const set = (patch: Partial<CommitmentFilterState>) => onFilters({ ...filters, ...patch });
  return (
    <div class="commitments-all">
      <div class="commitment-filters">
        <div class="field">
          <label for="cm-filter-side">{t('agreements.all.filterSide')}</label>
          <select
            id="cm-filter-side"
            value={filters.side}
            onChange={(event) =>
              set({ side: (event.currentTarget as HTMLSelectElement).value as CommitmentSide | '' })
            }
          >
            <option value="">{t('agreements.all.anySide')}</option>
            {COMMITMENT_SIDES.map((side) => (
              <option key={side} value={side}>
                {sideLabel(side)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="cm-filter-status">{t('agreements.all.filterStatus')}</label>
          <select
            id="cm-filter-status"
            value={filters.status}
            onChange={(event) =>
              set({
                status: (event.currentTarget as HTMLSelectElement)
                  .value as CommitmentFilterState['status'],
              })
            }
          >
            <option value="">{t('agreements.all.anyStatus')}</option>
            <option value="open">{t('agreements.all.open')}</option>
            {COMMITMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </div>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={filters.overdueOnly}
            onChange={(event) =>
              set({ overdueOnly: (event.currentTarget as HTMLInputElement).checked })
            }
          />
          {t('agreements.all.overdueOnly')}
        </label>
      </div>
      <p class="count" aria-live="polite">
        {t('agreements.all.count', { count: commitments.length })}
      </p>
      {commitments.length === 0 ? (
        <p class="empty-state">{t('agreements.all.empty')}</p>
      ) : (
        <ul class="commitment-list" aria-label={t('agreements.all.list')}>
          {commitments.map((commitment) => (
            <CommitmentRow
              key={commitment.id}
              commitment={commitment}
              today={today}
              partnerName={partnerName(commitment.partnerId)}
              goalTitle={goals.find((goal) => goal.id === commitment.goalId)?.title}
              actions={actions}
              notify={notify}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
