import { formatDay, formatNumber, t } from '../../lib/i18n';
import type { Goal, GoalInput, GoalPatch } from '../../lib/model/goal';
import type { GoalTemplate } from '../../lib/model/goal-templates';
import { checkDay, checkNotPast, TEXT_CAPS } from '../../lib/model/validation';
import { itemTooLongError, tooLongErrors } from '../common/length-errors';
import { parseListInput } from '../common/list-input';
import { numberInputText, parseNumber } from './number-text';

/** The goal form's fields, as the user typed them. */
export interface GoalFormValues {
  title: string;
  description: string;
  column: string;
  metricName: string;
  unit: string;
  baseline: string;
  target: string;
  direction: 'up' | 'down';
  due: string;
  owners: string;
  tags: string;
  partnerIds: string[];
}

export type GoalFormErrors = Partial<Record<keyof GoalFormValues, string>>;

export const EMPTY_GOAL_FORM: GoalFormValues = {
  title: '',
  description: '',
  column: '',
  metricName: '',
  unit: '',
  baseline: '',
  target: '',
  direction: 'up',
  due: '',
  owners: '',
  tags: '',
  partnerIds: [],
};

/** The most characters each text field takes: what the model keeps. */
export const GOAL_FIELD_CAPS = {
  title: TEXT_CAPS.name,
  description: TEXT_CAPS.longText,
  metricName: TEXT_CAPS.metricName,
  unit: TEXT_CAPS.metricUnit,
} as const;

export function templateToForm(template: GoalTemplate, base: GoalFormValues): GoalFormValues {
  const { goal } = template;
  return {
    ...base,
    title: goal.title,
    description: goal.description ?? '',
    metricName: goal.metric?.name ?? '',
    unit: goal.metric?.unit ?? '',
    baseline: numberInputText(goal.metric?.baseline),
    target: numberInputText(goal.metric?.target),
    direction: goal.metric?.direction ?? 'up',
    tags: (goal.tags ?? []).join(', '),
  };
}

/** The form for editing `goal`, which sits in board column `column`. */
export function goalToForm(goal: Goal, column: string): GoalFormValues {
  return {
    ...EMPTY_GOAL_FORM,
    title: goal.title,
    description: goal.description,
    column,
    metricName: goal.metric.name ?? '',
    unit: goal.metric.unit ?? '',
    baseline: numberInputText(goal.metric.baseline),
    target: numberInputText(goal.metric.target),
    direction: goal.metric.direction,
    due: goal.metric.due ?? '',
    owners: goal.owners.join(', '),
    tags: goal.tags.join(', '),
    partnerIds: [...goal.partnerIds],
  };
}

/**
 * Turns form values into a goal, or says what needs fixing. `editing`: the description is edited
 * live on the goal's page, so the form leaves it out.
 */
export function formToGoal(
  values: GoalFormValues,
  { editing = false }: { editing?: boolean } = {},
): { ok: true; value: GoalInput & GoalPatch } | { ok: false; errors: GoalFormErrors } {
  const errors: GoalFormErrors = tooLongErrors(
    values,
    editing ? { ...GOAL_FIELD_CAPS, description: undefined } : GOAL_FIELD_CAPS,
  );
  if (!values.title.trim()) errors.title = t('goals.form.titleRequired');
  const baseline = parseNumber(values.baseline);
  const target = parseNumber(values.target);
  if (Number.isNaN(baseline)) {
    errors.baseline = t('goals.form.baselineInvalid', { example: formatNumber(40) });
  }
  if (Number.isNaN(target)) {
    errors.target = t('goals.form.targetInvalid', { example: formatNumber(120) });
  }
  if (values.due && checkDay(values.due)) errors.due = t('common.input.day');
  const owners = parseListInput(values.owners);
  const longOwner = itemTooLongError(owners, TEXT_CAPS.goalOwner);
  if (longOwner) errors.owners = longOwner;
  const tags = parseListInput(values.tags);
  const longTag = itemTooLongError(tags, TEXT_CAPS.tag);
  if (longTag) errors.tags = longTag;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      title: values.title.trim(),
      ...(editing ? {} : { description: values.description }),
      column: values.column || undefined,
      owners,
      tags,
      partnerIds: [...values.partnerIds],
      metric: {
        name: values.metricName.trim() || undefined,
        unit: values.unit.trim() || undefined,
        baseline,
        target,
        direction: values.direction,
        due: values.due || undefined,
      },
    },
  };
}

/**
 * A warning, never an error, when the due date typed is already past: a goal may be recorded
 * after the fact, so saving stays allowed and no confirmation is asked; the warning is simply
 * there to catch a mistyped year. A due date left as it was (an old goal being edited) is not
 * news and gets none: the board already marks the goal overdue.
 */
export function dueDateWarning(due: string, initialDue: string, today: string): string | undefined {
  if (!due || due === initialDue || !checkNotPast(due, today)) return undefined;
  return t('common.input.pastDay', { date: formatDay(due) });
}
