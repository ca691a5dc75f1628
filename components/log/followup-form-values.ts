import { t } from '../../lib/i18n';
import type { FollowupInput } from '../../lib/model/followup';
import { checkDay, TEXT_CAPS } from '../../lib/model/validation';
import { tooLongErrors } from '../common/length-errors';

/** The follow-up form's fields, as the user typed them. */
export interface FollowupFormValues {
  text: string;
  /** A name: one of the offered assignees, or anyone else. */
  assignee: string;
  /** `YYYY-MM-DD`, or empty for no due date. */
  due: string;
}

export type FollowupFormErrors = Partial<Record<keyof FollowupFormValues, string>>;

export type FollowupFormResult = Pick<
  FollowupInput,
  'text' | 'due' | 'assigneeId' | 'assigneeName'
>;

/** Someone the follow-up can be given to: a person at the partner (with an id) or a name. */
export interface AssigneeOption {
  id?: string;
  name: string;
}

/** The most characters each text field takes: what the model keeps. */
export const FOLLOWUP_FIELD_CAPS: Partial<Record<keyof FollowupFormValues, number>> = {
  text: TEXT_CAPS.shortText,
  assignee: TEXT_CAPS.name,
};

export function followupToForm(
  followup: Partial<Pick<FollowupInput, 'text' | 'due' | 'assigneeName'>> = {},
): FollowupFormValues {
  return {
    text: followup.text ?? '',
    assignee: followup.assigneeName ?? '',
    due: followup.due ?? '',
  };
}

/**
 * Turns form values into a follow-up, or says what needs fixing. A typed name that matches an
 * offered assignee (any case) is that person, with their id; any other name is kept as typed.
 */
export function formToFollowup(
  values: FollowupFormValues,
  assignees: readonly AssigneeOption[],
): { ok: true; value: FollowupFormResult } | { ok: false; errors: FollowupFormErrors } {
  const errors: FollowupFormErrors = tooLongErrors(values, FOLLOWUP_FIELD_CAPS);
  const text = values.text.trim();
  if (!text) errors.text = t('log.followupForm.error.text');
  if (values.due && checkDay(values.due)) errors.due = t('log.followupForm.error.due');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const name = values.assignee.trim();
  const match = assignees.find((a) => a.name.toLowerCase() === name.toLowerCase());
  return {
    ok: true,
    value: {
      text,
      due: values.due || undefined,
      assigneeName: match?.name ?? (name || undefined),
      assigneeId: match?.id,
    },
  };
}
