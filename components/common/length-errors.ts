import { t } from '../../lib/i18n';
import { checkLength } from '../../lib/model/validation';

/**
 * An error naming the first item of a list (tags, owners) longer than `max`, which the model
 * would otherwise cut; undefined when every item fits.
 */
export function itemTooLongError(items: readonly string[], max: number): string | undefined {
  const long = items.find((item) => checkLength(item, max));
  if (long === undefined) return undefined;
  const shown = long.length > 40 ? `${long.slice(0, 40)}…` : long;
  return t('common.input.itemTooLong', { value: shown, count: long.length, max });
}

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
