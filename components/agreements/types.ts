import type { AgreementInput } from '../../lib/model/agreement';
import type {
  CommitmentInput,
  CommitmentPatch,
  CommitmentSide,
  CommitmentStatus,
  StatusChangeResult,
} from '../../lib/model/commitment';
import type { ToastMessage } from '../common/Toast';

/** The agreement screens' writes (lib/state/agreement-actions.ts makes them). */
export interface AgreementActions {
  saveAgreement: (partnerId: string, input: AgreementInput) => string | null;
  confirmAgreement: (versionId: string, name: string, side: CommitmentSide) => void;
  addCommitment: (input: CommitmentInput) => string;
  updateCommitment: (id: string, patch: CommitmentPatch) => void;
  changeStatus: (id: string, to: CommitmentStatus, note?: string) => StatusChangeResult;
  removeCommitment: (id: string) => void;
  undo: () => void;
}

export type Notify = (toast: Omit<ToastMessage, 'id'>) => void;

export interface GoalChoice {
  id: string;
  title: string;
}
