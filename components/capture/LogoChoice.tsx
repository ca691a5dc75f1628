import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';

interface Props {
  logos: readonly string[];
  value: string;
  onChange: (logo: string) => void;
  /** Where the logo was found. */
  note?: ComponentChildren;
}

/** Pick one of the page's logos, or none; nothing when the page offered none. */
export function LogoChoice({ logos, value, onChange, note }: Props) {
  if (logos.length === 0) return null;
  return (
    <fieldset class="fieldset">
      <legend>{t('capture.logo.legend')}</legend>
      <div class="logo-choices">
        {logos.map((url, index) => (
          <label key={url} class="logo-choice">
            <input
              type="radio"
              name="logo"
              checked={value === url}
              onChange={() => onChange(url)}
            />
            <img
              src={url}
              alt={t('capture.logo.option', { number: index + 1 })}
              referrerpolicy="no-referrer"
            />
          </label>
        ))}
        <label class="logo-choice">
          <input type="radio" name="logo" checked={value === ''} onChange={() => onChange('')} />
          <span>{t('capture.logo.none')}</span>
        </label>
      </div>
      {note}
    </fieldset>
  );
}
