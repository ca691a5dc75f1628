import { useEffect, useState } from 'preact/hooks';
import type { PersonalSettings } from '../../lib/storage/settings';
import type { LanguageSetting } from '../../lib/i18n';
import { Field } from '../common/Field';
import { LanguageSelect } from './LanguageSelect';

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
          setSaved('Saved on this device.');
        }}
      >
        <h2 id="you-title">You</h2>
        <p class="muted small">
          Shown to people you share a workspace with. Stored only in this browser.
        </p>
        <Field
          id="settings-name"
          label="Your name"
          value={name}
          onInput={(value) => {
            setName(value);
            setSaved('');
          }}
        />
        <fieldset class="fieldset">
          <legend>Your colour</legend>
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
                <span class="visually-hidden">Colour {index + 1}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <LanguageSelect value={props.settings.language} onChange={props.onLanguage} />
        <div class="actions">
          <button type="submit" class="button primary">
            Save settings
          </button>
          <span aria-live="polite" class="muted small">
            {saved}
          </span>
        </div>
      </form>
      <form
        class="form"
        aria-labelledby="workspace-title"
        onSubmit={(event) => {
          event.preventDefault();
          if (workspaceName.trim()) props.onRenameWorkspace(workspaceName);
        }}
      >
        <h2 id="workspace-title">This workspace</h2>
        <Field
          id="settings-workspace-name"
          label="Name of this workspace"
          value={workspaceName}
          onInput={setWorkspaceName}
        />
        <div class="actions">
          <button type="submit" class="button">
            Rename workspace
          </button>
        </div>
      </form>
      <section class="form" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p class="small">
          Everything is stored in this browser (IndexedDB) and works offline. Nothing leaves this
          device unless you share a workspace with others.
        </p>
      </section>
    </div>
  );
}
