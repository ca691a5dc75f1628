import { useState } from 'preact/hooks';
import { focusFirstError, type FieldErrors } from './focus-first-error';

/** A form-values module's verdict (`components/<feature>/…-form-values.ts`). */
export type FormResult<I, E> = { ok: true; input: I } | { ok: false; errors: E };

/**
 * A form's values, their errors and its submit, for forms whose checking lives in a pure
 * form-values module: `set(key)` makes a field's onInput; `submit` parses, shows the errors and
 * focuses the first failing field (fields have ids `idPrefix + key`), or hands the parsed input
 * to `onSave`.
 */
export function useFormValues<V extends object, I, E extends FieldErrors>(
  initial: V | (() => V),
  parse: (values: V) => FormResult<I, E>,
  onSave: (input: I) => void,
  idPrefix: string,
) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<E | Record<string, never>>({});
  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: Event) => {
    event.preventDefault();
    const result = parse(values);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(result.errors, event.currentTarget as HTMLFormElement, idPrefix);
      return;
    }
    setErrors({});
    onSave(result.input);
  };
  return { values, errors: errors as Partial<E>, set, submit, setValues };
}
