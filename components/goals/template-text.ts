import { t, type MessageKey } from '../../lib/i18n';
import type { GoalTemplate } from '../../lib/model/goal-templates';

interface TemplateKeys {
  label: MessageKey;
  title: MessageKey;
  description: MessageKey;
  metric: MessageKey;
  /** Only for units that are words; "%" and "USD" read the same in every language. */
  unit?: MessageKey;
  tag: MessageKey;
}

const TEMPLATE_KEYS: Record<string, TemplateKeys> = {
  literacy: {
    label: 'goals.template.literacy.label',
    title: 'goals.template.literacy.title',
    description: 'goals.template.literacy.description',
    metric: 'goals.template.literacy.metric',
    tag: 'goals.template.literacy.tag',
  },
  attendance: {
    label: 'goals.template.attendance.label',
    title: 'goals.template.attendance.title',
    description: 'goals.template.attendance.description',
    metric: 'goals.template.attendance.metric',
    tag: 'goals.template.attendance.tag',
  },
  'family-engagement': {
    label: 'goals.template.family.label',
    title: 'goals.template.family.title',
    description: 'goals.template.family.description',
    metric: 'goals.template.family.metric',
    unit: 'goals.template.family.unit',
    tag: 'goals.template.family.tag',
  },
  'volunteer-hours': {
    label: 'goals.template.volunteer.label',
    title: 'goals.template.volunteer.title',
    description: 'goals.template.volunteer.description',
    metric: 'goals.template.volunteer.metric',
    unit: 'goals.template.volunteer.unit',
    tag: 'goals.template.volunteer.tag',
  },
  mentoring: {
    label: 'goals.template.mentoring.label',
    title: 'goals.template.mentoring.title',
    description: 'goals.template.mentoring.description',
    metric: 'goals.template.mentoring.metric',
    unit: 'goals.template.mentoring.unit',
    tag: 'goals.template.mentoring.tag',
  },
  funding: {
    label: 'goals.template.funding.label',
    title: 'goals.template.funding.title',
    description: 'goals.template.funding.description',
    metric: 'goals.template.funding.metric',
    tag: 'goals.template.funding.tag',
  },
};

/**
 * A template in the interface language. The model keeps templates in English; their texts are
 * translated when a template is applied, and from then on they are the goal's data, kept as the
 * person who applied it saw them. A template without keys stays as the model wrote it.
 */
export function localTemplate(template: GoalTemplate): GoalTemplate {
  const keys = TEMPLATE_KEYS[template.key];
  if (!keys) return template;
  const { goal } = template;
  return {
    ...template,
    label: t(keys.label),
    goal: {
      ...goal,
      title: t(keys.title),
      description: t(keys.description),
      tags: [t(keys.tag)],
      metric: goal.metric && {
        ...goal.metric,
        name: t(keys.metric),
        ...(keys.unit ? { unit: t(keys.unit) } : {}),
      },
    },
  };
}
