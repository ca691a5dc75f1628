import type { JSX } from 'preact';

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
  inputProps?: JSX.InputHTMLAttributes<HTMLInputElement>;
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
  inputProps,
}: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    required,
    autoFocus,
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
