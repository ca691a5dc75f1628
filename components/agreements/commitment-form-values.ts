import { t } from '../../lib/i18n';
import type { Commitment, CommitmentPatch, CommitmentSide } from '../../lib/model/commitment';
import { isValidDay } from '../../lib/model/days';

/** The commitment form's fields, as the user typed them. */
export interface CommitmentFormValues {
  text: string;
  side: CommitmentSide;
  who: string;
  due: string;
  goalId: string;
}

export type CommitmentFormErrors = Partial<Record<keyof CommitmentFormValues, string>>;

export const EMPTY_COMMITMENT_FORM: CommitmentFormValues = {
  text: '',
  side: 'school',
  who: '',
  due: '',
  goalId: '',
};

export function commitmentToForm(commitment: Commitment): CommitmentFormValues {
  return {
    text: commitment.text,
    side: commitment.side,
    who: commitment.who ?? '',
    due: commitment.due ?? '',
    goalId: commitment.goalId ?? '',
  };
}

export type CommitmentFormResult =
  | { ok: true; input: Required<Pick<CommitmentPatch, 'text' | 'side'>> & CommitmentPatch }
  | { ok: false; errors: CommitmentFormErrors };

/** Checks the form; empty optional fields clear what was there. */
export function commitmentFromForm(values: CommitmentFormValues): CommitmentFormResult {
  const errors: CommitmentFormErrors = {};
  if (!values.text.trim()) errors.text = t('agreements.commitment.error.text');
  if (values.due && !isValidDay(values.due)) errors.due = t('agreements.commitment.error.due');
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      text: values.text.trim(),
      side: values.side,
      who: values.who.trim() || undefined,
      due: values.due || undefined,
      goalId: values.goalId || undefined,
    },
  };
}
