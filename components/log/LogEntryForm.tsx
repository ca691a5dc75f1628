import { useRef, useState } from 'preact/hooks';
import { useScreenFocus } from '../common/screen-focus';
import { t } from '../../lib/i18n';
import {
  LOG_KINDS,
  MEETING_FORMATS,
  type LogEntryInput,
  type MeetingFormat,
} from '../../lib/model/log-entry';
import { Field } from '../common/Field';
import { focusFirstError } from '../common/focus-first-error';
import { AgendaEditor } from './AgendaEditor';
import { formatLabel, kindLabel } from './format';
import {
  formToLogEntry,
  LOG_FIELD_CAPS,
  withAllDay,
  type LogFormErrors,
  type LogFormValues,
} from './log-form-values';
import { PartnerPicker } from './PartnerPicker';
import type { LogData } from './types';

export interface LogEntryFormProps {
  initial: LogFormValues;
  /** Set when editing: the heading names the entry. */
  editingTitle?: string | undefined;
  data: Pick<LogData, 'searchPartners' | 'partnerName' | 'peopleOf' | 'goals' | 'suggest'>;
  onSave: (input: LogEntryInput) => void;
  onCancel: () => void;
}

/** The form's words, read in render so they follow the interface language. */
const TEXT = {
  newMeeting: () => t('log.form.newMeeting'),
  newContact: () => t('log.form.newContact'),
  edit: (title: string) => t('log.form.edit', { title }),
  kind: () => t('log.form.kind'),
  title: () => t('log.form.title'),
  date: () => t('log.form.date'),
  allDay: () => t('log.form.allDay'),
  meeting: () => t('log.form.meeting'),
  format: () => t('log.form.format'),
  minutes: () => t('log.form.minutes'),
  location: (format: MeetingFormat) =>
    format === 'in-person'
      ? t('log.form.location.inPerson')
      : format === 'virtual'
        ? t('log.form.location.virtual')
        : t('log.form.location.hybrid'),
  others: () => t('log.form.others'),
  othersHint: () => t('log.form.othersHint'),
  notes: () => t('log.form.notes'),
  decisions: () => t('log.form.decisions'),
  decisionsHint: () => t('log.form.decisionsHint'),
  goals: () => t('log.form.goals'),
  cancel: () => t('log.form.cancel'),
  save: () => t('log.form.save'),
};

/** Log a contact, or plan a meeting with its agenda and (afterwards) its minutes. */
export function LogEntryForm({ initial, editingTitle, data, onSave, onCancel }: LogEntryFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<LogFormErrors>({});
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', onEscape: onCancel });
  const set =
    <K extends keyof LogFormValues>(key: K) =>
    (value: LogFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  // Read on each render (a few map lookups), so people added meanwhile show up.
  const people = data.peopleOf(values.partnerIds);
  const isMeeting = values.kind === 'meeting';
  const suggestions = isMeeting
    ? data.suggest({
        partnerIds: values.partnerIds,
        goalIds: values.goalIds,
        agenda: values.agenda.map((a) => ({ source: a.source })),
      })
    : [];

  const submit = (event: Event) => {
    event.preventDefault();
    const result = formToLogEntry(
      values,
      people.map((p) => p.id),
    );
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(result.errors, ['title', 'date', 'location', 'notes'], 'log-');
      return;
    }
    setErrors({});
    onSave(result.value);
  };

  const heading = editingTitle
    ? TEXT.edit(editingTitle)
    : isMeeting
      ? TEXT.newMeeting()
      : TEXT.newContact();
  return (
    <form
      ref={form}
      class="form log-form"
      aria-labelledby="log-form-title"
      onSubmit={submit}
      noValidate
    >
      <h2 id="log-form-title">{heading}</h2>
      <fieldset class="fieldset kind-fieldset">
        <legend>{TEXT.kind()}</legend>
        <div class="kind-picker">
          {LOG_KINDS.map((k) => (
            <label key={k} class={`kind-option${values.kind === k ? ' selected' : ''}`}>
              <input
                type="radio"
                name="log-kind"
                value={k}
                checked={values.kind === k}
                onChange={() => set('kind')(k)}
              />
              {kindLabel(k)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        id="log-title"
        label={TEXT.title()}
        value={values.title}
        onInput={set('title')}
        error={errors.title}
        maxLength={LOG_FIELD_CAPS.title}
        required
        autoFocus
      />
      <div class="field-row date-row">
        <Field
          id="log-date"
          label={TEXT.date()}
          type={values.allDay ? 'date' : 'datetime-local'}
          value={values.date}
          onInput={set('date')}
          error={errors.date}
          required
        />
        <label class="check">
          <input
            type="checkbox"
            checked={values.allDay}
            onChange={(e) =>
              setValues((v) => withAllDay(v, (e.currentTarget as HTMLInputElement).checked))
            }
          />
          {TEXT.allDay()}
        </label>
      </div>

      <PartnerPicker
        partnerIds={values.partnerIds}
        onChange={set('partnerIds')}
        searchPartners={data.searchPartners}
        partnerName={data.partnerName}
        people={people}
        personIds={values.personIds}
        onPeopleChange={set('personIds')}
      />

      {isMeeting && (
        <fieldset class="fieldset">
          <legend>{TEXT.meeting()}</legend>
          <div class="field-row">
            <div class="field">
              <label for="log-format">{TEXT.format()}</label>
              <select
                id="log-format"
                value={values.format}
                onChange={(e) =>
                  set('format')((e.currentTarget as HTMLSelectElement).value as MeetingFormat)
                }
              >
                {MEETING_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {formatLabel(f)}
                  </option>
                ))}
              </select>
            </div>
            <Field
              id="log-duration"
              label={TEXT.minutes()}
              type="number"
              value={values.duration}
              onInput={set('duration')}
              inputProps={{ min: 5, max: 1440, step: 5 }}
            />
          </div>
          <Field
            id="log-location"
            label={TEXT.location(values.format)}
            value={values.location}
            onInput={set('location')}
            error={errors.location}
            maxLength={LOG_FIELD_CAPS.location}
          />
          <Field
            id="log-others"
            label={TEXT.others()}
            hint={TEXT.othersHint()}
            value={values.others}
            onInput={set('others')}
          />
          <AgendaEditor items={values.agenda} onChange={set('agenda')} suggestions={suggestions} />
        </fieldset>
      )}

      <Field
        id="log-notes"
        label={TEXT.notes()}
        value={values.notes}
        onInput={set('notes')}
        error={errors.notes}
        maxLength={LOG_FIELD_CAPS.notes}
        multiline
      />
      <div class="field">
        <label for="log-decisions">{TEXT.decisions()}</label>
        <p class="hint" id="log-decisions-hint">
          {TEXT.decisionsHint()}
        </p>
        <textarea
          id="log-decisions"
          rows={2}
          aria-describedby="log-decisions-hint"
          value={values.decisions}
          onInput={(e) => set('decisions')((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      {data.goals.length > 0 && (
        <fieldset class="fieldset">
          <legend>{TEXT.goals()}</legend>
          <div class="checks goal-checks">
            {data.goals.map((goal) => (
              <label key={goal.id} class="check">
                <input
                  type="checkbox"
                  checked={values.goalIds.includes(goal.id)}
                  onChange={(e) =>
                    set('goalIds')(
                      (e.currentTarget as HTMLInputElement).checked
                        ? [...values.goalIds, goal.id]
                        : values.goalIds.filter((x) => x !== goal.id),
                    )
                  }
                />
                {goal.title}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div class="actions sticky">
        <button type="button" class="button" onClick={onCancel}>
          {TEXT.cancel()}
        </button>
        <button type="submit" class="button primary">
          {TEXT.save()}
        </button>
      </div>
    </form>
  );
}
