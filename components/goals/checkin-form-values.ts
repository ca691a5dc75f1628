import { t } from '../../lib/i18n';
import { checkDay, TEXT_CAPS } from '../../lib/model/validation';
import { tooLongErrors } from '../common/length-errors';
import { numberInputText, parseNumber } from './number-text';

/** The check-in form's fields, as the user typed them. */
export interface CheckinFormValues {
  /** The metric's value, typed in the interface language's number format. */
  value: string;
  /** `YYYY-MM-DD`. */
  date: string;
  note: string;
}

export type CheckinFormErrors = Partial<Record<keyof CheckinFormValues, string>>;

export interface CheckinFormResult {
  date: string;
  value: number;
  note?: string;
}

/** The most characters each text field takes: what the model keeps. */
export const CHECKIN_FIELD_CAPS = { note: TEXT_CAPS.checkinNote } as const;

export function checkinToForm(
  checkin: Partial<CheckinFormResult> & { date: string },
): CheckinFormValues {
  return {
    value: numberInputText(checkin.value),
    date: checkin.date,
    note: checkin.note ?? '',
  };
}

/** Turns form values into a check-in, or says what needs fixing, each under its own field. */
export function formToCheckin(
  values: CheckinFormValues,
): { ok: true; value: CheckinFormResult } | { ok: false; errors: CheckinFormErrors } {
  const errors: CheckinFormErrors = tooLongErrors(values, CHECKIN_FIELD_CAPS);
  const number = parseNumber(values.value);
  if (number === undefined || Number.isNaN(number)) {
    errors.value = t('goals.checkin.valueInvalid');
  }
  if (checkDay(values.date)) errors.date = t('goals.checkin.dateInvalid');
  if (Object.keys(errors).length > 0 || number === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: { date: values.date, value: number, note: values.note.trim() || undefined },
  };
}
