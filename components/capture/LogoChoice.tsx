import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Props {
  logos: readonly string[];
  value: string;
  onChange: (logo: string) => void;
  /** Where the logo was found. */
  note?: ComponentChildren;
}

/**
 * Pick one of the page's logos, or none; nothing when the page offered none. A logo that fails to
 * load (gone, blocked, not an image) is dropped rather than shown as a broken image, and if it was
 * the chosen one the next logo that loads is chosen instead.
 */
export function LogoChoice({ logos, value, onChange, note }: Props) {
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const drop = (url: string) => setFailed((current) => new Set(current).add(url));
  useEffect(() => {
    if (value && failed.has(value)) onChange(logos.find((url) => !failed.has(url)) ?? '');
  }, [failed, value, logos, onChange]);
  const shown = logos.filter((url) => !failed.has(url));
  if (shown.length === 0) return null;
  return (
    <fieldset class="fieldset">
      <legend>{t('capture.logo.legend')}</legend>
      <div class="logo-choices">
        {shown.map((url, index) => (
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
              onError={() => drop(url)}
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
