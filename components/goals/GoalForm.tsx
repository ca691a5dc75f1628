import { useState } from 'preact/hooks';
import type { BoardColumn, GoalInput, GoalPatch } from '../../lib/model/goal';
import type { GoalTemplate } from '../../lib/model/goal-templates';
import { parseListInput } from '../common/list-input';
import { Field } from '../common/Field';
import { focusFirstError } from '../common/focus-first-error';
import type { NamedRef } from './types';

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

export function templateToForm(template: GoalTemplate, base: GoalFormValues): GoalFormValues {
  const { goal } = template;
  return {
    ...base,
    title: goal.title,
    description: goal.description ?? '',
    metricName: goal.metric?.name ?? '',
    unit: goal.metric?.unit ?? '',
    baseline: goal.metric?.baseline?.toString() ?? '',
    target: goal.metric?.target?.toString() ?? '',
    direction: goal.metric?.direction ?? 'up',
    tags: (goal.tags ?? []).join(', '),
  };
}

/** Parses a number as typed ("1,200", "12.5"); blank is undefined, junk is NaN. */
export function parseNumber(text: string): number | undefined {
  const clean = text.replace(/[\s,_]/g, '');
  if (!clean) return undefined;
  const value = Number(clean);
  return Number.isFinite(value) ? value : NaN;
}

interface Props {
  heading: string;
  initial: GoalFormValues;
  columns: BoardColumn[];
  partners: NamedRef[];
  ownerSuggestions: string[];
  templates?: readonly GoalTemplate[];
  /** Editing an existing goal: the description is edited live on the goal's page instead. */
  editing?: boolean;
  onSave: (input: GoalInput & GoalPatch) => void;
  onCancel: () => void;
}

export function GoalForm(props: Props) {
  const [values, setValues] = useState<GoalFormValues>(props.initial);
  const [errors, setErrors] = useState<Partial<Record<keyof GoalFormValues, string>>>({});
  const set = (patch: Partial<GoalFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const partnerNames = new Map(props.partners.map((p) => [p.id, p.name]));

  const submit = (event: Event) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!values.title.trim()) next.title = 'Give the goal a title.';
    const baseline = parseNumber(values.baseline);
    const target = parseNumber(values.target);
    if (Number.isNaN(baseline)) next.baseline = 'Enter a number, e.g. 40.';
    if (Number.isNaN(target)) next.target = 'Enter a number, e.g. 120.';
    setErrors(next);
    if (Object.keys(next).length) {
      focusFirstError(next, event.currentTarget as HTMLFormElement, 'goal-');
      return;
    }
    props.onSave({
      title: values.title.trim(),
      ...(props.editing ? {} : { description: values.description }),
      column: values.column || undefined,
      owners: parseListInput(values.owners),
      tags: parseListInput(values.tags),
      partnerIds: values.partnerIds,
      metric: {
        name: values.metricName.trim() || undefined,
        unit: values.unit.trim() || undefined,
        baseline,
        target,
        direction: values.direction,
        due: values.due || undefined,
      },
    });
  };

  const unlinked = props.partners.filter((p) => !values.partnerIds.includes(p.id));
  return (
    <form class="form goal-form" aria-labelledby="goal-form-title" onSubmit={submit} noValidate>
      <h2 id="goal-form-title">{props.heading}</h2>
      {props.templates && props.templates.length > 0 && (
        <div class="goal-templates" role="group" aria-label="Start from a template">
          <span class="muted small">Start from a template:</span>
          {props.templates.map((template) => (
            <button
              key={template.key}
              type="button"
              class="chip"
              onClick={() => setValues(templateToForm(template, values))}
            >
              {template.label}
            </button>
          ))}
        </div>
      )}
      <Field
        id="goal-title"
        label="Title"
        value={values.title}
        onInput={(title) => set({ title })}
        error={errors.title}
        required
        autoFocus
      />
      {!props.editing && (
        <Field
          id="goal-description"
          label="Description"
          value={values.description}
          onInput={(description) => set({ description })}
          multiline
        />
      )}
      <div class="field">
        <label for="goal-column">Column</label>
        <select
          id="goal-column"
          value={values.column || props.columns[0]?.id}
          onChange={(event) => set({ column: (event.currentTarget as HTMLSelectElement).value })}
        >
          {props.columns.map((column) => (
            <option key={column.id} value={column.id}>
              {column.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="fieldset">
        <legend>Measure</legend>
        <Field
          id="goal-metricName"
          label="Metric"
          hint="What you count, e.g. “Students reading at grade level”."
          value={values.metricName}
          onInput={(metricName) => set({ metricName })}
        />
        <div class="field-row">
          <Field
            id="goal-baseline"
            label="Baseline"
            value={values.baseline}
            onInput={(baseline) => set({ baseline })}
            error={errors.baseline}
            inputProps={{ inputMode: 'decimal' }}
          />
          <Field
            id="goal-target"
            label="Target"
            value={values.target}
            onInput={(target) => set({ target })}
            error={errors.target}
            inputProps={{ inputMode: 'decimal' }}
          />
        </div>
        <div class="field-row">
          <Field
            id="goal-unit"
            label="Unit"
            value={values.unit}
            onInput={(unit) => set({ unit })}
            inputProps={{ placeholder: '%, hours, USD…' }}
          />
          <div class="field">
            <label for="goal-direction">Better is</label>
            <select
              id="goal-direction"
              value={values.direction}
              onChange={(event) =>
                set({
                  direction:
                    (event.currentTarget as HTMLSelectElement).value === 'down' ? 'down' : 'up',
                })
              }
            >
              <option value="up">Higher (up is good)</option>
              <option value="down">Lower (down is good)</option>
            </select>
          </div>
        </div>
        <Field
          id="goal-due"
          label="Due date"
          type="date"
          value={values.due}
          onInput={(due) => set({ due })}
        />
      </fieldset>
      <Field
        id="goal-owners"
        label="Owners"
        hint="Names, separated by commas."
        value={values.owners}
        onInput={(owners) => set({ owners })}
        inputProps={{ list: 'goal-owner-suggestions', autoComplete: 'off' }}
      />
      <datalist id="goal-owner-suggestions">
        {props.ownerSuggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div class="field">
        <label for="goal-partner-pick">Linked partners</label>
        {values.partnerIds.length > 0 && (
          <ul class="linked-partners" aria-label="Linked partners">
            {values.partnerIds.map((id) => (
              <li key={id} class="tag partner-tag">
                {partnerNames.get(id) ?? 'Unknown partner'}
                <button
                  type="button"
                  class="tag-remove"
                  aria-label={`Unlink ${partnerNames.get(id) ?? 'partner'}`}
                  onClick={() => set({ partnerIds: values.partnerIds.filter((p) => p !== id) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <select
          id="goal-partner-pick"
          value=""
          disabled={unlinked.length === 0}
          onChange={(event) => {
            const id = (event.currentTarget as HTMLSelectElement).value;
            if (id) set({ partnerIds: [...values.partnerIds, id] });
          }}
        >
          <option value="">
            {props.partners.length === 0 ? 'No partners yet' : 'Link a partner…'}
          </option>
          {unlinked.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </div>
      <Field
        id="goal-tags"
        label="Tags"
        hint="Separated by commas."
        value={values.tags}
        onInput={(tags) => set({ tags })}
      />
      <div class="actions sticky">
        <button type="button" class="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" class="button primary">
          Save goal
        </button>
      </div>
    </form>
  );
}
