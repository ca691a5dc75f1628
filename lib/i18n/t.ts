import { signal } from '@preact/signals';
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './catalog';
import { intlLocale, locale, type Language, type Locale } from './locale';
import { pseudoMessage } from './pseudo';

export type { MessageKey };
export type MessageValues = Record<string, string | number | Date>;

type Catalogue = Record<MessageKey, string>;

/** English is always here; other languages arrive through `loadLanguage`. */
const catalogues: Partial<Record<Language, Catalogue>> = { en };
const loading = new Map<Language, Promise<void>>();
/** Bumped when a catalogue arrives, so components that called `t` re-render in it. */
const catalogueRevision = signal(0);
const compiled = new Map<string, IntlMessageFormat>();

/** Makes `language`'s messages available at once (tests, and `loadLanguage` itself). */
export function registerCatalogue(language: Language, messages: Catalogue) {
  catalogues[language] = messages;
  catalogueRevision.value++;
}

/**
 * Fetches a language's catalogue (Spanish is a separate chunk of about 25 KB gzipped that an
 * English reader never needs). Resolves at once when it is here already. Until it arrives,
 * `t` answers in English and asks for it.
 */
export function loadLanguage(language: Locale): Promise<void> {
  if (language === 'en-XA' || catalogues[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = import('./catalog-es').then(({ es }) => registerCatalogue(language, es));
    // A failed fetch may be retried by the next `t`.
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

function formatterFor(current: Locale, key: MessageKey): IntlMessageFormat {
  const catalogue = current === 'en-XA' ? en : catalogues[current];
  // Not fetched yet: English meanwhile, cached under English so it is not kept once it arrives.
  const shown: Locale = catalogue ? current : 'en';
  const cacheKey = `${shown}\u0000${key}`;
  let formatter = compiled.get(cacheKey);
  if (!formatter) {
    const source = shown === 'en-XA' ? pseudoMessage(en[key]) : (catalogue ?? en)[key];
    formatter = new IntlMessageFormat(source, intlLocale(shown), undefined, {
      ignoreTag: true,
    });
    compiled.set(cacheKey, formatter);
  }
  return formatter;
}

/**
 * A message in the current language. Reading `locale` here makes a Preact component that calls
 * `t` re-render when the language changes (and when its catalogue arrives). A message that fails
 * to format (a value missing) shows its English text rather than throwing in the middle of a
 * render.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  const current = locale.value;
  void catalogueRevision.value;
  if (current !== 'en-XA' && !catalogues[current]) void loadLanguage(current).catch(() => {});
  try {
    return String(formatterFor(current, key).format(values));
  } catch {
    return en[key];
  }
}
