import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { BoardColumn, GoalInput, GoalPatch } from '../../lib/model/goal';
import type { GoalTemplate } from '../../lib/model/goal-templates';
import { localDay } from '../../lib/model/days';
import { Field } from '../common/Field';
import { focusFirstError } from '../common/focus-first-error';
import { useScreenFocus } from '../common/screen-focus';
import { columnLabel } from './column-label';
import {
  dueDateWarning,
  formToGoal,
  GOAL_FIELD_CAPS,
  templateToForm,
  type GoalFormErrors,
  type GoalFormValues,
} from './goal-form-values';
import type { NamedRef } from './types';

export { EMPTY_GOAL_FORM, templateToForm, type GoalFormValues } from './goal-form-values';

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
  const [errors, setErrors] = useState<GoalFormErrors>({});
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', onEscape: props.onCancel });
  const set = (patch: Partial<GoalFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const partnerNames = new Map(props.partners.map((p) => [p.id, p.name]));

  const submit = (event: Event) => {
    event.preventDefault();
    const result = formToGoal(values, { editing: props.editing });
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(result.errors, event.currentTarget as HTMLFormElement, 'goal-');
      return;
    }
    setErrors({});
    props.onSave(result.value);
  };

  const unlinked = props.partners.filter((p) => !values.partnerIds.includes(p.id));
  return (
    <form
      ref={form}
      class="form goal-form"
      aria-labelledby="goal-form-title"
      onSubmit={submit}
      noValidate
    >
      <h2 id="goal-form-title">{props.heading}</h2>
      {props.templates && props.templates.length > 0 && (
        <div class="goal-templates" role="group" aria-label={t('goals.form.templates')}>
          <span class="muted small">{t('goals.form.templatesIntro')}</span>
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
        label={t('goals.form.title')}
        value={values.title}
        onInput={(title) => set({ title })}
        error={errors.title}
        maxLength={GOAL_FIELD_CAPS.title}
        required
      />
      {!props.editing && (
        <Field
          id="goal-description"
          label={t('goals.form.description')}
          value={values.description}
          onInput={(description) => set({ description })}
          error={errors.description}
          maxLength={GOAL_FIELD_CAPS.description}
          multiline
        />
      )}
      <div class="field">
        <label for="goal-column">{t('goals.form.column')}</label>
        <select
          id="goal-column"
          value={values.column || props.columns[0]?.id}
          onChange={(event) => set({ column: (event.currentTarget as HTMLSelectElement).value })}
        >
          {props.columns.map((column) => (
            <option key={column.id} value={column.id}>
              {columnLabel(column)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="fieldset">
        <legend>{t('goals.form.measure')}</legend>
        <Field
          id="goal-metricName"
          label={t('goals.form.metric')}
          hint={t('goals.form.metricHint')}
          value={values.metricName}
          onInput={(metricName) => set({ metricName })}
          error={errors.metricName}
          maxLength={GOAL_FIELD_CAPS.metricName}
        />
        <div class="field-row">
          <Field
            id="goal-baseline"
            label={t('goals.form.baseline')}
            value={values.baseline}
            onInput={(baseline) => set({ baseline })}
            error={errors.baseline}
            inputProps={{ inputMode: 'decimal' }}
          />
          <Field
            id="goal-target"
            label={t('goals.form.target')}
            value={values.target}
            onInput={(target) => set({ target })}
            error={errors.target}
            inputProps={{ inputMode: 'decimal' }}
          />
        </div>
        <div class="field-row">
          <Field
            id="goal-unit"
            label={t('goals.form.unit')}
            value={values.unit}
            onInput={(unit) => set({ unit })}
            error={errors.unit}
            maxLength={GOAL_FIELD_CAPS.unit}
            inputProps={{ placeholder: t('goals.form.unitPlaceholder') }}
          />
          <div class="field">
            <label for="goal-direction">{t('goals.form.direction')}</label>
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
              <option value="up">{t('goals.form.directionUp')}</option>
              <option value="down">{t('goals.form.directionDown')}</option>
            </select>
          </div>
        </div>
        <Field
          id="goal-due"
          label={t('goals.form.due')}
          type="date"
          value={values.due}
          onInput={(due) => set({ due })}
          error={errors.due}
          warning={dueDateWarning(values.due, props.initial.due, localDay())}
        />
      </fieldset>
      <Field
        id="goal-owners"
        label={t('goals.form.owners')}
        hint={t('goals.form.ownersHint')}
        value={values.owners}
        onInput={(owners) => set({ owners })}
        error={errors.owners}
        inputProps={{ list: 'goal-owner-suggestions', autoComplete: 'off' }}
      />
      <datalist id="goal-owner-suggestions">
        {props.ownerSuggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div class="field">
        <label for="goal-partner-pick">{t('goals.form.partners')}</label>
        {values.partnerIds.length > 0 && (
          <ul class="linked-partners" aria-label={t('goals.form.partners')}>
            {values.partnerIds.map((id) => {
              const name = partnerNames.get(id) ?? t('goals.form.unknownPartner');
              return (
                <li key={id} class="tag partner-tag">
                  {name}
                  <button
                    type="button"
                    class="tag-remove"
                    aria-label={t('goals.form.unlink', { name })}
                    onClick={() => set({ partnerIds: values.partnerIds.filter((p) => p !== id) })}
                  >
                    ×
                  </button>
                </li>
              );
            })}
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
            {props.partners.length === 0 ? t('goals.form.noPartners') : t('goals.form.linkPartner')}
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
        label={t('goals.form.tags')}
        hint={t('goals.form.tagsHint')}
        value={values.tags}
        onInput={(tags) => set({ tags })}
        error={errors.tags}
      />
      <div class="actions sticky">
        <button type="button" class="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('goals.form.save')}
        </button>
      </div>
    </form>
  );
}
