import { signal } from '@preact/signals';

/**
 * The interface language. Personal (chrome.storage, never the shared doc): two members of one
 * workspace can read the same data in different languages. `en-XA` is a pseudo-locale for tests
 * (accented, 30 % longer) that shows any string not taken from the catalogue.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Locale = Language | 'en-XA';
export type LanguageSetting = Language | 'auto';

/** Each language's name in itself, for the Language select. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export const locale = signal<Locale>('en');

/** The language for a setting: the browser's first supported language when 'auto'. */
export function resolveLanguage(
  setting: LanguageSetting | undefined,
  browserLanguages: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  if (setting && setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}

/** Switches the interface language; the document's `lang` follows. */
export function setLocale(next: Locale) {
  locale.value = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next === 'en-XA' ? 'en' : next;
  }
}

/** The BCP 47 tag Intl formats with for the current locale. */
export function intlLocale(current: Locale = locale.value): string {
  return current === 'en-XA' ? 'en' : current;
}
