import { t } from '../../lib/i18n';
import type { Agreement, AgreementInput } from '../../lib/model/agreement';
import { dayNumber, isValidDay } from '../../lib/model/days';

/** The agreement form's fields, as the user typed them. */
export interface AgreementFormValues {
  purpose: string;
  ourResponsibilities: string;
  partnerResponsibilities: string;
  expectations: string;
  communication: string;
  cadenceDays: string;
  startDate: string;
  reviewDate: string;
}

export type AgreementFormErrors = Partial<Record<keyof AgreementFormValues, string>>;

/** The form for a partner: its current version, or empty with the partner's cadence. */
export function agreementToForm(
  agreement: Agreement | null,
  partnerCadenceDays: number,
): AgreementFormValues {
  return {
    purpose: agreement?.purpose ?? '',
    ourResponsibilities: agreement?.ourResponsibilities ?? '',
    partnerResponsibilities: agreement?.partnerResponsibilities ?? '',
    expectations: agreement?.expectations ?? '',
    communication: agreement?.communication ?? '',
    cadenceDays: String(agreement?.cadenceDays ?? partnerCadenceDays),
    startDate: agreement?.startDate ?? '',
    reviewDate: agreement?.reviewDate ?? '',
  };
}

export type AgreementFormResult =
  { ok: true; input: AgreementInput } | { ok: false; errors: AgreementFormErrors };

/** Checks the form and turns it into what the model saves. */
export function agreementFromForm(values: AgreementFormValues): AgreementFormResult {
  const errors: AgreementFormErrors = {};
  if (!values.purpose.trim()) errors.purpose = t('agreements.form.error.purpose');
  const cadenceText = values.cadenceDays.trim();
  const cadence = cadenceText ? Number(cadenceText) : undefined;
  if (cadence !== undefined && !(Number.isInteger(cadence) && cadence >= 1 && cadence <= 3650))
    errors.cadenceDays = t('agreements.form.error.cadence');
  for (const key of ['startDate', 'reviewDate'] as const) {
    if (values[key] && !isValidDay(values[key])) errors[key] = t('agreements.form.error.date');
  }
  if (
    !errors.startDate &&
    !errors.reviewDate &&
    values.startDate &&
    values.reviewDate &&
    dayNumber(values.reviewDate)! < dayNumber(values.startDate)!
  )
    errors.reviewDate = t('agreements.form.error.reviewBeforeStart');
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      purpose: values.purpose,
      ourResponsibilities: values.ourResponsibilities,
      partnerResponsibilities: values.partnerResponsibilities,
      expectations: values.expectations,
      communication: values.communication,
      cadenceDays: cadence,
      startDate: values.startDate || undefined,
      reviewDate: values.reviewDate || undefined,
    },
  };
}
