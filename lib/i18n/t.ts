import { IntlMessageFormat } from 'intl-messageformat';
import { en, es, type MessageKey } from './catalog';
import { intlLocale, locale, type Locale } from './locale';
import { pseudoMessage } from './pseudo';

export type { MessageKey };
export type MessageValues = Record<string, string | number | Date>;

const catalogues: Record<Exclude<Locale, 'en-XA'>, Record<MessageKey, string>> = { en, es };
const compiled = new Map<string, IntlMessageFormat>();

function formatterFor(current: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${current}\u0000${key}`;
  let formatter = compiled.get(cacheKey);
  if (!formatter) {
    const source = current === 'en-XA' ? pseudoMessage(en[key]) : catalogues[current][key];
    formatter = new IntlMessageFormat(source, intlLocale(current), undefined, {
      ignoreTag: true,
    });
    compiled.set(cacheKey, formatter);
  }
  return formatter;
}

/**
 * A message in the current language. Reading `locale` here makes a Preact component that calls
 * `t` re-render when the language changes. A message that fails to format (a value missing)
 * shows its English text rather than throwing in the middle of a render.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  const current = locale.value;
  try {
    return String(formatterFor(current, key).format(values));
  } catch {
    return en[key];
  }
}
