import { useState } from 'preact/hooks';
import { localDay } from '../../lib/model/days';
import { Field } from '../common/Field';
import { parseNumber } from './GoalForm';

interface Props {
  unit?: string | undefined;
  onSave: (checkin: { date: string; value: number; note?: string }) => void;
  onCancel: () => void;
}

/** Records today's (or another day's) value of the goal's metric. */
export function CheckinForm({ unit, onSave, onCancel }: Props) {
  const [date, setDate] = useState(localDay());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      class="form inset checkin-form"
      aria-label="New check-in"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const number = parseNumber(value);
        if (number === undefined || Number.isNaN(number)) {
          setError('Enter the value as a number.');
          document.getElementById('checkin-value')?.focus();
          return;
        }
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
          setError('Pick a date.');
          return;
        }
        onSave({ date, value: number, note: note.trim() || undefined });
      }}
    >
      <div class="field-row">
        <Field
          id="checkin-value"
          label="Value"
          hint={unit ? `In ${unit}.` : undefined}
          value={value}
          onInput={setValue}
          error={error}
          autoFocus
          inputProps={{ inputMode: 'decimal' }}
        />
        <Field id="checkin-date" label="Date" type="date" value={date} onInput={setDate} />
      </div>
      <Field id="checkin-note" label="Note" value={note} onInput={setNote} multiline />
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="button primary">
          Save check-in
        </button>
      </div>
    </form>
  );
}
