import { t } from '../../lib/i18n';
import { checkLength } from '../../lib/model/validation';

/** A "too long" error for each capped field longer than its cap, so nothing is cut on save. */
export function tooLongErrors<K extends string>(
  values: NoInfer<Record<K, string>>,
  caps: Partial<Record<K, number>>,
): Partial<Record<K, string>> {
  const errors: Partial<Record<K, string>> = {};
  for (const key of Object.keys(caps) as K[]) {
    const max = caps[key];
    if (max !== undefined && checkLength(values[key], max)) {
      errors[key] = t('common.input.tooLong', { count: values[key].length, max });
    }
  }
  return errors;
}
