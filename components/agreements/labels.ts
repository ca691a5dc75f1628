import { t } from '../../lib/i18n';
import type { CommitmentSide, CommitmentStatus } from '../../lib/model/commitment';

/** A status in the interface language (the model keeps codes). */
export function statusLabel(status: CommitmentStatus): string {
  switch (status) {
    case 'pledged':
      return t('agreements.status.pledged');
    case 'in-progress':
      return t('agreements.status.inProgress');
    case 'delivered':
      return t('agreements.status.delivered');
    case 'not-delivered':
      return t('agreements.status.notDelivered');
  }
}

export function sideLabel(side: CommitmentSide): string {
  return side === 'school' ? t('agreements.side.school') : t('agreements.side.partner');
}
