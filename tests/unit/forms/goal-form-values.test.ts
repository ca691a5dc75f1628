import { describe, expect, test } from 'vitest';
import {
  dueDateWarning,
  EMPTY_GOAL_FORM,
  formToGoal,
  goalToForm,
  type GoalFormValues,
} from '../../../components/goals/goal-form-values';
import { goalSchema, type Goal } from '../../../lib/model/goal';

const GOAL: Goal = {
  ...goalSchema.parse({
    title: 'Raise family workshop attendance',
    description: 'Two evenings a term.',
    metricName: 'Families attending',
    unit: 'families',
    baseline: 40,
    target: 120.5,
    direction: 'up',
    due: '2027-06-30',
    owners: ['Ana', 'Lee'],
    tags: ['family', 'literacy'],
    partnerIds: ['partner-1'],
  }),
  id: 'goal-1',
};

const form = (values: Partial<GoalFormValues>): GoalFormValues => ({
  ...EMPTY_GOAL_FORM,
  title: 'A goal',
  ...values,
});

describe('goal form values', () => {
  test('goalToForm and formToGoal round trip a goal', () => {
    const result = formToGoal(goalToForm(GOAL, 'column-2'));
    expect(result).toEqual({
      ok: true,
      value: {
        title: GOAL.title,
        description: GOAL.description,
        column: 'column-2',
        owners: GOAL.owners,
        tags: GOAL.tags,
        partnerIds: GOAL.partnerIds,
        metric: GOAL.metric,
      },
    });
  });

  test('editing leaves the description out: it is edited live on the goal page', () => {
    const result = formToGoal(goalToForm(GOAL, 'column-2'), { editing: true });
    expect(result.ok && 'description' in result.value).toBe(false);
  });

  test('a 5,000-character title is refused, not cut to 300', () => {
    expect(formToGoal(form({ title: 'g'.repeat(5000) }))).toEqual({
      ok: false,
      errors: { title: 'This is 5,000 characters; keep it to 300 or fewer.' },
    });
  });

  test('metric name and unit are held to what the model keeps', () => {
    expect(formToGoal(form({ metricName: 'm'.repeat(121), unit: 'u'.repeat(41) }))).toEqual({
      ok: false,
      errors: {
        metricName: 'This is 121 characters; keep it to 120 or fewer.',
        unit: 'This is 41 characters; keep it to 40 or fewer.',
      },
    });
  });

  test('a tag or owner longer than the model keeps is named, not cut', () => {
    const longTag = 't'.repeat(61);
    expect(formToGoal(form({ tags: `family, ${longTag}`, owners: 'o'.repeat(101) }))).toEqual({
      ok: false,
      errors: {
        tags: `“${'t'.repeat(40)}…” is 61 characters; keep each to 60 or fewer.`,
        owners: `“${'o'.repeat(40)}…” is 101 characters; keep each to 100 or fewer.`,
      },
    });
  });

  test('a due date that does not exist is an error', () => {
    expect(formToGoal(form({ due: '2026-02-30' }))).toEqual({
      ok: false,
      errors: { due: 'Enter a real date, such as 2026-11-30.' },
    });
  });

  test('a due date in the past still saves', () => {
    const result = formToGoal(form({ due: '2020-06-30' }));
    expect(result.ok && result.value.metric?.due).toBe('2020-06-30');
  });
});

describe('the past due date warning', () => {
  const TODAY = '2026-11-27';

  test('warns about a new goal due in 2020', () => {
    expect(dueDateWarning('2020-06-30', '', TODAY)).toBe(
      'This date is in the past (Jun 30, 2020). You can still save it.',
    );
  });

  test('warns when an edit moves the due date into the past', () => {
    expect(dueDateWarning('2026-11-01', '2027-01-15', TODAY)).toMatch(/in the past/);
  });

  test('says nothing for today, the future, no date, or a past date left as it was', () => {
    expect(dueDateWarning(TODAY, '', TODAY)).toBeUndefined();
    expect(dueDateWarning('2027-01-15', '', TODAY)).toBeUndefined();
    expect(dueDateWarning('', '', TODAY)).toBeUndefined();
    expect(dueDateWarning('2026-01-15', '2026-01-15', TODAY)).toBeUndefined();
  });
});
