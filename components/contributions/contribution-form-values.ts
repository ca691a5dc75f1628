import { t, type MessageKey } from '../../lib/i18n';
import {
  contributionProblems,
  isKindFor,
  kindsFor,
  type Contribution,
  type ContributionDirection,
  type ContributionKind,
  type ContributionPatch,
  type ContributionProblem,
} from '../../lib/model/contribution';

/** The contribution form's fields, as chosen and typed. */
export interface ContributionFormValues {
  direction: ContributionDirection;
  kind: ContributionKind;
  amount: string;
  currency: string;
  hours: string;
  date: string;
  goalIds: string[];
  note: string;
}

export type ContributionFormErrors = Partial<Record<keyof ContributionFormValues, string>>;

export const emptyContributionForm = (today: string, currency = ''): ContributionFormValues => ({
  direction: 'from-partner',
  kind: 'grant',
  amount: '',
  currency,
  hours: '',
  date: today,
  goalIds: [],
  note: '',
});

export const contributionToForm = (record: Contribution): ContributionFormValues => ({
  direction: record.direction,
  kind: record.kind,
  amount: record.amount === undefined ? '' : String(record.amount),
  currency: record.currency ?? '',
  hours: record.hours === undefined ? '' : String(record.hours),
  date: record.date,
  goalIds: [...record.goalIds],
  note: record.note ?? '',
});

/** A new direction keeps the kind when the other side has it too (training, other). */
export function withDirection(
  values: ContributionFormValues,
  direction: ContributionDirection,
): ContributionFormValues {
  const kind = isKindFor(direction, values.kind) ? values.kind : kindsFor(direction)[0]!;
  return { ...values, direction, kind };
}

/**
 * A typed number, in English or Spanish habits: "1,000" and "1.000" are a thousand (a group of
 * three digits after the first separator), "12,50" and "12.50" are twelve and a half, and
 * "1,234.56" / "1.234,56" both work. Empty reads as absent; anything else as NaN.
 */
export function parseTypedNumber(text: string): number | undefined {
  const clean = text.trim().replace(/[\s\u00a0]/g, '');
  if (!clean) return undefined;
  if (/^\d+$/.test(clean)) return Number(clean);
  if (/^\d+[.,]\d{1,2}$/.test(clean)) return Number(clean.replace(',', '.'));
  if (/^[1-9]\d{0,2}([.,]\d{3})+$/.test(clean)) return Number(clean.replace(/[.,]/g, ''));
  if (/^\d{1,3}(,\d{3})*\.\d+$/.test(clean)) return Number(clean.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})*,\d+$/.test(clean))
    return Number(clean.replace(/\./g, '').replace(',', '.'));
  if (/^\d*\.\d+$/.test(clean)) return Number(clean);
  return Number.NaN;
}

const PROBLEM_FIELDS: Record<ContributionProblem, [keyof ContributionFormValues, MessageKey]> = {
  kind: ['kind', 'value.contribution.form.error.noValue'],
  amount: ['amount', 'value.contribution.form.error.amount'],
  currency: ['currency', 'value.contribution.form.error.currency'],
  hours: ['hours', 'value.contribution.form.error.hours'],
  noValue: ['amount', 'value.contribution.form.error.noValue'],
  date: ['date', 'value.contribution.form.error.date'],
};

/** The field to focus for the first error, in the form's order. */
export const FIELD_ORDER: (keyof ContributionFormValues)[] = [
  'direction',
  'kind',
  'amount',
  'currency',
  'hours',
  'date',
  'note',
];

export function contributionFromForm(
  values: ContributionFormValues,
): { ok: true; input: ContributionPatch } | { ok: false; errors: ContributionFormErrors } {
  const errors: ContributionFormErrors = {};
  const amount = parseTypedNumber(values.amount);
  const hours = parseTypedNumber(values.hours);
  const currency = values.currency.trim().toUpperCase();
  const input: ContributionPatch = {
    direction: values.direction,
    kind: values.kind,
    amount: Number.isNaN(amount) ? -1 : amount,
    // The currency field starts with the last one used, so alone (no amount) it means nothing.
    currency: amount === undefined ? undefined : currency,
    hours: Number.isNaN(hours) ? -1 : hours,
    date: values.date,
    goalIds: values.goalIds,
    note: values.note.trim() || undefined,
  };
  for (const problem of contributionProblems(input)) {
    const [field, key] = PROBLEM_FIELDS[problem];
    errors[field] ??= t(key);
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input };
}
