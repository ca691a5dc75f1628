import type { JSX } from 'preact';
import { LIMITS } from '../../lib/model/fields';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'date' | 'datetime-local';
  multiline?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  /** Most characters it takes; by default the model's cap for its kind of text. */
  maxLength?: number;
  inputProps?: JSX.InputHTMLAttributes<HTMLInputElement>;
}

/** What the model keeps of each kind of text (lib/model/fields.ts), so typing stops where reading cuts. */
function defaultMaxLength(type: Props['type'], multiline?: boolean): number | undefined {
  if (multiline) return LIMITS.longText;
  if (type === 'url') return LIMITS.url;
  if (type === 'text' || type === 'email' || type === 'tel') return LIMITS.shortText;
  return undefined;
}

/** A labelled input with its hint and error wired up for assistive tech. */
export function Field({
  id,
  label,
  value,
  onInput,
  error,
  hint,
  type = 'text',
  multiline,
  required,
  autoFocus,
  maxLength,
  inputProps,
}: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    required,
    autoFocus,
    maxLength:
      maxLength ??
      (inputProps?.maxLength as number | undefined) ??
      defaultMaxLength(type, multiline),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onInput={(event) => onInput((event.currentTarget as HTMLTextAreaElement).value)}
        />
      ) : (
        <input
          {...inputProps}
          {...common}
          type={type}
          onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        />
      )}
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
    </div>
  );
}
