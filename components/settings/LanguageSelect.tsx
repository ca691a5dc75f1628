import {
  LANGUAGE_NAMES,
  LANGUAGES,
  resolveLanguage,
  t,
  type LanguageSetting,
} from '../../lib/i18n';

interface Props {
  value: LanguageSetting;
  onChange: (language: LanguageSetting) => void;
}

/**
 * The interface language, applied at once and kept on this device only. Each language is named
 * in itself, so someone who cannot read the current one can still find theirs.
 */
export function LanguageSelect({ value, onChange }: Props) {
  const browser = LANGUAGE_NAMES[resolveLanguage('auto')];
  return (
    <div class="field">
      <label for="settings-language">{t('common.language')}</label>
      <select
        id="settings-language"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as LanguageSetting)}
      >
        <option value="auto">{t('common.language.auto', { language: browser })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
