import { storage } from 'wxt/utils/storage';
import { LANGUAGES, type LanguageSetting } from '../i18n/locale';

/** Personal settings: they stay on this device and never enter a shared doc. */
export interface PersonalSettings {
  displayName: string;
  colour: string;
  /** The interface language; 'auto' follows the browser. Data is never translated. */
  language: LanguageSetting;
}

export const PRESENCE_COLOURS = [
  '#1d6fb8',
  '#b8431d',
  '#2e7d32',
  '#8e24aa',
  '#c2185b',
  '#00838f',
  '#6d4c41',
  '#5d4037',
] as const;

export const DEFAULT_SETTINGS: PersonalSettings = {
  displayName: '',
  colour: PRESENCE_COLOURS[0],
  language: 'auto',
};

export const settingsItem = storage.defineItem<PersonalSettings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * Cleans what the user typed before it is stored, and what is read back (an
 * older build or a damaged store may hold anything, which must not stop the panel opening).
 */
export function normaliseSettings(input: Partial<PersonalSettings>): PersonalSettings {
  const {
    displayName: name,
    colour: rawColour,
    language: rawLanguage,
  } = (input ?? {}) as Record<string, unknown>;
  const displayName = (typeof name === 'string' ? name : '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  const colour =
    typeof rawColour === 'string' && HEX_COLOUR.test(rawColour)
      ? rawColour
      : DEFAULT_SETTINGS.colour;
  const language = LANGUAGES.find((known) => known === rawLanguage) ?? 'auto';
  return { displayName, colour, language };
}

export async function loadSettings(): Promise<PersonalSettings> {
  return normaliseSettings(await settingsItem.getValue());
}

export async function saveSettings(input: Partial<PersonalSettings>): Promise<PersonalSettings> {
  const next = normaliseSettings({ ...(await loadSettings()), ...input });
  await settingsItem.setValue(next);
  return next;
}
