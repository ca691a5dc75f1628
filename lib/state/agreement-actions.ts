import type * as Y from 'yjs';
import { confirmAgreement, saveAgreement, type AgreementInput } from '../model/agreement';
import {
  addCommitment,
  changeCommitmentStatus,
  deleteCommitment,
  updateCommitment,
  type CommitmentInput,
  type CommitmentPatch,
  type CommitmentSide,
  type CommitmentStatus,
  type StatusChangeResult,
} from '../model/commitment';
import { localDay } from '../model/days';
import type { AgreementsView } from './agreements-view';

/** What the agreement actions need of a workspace session. */
export interface AgreementSession {
  readonly doc: Y.Doc;
  act: <T>(action: () => T) => T;
  undo: () => void;
}

/**
 * The agreement and commitment screens' writes (AgreementActions in components/agreements,
 * matched structurally), each one undo step through lib/model. `me` (the display name) marks who
 * saved, confirmed or changed what.
 */
export function agreementActions(
  session: AgreementSession,
  view: Pick<AgreementsView, 'agreements'>,
  me: string,
) {
  const { doc } = session;
  const by = me.trim() || undefined;
  return {
    /** Saves a new version when something changed; returns its id, or null when nothing did. */
    saveAgreement: (partnerId: string, input: AgreementInput) =>
      session.act(() =>
        saveAgreement(doc, partnerId, input, { by, versions: view.agreements.of(partnerId) }),
      ),
    /** Records that `name` agreed to the version today, for one side. */
    confirmAgreement: (versionId: string, name: string, side: CommitmentSide) =>
      session.act(() => confirmAgreement(doc, versionId, { name, side, date: localDay() })),
    addCommitment: (input: CommitmentInput) =>
      session.act(() => addCommitment(doc, { ...input, createdBy: by })),
    updateCommitment: (id: string, patch: CommitmentPatch) =>
      session.act(() => updateCommitment(doc, id, patch)),
    changeStatus: (id: string, to: CommitmentStatus, note?: string): StatusChangeResult =>
      session.act(() => changeCommitmentStatus(doc, id, { to, note, by })),
    removeCommitment: (id: string) => session.act(() => deleteCommitment(doc, id, by)),
    undo: () => session.undo(),
  };
}

export type AgreementActionSet = ReturnType<typeof agreementActions>;
