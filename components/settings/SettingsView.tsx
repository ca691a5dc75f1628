import { useEffect, useState } from 'preact/hooks';
import type { PersonalSettings } from '../../lib/storage/settings';
import { t, type LanguageSetting } from '../../lib/i18n';
import { TEXT_CAPS } from '../../lib/model/validation';
import { Field } from '../common/Field';
import { LanguageSelect } from './LanguageSelect';
import { SaveRow } from '../common/SaveRow';

interface Props {
  settings: PersonalSettings;
  colours: readonly string[];
  workspaceName: string;
  onSave: (settings: PersonalSettings) => Promise<void>;
  onRenameWorkspace: (name: string) => void;
  /** Applies and keeps a new interface language at once (no Save needed). */
  onLanguage: (language: LanguageSetting) => void;
}

/** Personal settings (kept on this device) and the current workspace's name. */
export function SettingsView(props: Props) {
  const [name, setName] = useState(props.settings.displayName);
  const [colour, setColour] = useState(props.settings.colour);
  const [workspaceName, setWorkspaceName] = useState(props.workspaceName);
  const [saved, setSaved] = useState('');
  useEffect(() => setWorkspaceName(props.workspaceName), [props.workspaceName]);

  return (
    <div class="settings">
      <form
        class="form"
        aria-labelledby="you-title"
        onSubmit={async (event) => {
          event.preventDefault();
          await props.onSave({ ...props.settings, displayName: name, colour });
          setSaved(t('settings.you.saved'));
        }}
      >
        <h2 id="you-title">{t('settings.you.title')}</h2>
        <p class="muted small">{t('settings.you.intro')}</p>
        <Field
          id="settings-name"
          label={t('settings.you.name')}
          maxLength={TEXT_CAPS.displayName}
          value={name}
          onInput={(value) => {
            setName(value);
            setSaved('');
          }}
        />
        <fieldset class="fieldset">
          <legend>{t('settings.you.colour')}</legend>
          <div class="swatches">
            {props.colours.map((swatch, index) => (
              <label key={swatch} class="swatch" style={{ '--swatch': swatch }}>
                <input
                  type="radio"
                  name="colour"
                  value={swatch}
                  checked={colour === swatch}
                  onChange={() => {
                    setColour(swatch);
                    setSaved('');
                  }}
                />
                <span class="visually-hidden">
                  {t('settings.you.colourN', { number: index + 1 })}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <LanguageSelect value={props.settings.language} onChange={props.onLanguage} />
        <SaveRow label={t('settings.you.save')} message={saved} primary />
      </form>
      <form
        class="form"
        aria-labelledby="workspace-title"
        onSubmit={(event) => {
          event.preventDefault();
          if (workspaceName.trim()) props.onRenameWorkspace(workspaceName);
        }}
      >
        <h2 id="workspace-title">{t('settings.workspace.title')}</h2>
        <Field
          id="settings-workspace-name"
          label={t('settings.workspace.name')}
          value={workspaceName}
          onInput={setWorkspaceName}
          maxLength={TEXT_CAPS.workspaceName}
        />
        <div class="actions">
          <button type="submit" class="button">
            {t('settings.workspace.rename')}
          </button>
        </div>
      </form>
      <section class="form" aria-labelledby="data-title">
        <h2 id="data-title">{t('settings.data.title')}</h2>
        <p class="small">{t('settings.data.intro')}</p>
      </section>
    </div>
  );
}
