import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { LIMITS } from '../../lib/model/fields';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  /** Shown under the field like an error, but it does not block saving (a due date gone by). */
  warning?: string | undefined;
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

/** The counter shows from this share of the cap: early enough to plan, late enough not to nag. */
const COUNTER_FROM = 0.8;

/**
 * The length the field would have if `pasted` replaced its selection. A paste past the cap is
 * refused with a message instead of being cut by the browser's maxlength at an arbitrary point.
 */
function lengthAfterPaste(target: HTMLInputElement | HTMLTextAreaElement, pasted: string): number {
  const start = target.selectionStart ?? target.value.length;
  const end = target.selectionEnd ?? start;
  return target.value.length - (end - start) + pasted.length;
}

/**
 * A labelled input with its hint, error, warning and (near the cap) character counter wired up
 * for assistive tech.
 */
export function Field({
  id,
  label,
  value,
  onInput,
  error,
  warning,
  hint,
  type = 'text',
  multiline,
  required,
  autoFocus,
  maxLength,
  inputProps,
}: Props) {
  const [pasteError, setPasteError] = useState<string>();
  const max =
    maxLength ?? (inputProps?.maxLength as number | undefined) ?? defaultMaxLength(type, multiline);
  const shownError = error ?? pasteError;
  const counted = max !== undefined && value.length >= max * COUNTER_FROM;
  const describedBy = [
    hint && `${id}-hint`,
    shownError && `${id}-error`,
    !shownError && warning && `${id}-warning`,
    counted && `${id}-count`,
  ]
    .filter(Boolean)
    .join(' ');
  const input = (next: string) => {
    setPasteError(undefined);
    onInput(next);
  };
  const common = {
    id,
    value,
    required,
    autoFocus,
    maxLength: max,
    'aria-invalid': shownError ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onPaste: (event: ClipboardEvent) => {
      const pasted = event.clipboardData?.getData('text') ?? '';
      const target = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
      const length = lengthAfterPaste(target, pasted);
      if (max === undefined || length <= max) return;
      event.preventDefault();
      setPasteError(t('common.input.pasteTooLong', { count: length, max }));
    },
  };
  return (
    <div class={`field${shownError ? ' has-error' : ''}`}>
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
          onInput={(event) => input((event.currentTarget as HTMLTextAreaElement).value)}
        />
      ) : (
        <input
          {...inputProps}
          {...common}
          type={type}
          onInput={(event) => input((event.currentTarget as HTMLInputElement).value)}
        />
      )}
      {shownError ? (
        <p id={`${id}-error`} class="error">
          {shownError}
        </p>
      ) : (
        warning && (
          <p id={`${id}-warning`} class="warning">
            {warning}
          </p>
        )
      )}
      {counted && (
        <p id={`${id}-count`} class="counter" aria-live="polite">
          {t('common.input.count', { count: value.length, max })}
        </p>
      )}
    </div>
  );
}
