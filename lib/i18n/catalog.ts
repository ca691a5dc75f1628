/**
 * The message catalogue: one file per area and language (`en/<area>.ts`, `es/<area>.ts`), keys
 * prefixed with the area. English is the source: its keys define `MessageKey`, and each Spanish
 * file is typed `Record<keyof typeof en, string>`, so a key missing in Spanish fails the type
 * check. Messages are ICU MessageFormat (`{count, plural, one {# partner} other {# partners}}`).
 *
 * A new area: add `en/<area>.ts` and `es/<area>.ts` and spread them below.
 */
import { common as enCommon } from './en/common';
import { common as esCommon } from './es/common';
import { partners as enPartners } from './en/partners';
import { partners as esPartners } from './es/partners';
import { capture as enCapture } from './en/capture';
import { capture as esCapture } from './es/capture';
import { trust as enTrust } from './en/trust';
import { trust as esTrust } from './es/trust';
import { goals as enGoals } from './en/goals';
import { goals as esGoals } from './es/goals';
import { log as enLog } from './en/log';
import { log as esLog } from './es/log';
import { reminders as enReminders } from './en/reminders';
import { reminders as esReminders } from './es/reminders';
import { exportTexts as enExports } from './en/exports';
import { exportTexts as esExports } from './es/exports';
import { settings as enSettings } from './en/settings';
import { settings as esSettings } from './es/settings';
import { workspace as enWorkspace } from './en/workspace';
import { workspace as esWorkspace } from './es/workspace';
import { sync as enSync } from './en/sync';
import { sync as esSync } from './es/sync';
import { agreements as enAgreements } from './en/agreements';
import { agreements as esAgreements } from './es/agreements';
import { concerns as enConcerns } from './en/concerns';
import { concerns as esConcerns } from './es/concerns';
import { value as enValue } from './en/value';
import { value as esValue } from './es/value';
import { dashboard as enDashboard } from './en/dashboard';
import { dashboard as esDashboard } from './es/dashboard';
import { data as enData } from './en/data';
import { data as esData } from './es/data';
import { timeline as enTimeline } from './en/timeline';
import { timeline as esTimeline } from './es/timeline';

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

export const es: Record<MessageKey, string> = {
  ...esCommon,
  ...esPartners,
  ...esCapture,
  ...esTrust,
  ...esGoals,
  ...esLog,
  ...esReminders,
  ...esExports,
  ...esSettings,
  ...esWorkspace,
  ...esSync,
  ...esAgreements,
  ...esConcerns,
  ...esValue,
  ...esDashboard,
  ...esData,
  ...esTimeline,
};
