import { t } from '../../lib/i18n';
import {
  isStepBack,
  type ConcernInput,
  type ConcernStatus,
  type PostAnalysis,
  type Side,
  type StepInput,
} from '../../lib/model/concern';
import { isValidDay } from '../../lib/model/days';

/** The raise-a-concern form's fields, as typed. */
export interface ConcernFormValues {
  text: string;
  raisedBy: string;
  side: Side;
  date: string;
}

export type ConcernFormErrors = Partial<Record<keyof ConcernFormValues, string>>;

export const emptyConcernForm = (today: string, me: string): ConcernFormValues => ({
  text: '',
  raisedBy: me,
  side: 'school',
  date: today,
});

export function concernFromForm(
  values: ConcernFormValues,
):
  | { ok: true; input: Omit<ConcernInput, 'partnerId' | 'createdBy'> }
  | { ok: false; errors: ConcernFormErrors } {
  const errors: ConcernFormErrors = {};
  if (!values.text.trim()) errors.text = t('concerns.form.error.text');
  if (!isValidDay(values.date)) errors.date = t('concerns.form.error.date');
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      text: values.text.trim(),
      raisedBy: values.raisedBy.trim() || undefined,
      side: values.side,
      date: values.date,
    },
  };
}

/** A status change's fields: the dated note, who took part, and on resolving the post-analysis. */
export interface StepFormValues {
  date: string;
  note: string;
  people: string;
  rootCause: string;
  whatWeChange: string;
}

export type StepFormErrors = Partial<Record<keyof StepFormValues, string>>;

export const emptyStepForm = (today: string): StepFormValues => ({
  date: today,
  note: '',
  people: '',
  rootCause: '',
  whatWeChange: '',
});

/** "Ana, Bo;  Cy" → ["Ana", "Bo", "Cy"]. */
export const parsePeople = (text: string) =>
  [...new Set(text.split(/[,;\n]/).map((name) => name.trim()))].filter(Boolean);

export function stepFromForm(
  from: ConcernStatus,
  to: ConcernStatus,
  values: StepFormValues,
):
  | { ok: true; step: Omit<StepInput, 'by'>; analysis?: PostAnalysis }
  | { ok: false; errors: StepFormErrors } {
  const errors: StepFormErrors = {};
  if (!isValidDay(values.date)) errors.date = t('concerns.step.error.date');
  if (isStepBack(from, to) && !values.note.trim()) errors.note = t('concerns.step.noteRequired');
  const resolving = to === 'resolved';
  if (resolving && !values.rootCause.trim()) errors.rootCause = t('concerns.step.error.rootCause');
  if (resolving && !values.whatWeChange.trim())
    errors.whatWeChange = t('concerns.step.error.whatWeChange');
  if (Object.keys(errors).length) return { ok: false, errors };
  const step = {
    to,
    date: values.date,
    note: values.note.trim() || undefined,
    people: parsePeople(values.people),
  };
  if (!resolving) return { ok: true, step };
  return {
    ok: true,
    step,
    analysis: { rootCause: values.rootCause.trim(), whatWeChange: values.whatWeChange.trim() },
  };
}
