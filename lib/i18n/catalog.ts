/**
 * The message catalogue: one file per area and language (`en/<area>.ts`, `es/<area>.ts`), keys
 * prefixed with the area. English is the source: its keys define `MessageKey`, and each Spanish
 * file is typed `Record<keyof typeof en, string>`, so a key missing in Spanish fails the type
 * check. Messages are ICU MessageFormat (`{count, plural, one {# partner} other {# partners}}`).
 *
 * A new area: add `en/<area>.ts` and spread it below, and `es/<area>.ts` spread in
 * `catalog-es.ts`. Spanish is a catalogue of its own so that the panel fetches it only when it
 * is the interface language (lib/i18n/t.ts `loadLanguage`).
 */
import { common as enCommon } from './en/common';
import { partners as enPartners } from './en/partners';
import { capture as enCapture } from './en/capture';
import { trust as enTrust } from './en/trust';
import { goals as enGoals } from './en/goals';
import { log as enLog } from './en/log';
import { reminders as enReminders } from './en/reminders';
import { exportTexts as enExports } from './en/exports';
import { settings as enSettings } from './en/settings';
import { workspace as enWorkspace } from './en/workspace';
import { sync as enSync } from './en/sync';
import { agreements as enAgreements } from './en/agreements';
import { concerns as enConcerns } from './en/concerns';
import { value as enValue } from './en/value';
import { dashboard as enDashboard } from './en/dashboard';
import { data as enData } from './en/data';
import { timeline as enTimeline } from './en/timeline';

export const en = {
  ...enCommon,
  ...enPartners,
  ...enCapture,
  ...enTrust,
  ...enGoals,
  ...enLog,
  ...enReminders,
  ...enExports,
  ...enSettings,
  ...enWorkspace,
  ...enSync,
  ...enAgreements,
  ...enConcerns,
  ...enValue,
  ...enDashboard,
  ...enData,
  ...enTimeline,
} as const;

export type MessageKey = keyof typeof en;
