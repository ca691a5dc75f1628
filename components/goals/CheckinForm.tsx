import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { localDay } from '../../lib/model/days';
import { Field } from '../common/Field';
import { useScreenFocus } from '../common/screen-focus';
import { parseNumber } from './number-text';

interface Props {
  unit?: string | undefined;
  /** The day it starts on (a meeting's day when recorded from its agenda); today otherwise. */
  initialDate?: string | undefined;
  onSave: (checkin: { date: string; value: number; note?: string }) => void;
  onCancel: () => void;
}

/** Records today's (or another day's) value of the goal's metric. */
export function CheckinForm({ unit, initialDate, onSave, onCancel }: Props) {
  const [date, setDate] = useState(initialDate ?? localDay());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', scroll: 'nearest', onEscape: onCancel });
  return (
    <form
      ref={form}
      class="form inset checkin-form"
      aria-label={t('goals.checkin.form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const number = parseNumber(value);
        if (number === undefined || Number.isNaN(number)) {
          setError(t('goals.checkin.valueInvalid'));
          document.getElementById('checkin-value')?.focus();
          return;
        }
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
          setError(t('goals.checkin.dateInvalid'));
          return;
        }
        onSave({ date, value: number, note: note.trim() || undefined });
      }}
    >
      <div class="field-row">
        <Field
          id="checkin-value"
          label={t('goals.checkin.value')}
          hint={unit ? t('goals.checkin.valueHint', { unit }) : undefined}
          value={value}
          onInput={setValue}
          error={error}
          inputProps={{ inputMode: 'decimal' }}
        />
        <Field
          id="checkin-date"
          label={t('goals.checkin.date')}
          type="date"
          value={date}
          onInput={setDate}
        />
      </div>
      <Field
        id="checkin-note"
        label={t('goals.checkin.note')}
        value={note}
        onInput={setNote}
        multiline
      />
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('goals.checkin.save')}
        </button>
      </div>
    </form>
  );
}
